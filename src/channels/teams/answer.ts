// An answer in Teams: the text with its [n] markers and the citation entity (Teams draws the pills and
// the "AI generated" label from it), and Teams' own 👍/👎 under the message (channelData.feedbackLoop),
// which arrive as a message/submitAction invoke (feedback.ts). The question and sources that feedback
// is stored with travel in channelData.veiviser until the reply is sent; the send hook keeps them in
// conversation state under the message's id and strips them from what goes to Teams.
import { MessageFactory, type Activity } from 'botbuilder';
import type { Citation } from '../../catalogue/schema';
import type { MessageEntity } from '../../replies/message-entity';
import { withSuggestions } from '../../replies/messages';
import { nb } from '../../text/nb';
import type { Texts } from '../../text/texts';

export interface AnswerFeedbackMeta {
  question: string;
  sources: string[];
}

export interface TeamsAnswer {
  text: string;
  entity: MessageEntity;
  citations: readonly Citation[];
  /** Present when the answer may be rated (it cites something). */
  feedback?: AnswerFeedbackMeta;
  /** The sources cover the topic but not the point asked. */
  gap?: boolean;
}

export const FEEDBACK_LOOP = { type: 'default' } as const;

/** `t`: the conversation's catalogue, for the follow-up buttons. */
export function teamsAnswerActivity(answer: TeamsAnswer, t: Texts = nb): Partial<Activity> {
  return withSuggestions(
    {
      ...MessageFactory.text(answer.text),
      entities: [answer.entity],
      channelData: {
        ...(answer.feedback ? { feedbackLoop: FEEDBACK_LOOP } : {}),
        veiviser: { citations: answer.citations, ...(answer.gap ? { gap: true } : {}), ...(answer.feedback ? { feedback: answer.feedback } : {}) },
      },
    },
    [t.menu.guidance, t.menu.courseFinder],
  );
}
