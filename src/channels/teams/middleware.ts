// Runs before the bot on every Teams activity (adapter middleware). In channels and group chats a
// message that does not @mention the bot is not for it: the turn ends here, with no reply and no
// state read (a card's button needs no mention). Otherwise the @mention is taken off the text, a
// command title from the app's menu becomes the words the router knows, and every reply passes the
// Teams send hook (card versions, size, feedback ids). Replies go to the message's own thread:
// botbuilder answers with the activity's conversation id (which names the thread) and replyToId.
import type { Middleware, TurnContext } from 'botbuilder';
import { isCardSubmit, isTeams, mentionsBot, needsMention, textWithoutBotMention } from './activity';
import type { AnswerLogAccessor } from './answer-log';
import { routeTeamsCommand } from './commands';
import { teamsSendHook } from './send-hook';

export class TeamsMiddleware implements Middleware {
  /** brandName: the bot's name as people type it in a mention ("<at>Veiviser</at>"), also where the activity names no recipient. */
  constructor(
    private readonly answers: AnswerLogAccessor,
    private readonly brandName?: string,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (!isTeams(activity)) return next();
    if (activity.type === 'message') {
      if (needsMention(activity) && !mentionsBot(activity) && !isCardSubmit(activity)) return;
      const text = textWithoutBotMention(activity, this.brandName);
      activity.text = text ? routeTeamsCommand(text) : text;
    }
    context.onSendActivities(teamsSendHook(this.answers));
    await next();
  }
}
