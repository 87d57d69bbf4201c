// 👍/👎 on the answer itself in Web Chat (4.18): an answer whose root schema.org Message entity lists a
// LikeAction and a DislikeAction in `potentialAction` gets two small thumb buttons beside its
// timestamp. A press posts an event named WEB_CHAT_VOTE_EVENT whose only entity is the action
// pressed; each action carries the same RatingValue the 👍/👎 buttons of other channels send, so the
// one feedback handler reads both.
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { RatingValueSchema, type RatingValue } from './value';

export const WEB_CHAT_VOTE_EVENT = 'webchat:activity-status/feedback';

const VOTE_TYPE = { up: 'LikeAction', down: 'DislikeAction' } as const;

export interface VoteAction {
  '@type': (typeof VOTE_TYPE)[keyof typeof VOTE_TYPE];
  actionStatus: 'PotentialActionStatus';
  value: RatingValue;
}

/** The two actions for an answer's Message entity, 👍 first. */
export function voteActions(up: RatingValue, down: RatingValue): VoteAction[] {
  return [
    { '@type': VOTE_TYPE.up, actionStatus: 'PotentialActionStatus', value: { ...up, rating: 'up' } },
    { '@type': VOTE_TYPE.down, actionStatus: 'PotentialActionStatus', value: { ...down, rating: 'down' } },
  ];
}

const VoteSchema = z
  .object({ '@type': z.enum([VOTE_TYPE.up, VOTE_TYPE.down]), value: RatingValueSchema })
  .refine((v) => v['@type'] === VOTE_TYPE[v.value.rating], { message: 'the action and its rating disagree' });

export function isWebChatVote(activity: Partial<Activity>): boolean {
  return activity.type === 'event' && activity.name === WEB_CHAT_VOTE_EVENT;
}

/** The rating a Web Chat vote event carries, or undefined when it carries none that validates. */
export function webChatVoteRating(activity: Partial<Activity>): RatingValue | undefined {
  const entities = activity.entities ?? [];
  if (entities.length !== 1) return undefined;
  const parsed = VoteSchema.safeParse(entities[0]);
  return parsed.success ? parsed.data.value : undefined;
}
