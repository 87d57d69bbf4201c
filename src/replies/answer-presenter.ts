// Answers a question as the channel it came from shows it best (answer.ts). Where the channel can show
// an answer while it is being written — a Teams 1:1 chat, Web Chat over Direct Line — and the
// answerer can stream (the LLM), the answer streams (stream/session.ts) and the returned activity is
// the message that ends the stream; undefined when the reader stopped it. Elsewhere, and for the
// extractive answerer, the channel gets only the finished message.
import type { Activity, TurnContext } from 'botbuilder';
import { canStream } from '../answer/llm-stream';
import type { AnswerOptions, Answerer } from '../answer/types';
import type { AskResult } from '../catalogue/schema';
import { teamsStreamProfile } from '../channels/teams/streaming';
import { texts } from '../text';
import { languageOf } from '../text/turn-language';
import { answerActivity, answerSurface } from './answer';
import type { CitationFormatter } from './citations';
import { systemClock, type Clock } from './stream/clock';
import { WEB_CHAT_STREAM, type StreamProfile } from './stream/format';
import type { LiveReplies } from './stream/live-replies';
import { StreamSession, type StreamTransport } from './stream/session';

export interface AnswerPresenterDeps {
  answerer: Answerer;
  cite: CitationFormatter;
  clock?: Clock;
  /** The local Direct Line's live sends, for turns it runs with expectReplies. */
  liveReplies?: LiveReplies;
  /** Told each answer given in a turn (the conversation keeps what it was about, for a follow-up). */
  onAnswered?: (context: TurnContext, result: AskResult) => Promise<void>;
}

/** The reply to a question, or undefined when nothing more is to be sent (the reader stopped a stream). */
export type PresentAnswer = (question: string, context?: TurnContext, options?: AnswerOptions) => Promise<Partial<Activity> | undefined>;

function streamProfile(activity: Activity): StreamProfile | undefined {
  if (activity.channelId === 'directline' || activity.channelId === 'webchat') return WEB_CHAT_STREAM;
  return teamsStreamProfile(activity);
}

/** How this turn can send while it runs: through the connector, or the local Direct Line's live send. */
function streamTransport(context: TurnContext, liveReplies?: LiveReplies): StreamTransport | undefined {
  if (context.activity.deliveryMode !== 'expectReplies') {
    return { send: async (activity) => (await context.sendActivity(activity))?.id };
  }
  const live = liveReplies?.get(context.activity.conversation.id);
  return live ? { send: async (activity) => live(activity) } : undefined;
}

export function createAnswerPresenter(deps: AnswerPresenterDeps): PresentAnswer {
  const clock = deps.clock ?? systemClock;
  const openStream = (context: TurnContext): StreamSession | undefined => {
    const profile = streamProfile(context.activity);
    const transport = profile && streamTransport(context, deps.liveReplies);
    return profile && transport ? new StreamSession(transport, profile, clock) : undefined;
  };

  return async (question, context, options) => {
    const surface = answerSurface(context?.activity.channelId);
    const lang = context ? languageOf(context) : options?.lang;
    // The answer is in the conversation's language (the facts' English rendering in English).
    const asked: AnswerOptions = { ...options, ...(lang ? { lang } : {}) };
    const { answerer, cite } = deps;
    const session = context && canStream(answerer) ? openStream(context) : undefined;
    const answered = async (result: AskResult): Promise<AskResult> => {
      if (context) await deps.onAnswered?.(context, result);
      return result;
    };
    if (!session || !canStream(answerer)) return answerActivity(question, await answered(await answerer.answer(question, asked)), cite, surface, lang);
    const result = await answerer.answerStreaming(
      question,
      {
        onStart: () => session.inform(texts(lang ?? 'nb').answer.searching),
        onText: (text) => session.update(text),
        signal: session.signal,
      },
      asked,
    );
    return session.finish(answerActivity(question, await answered(result), cite, surface, lang));
  };
}
