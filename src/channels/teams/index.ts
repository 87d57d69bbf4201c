// Teams, as the composition root plugs it in: adapter middleware (@mentions, commands, the send hook)
// and the turn handler for Teams' own activities (installation, the bot added, 👍/👎 invokes). What
// it keeps (the welcome flag, the answers that can still be rated) lives in conversation state.
import type { BotState, TurnContext } from 'botbuilder';
import type { FeedbackStore } from '../../feedback/store';
import type { AnsweredMessage } from './answer-log';
import { TeamsMiddleware } from './middleware';
import { createTeamsTurns } from './turns';

export interface TeamsChannel {
  middleware: TeamsMiddleware;
  turn(context: TurnContext): Promise<boolean>;
}

export function createTeamsChannel(deps: { conversationState: BotState; feedback: FeedbackStore; brandName: string }): TeamsChannel {
  const answers = deps.conversationState.createProperty<AnsweredMessage[]>('teamsAnswers');
  const welcomed = deps.conversationState.createProperty<boolean>('teamsWelcomed');
  return {
    middleware: new TeamsMiddleware(answers, deps.brandName),
    turn: createTeamsTurns({ brandName: deps.brandName, feedback: deps.feedback, answers, welcomed }),
  };
}
