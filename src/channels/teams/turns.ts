// The Teams activities that are not messages:
// - the bot installed (installationUpdate "add") or added to a conversation (conversationUpdate with
//   the bot among membersAdded): one welcome per conversation — Teams sends both for one install, and
//   a team gets it once in its General channel, not once per member;
// - members joining later: no welcome (in a team that would be a post per person);
// - 👍/👎 on an answer: the message/submitAction invoke (feedback.ts).
// Messages go on to the bot; the middleware has already taken the @mention off.
import { MessageFactory, type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { FeedbackStore } from '../../feedback/store';
import { welcomeMessage } from '../../replies/messages';
import { nb } from '../../text/nb';
import type { Texts } from '../../text/texts';
import { textsFor } from '../../text/turn-language';
import { botWasAdded, conversationType, isTeams } from './activity';
import type { AnswerLogAccessor } from './answer-log';
import { SUBMIT_ACTION, handleFeedbackInvoke } from './feedback';

export interface TeamsTurnDeps {
  brandName: string;
  feedback: FeedbackStore;
  answers: AnswerLogAccessor;
  /** Set once this conversation was welcomed (conversation state). */
  welcomed: StatePropertyAccessor<boolean>;
}

/** The welcome for a Teams conversation: with the menu in a 1:1 chat, with how to @mention elsewhere; `t` from the client's locale. */
export function teamsWelcome(activity: Pick<Activity, 'conversation'>, brandName: string, t: Texts = nb): Partial<Activity> {
  if (conversationType(activity) === 'personal') return welcomeMessage(brandName, t);
  return MessageFactory.text(`${t.welcome(brandName)}\n\n${t.teams.mentionHint(brandName)}`);
}

/** Handles a Teams activity that is not a message; false for everything else (the bot handles it). */
export function createTeamsTurns(deps: TeamsTurnDeps): (context: TurnContext) => Promise<boolean> {
  const welcomeOnce = async (context: TurnContext) => {
    if (await deps.welcomed.get(context, false)) return;
    await deps.welcomed.set(context, true);
    await context.sendActivity(teamsWelcome(context.activity, deps.brandName, textsFor(context)));
  };

  return async (context) => {
    const activity = context.activity;
    if (!isTeams(activity)) return false;
    switch (activity.type) {
      case 'installationUpdate':
        if (activity.action === 'add') await welcomeOnce(context);
        return true;
      case 'conversationUpdate':
        if (botWasAdded(activity)) await welcomeOnce(context);
        return true;
      case 'invoke':
        if (activity.name !== SUBMIT_ACTION) return false;
        await handleFeedbackInvoke(context, deps.feedback, deps.answers);
        return true;
      default:
        return false;
    }
  };
}
