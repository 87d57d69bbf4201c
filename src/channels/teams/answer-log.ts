// Teams' 👍/👎 invoke names only the message it rates (replyToId). So that feedback is stored with the
// question and sources like the web page's, the send hook keeps them here — in conversation state,
// for the last few answers, the question redacted — under the id Teams gave the message. The state
// expires with the conversation and «slett mine data» deletes it.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { cleanText } from '../../feedback/store';
import { FEEDBACK_MAX_SOURCES, FEEDBACK_QUESTION_MAX_CHARS, FEEDBACK_SOURCE_MAX_CHARS } from '../../limits';
import type { AnswerFeedbackMeta } from './answer';

/** How many answers of a conversation can still be rated with their question and sources. */
export const ANSWER_LOG_MAX = 20;

const EntrySchema = z.object({
  id: z.string().min(1).max(512),
  question: z.string().max(FEEDBACK_QUESTION_MAX_CHARS),
  sources: z.array(z.string().max(FEEDBACK_SOURCE_MAX_CHARS)).max(FEEDBACK_MAX_SOURCES),
});
export type AnsweredMessage = z.infer<typeof EntrySchema>;
const LogSchema = z.array(EntrySchema).max(ANSWER_LOG_MAX);

export type AnswerLogAccessor = StatePropertyAccessor<AnsweredMessage[]>;

async function read(log: AnswerLogAccessor, context: TurnContext): Promise<AnsweredMessage[]> {
  const parsed = LogSchema.safeParse(await log.get(context, []));
  return parsed.success ? parsed.data : [];
}

export async function rememberAnswer(log: AnswerLogAccessor, context: TurnContext, id: string, meta: AnswerFeedbackMeta): Promise<void> {
  const entry: AnsweredMessage = {
    id,
    question: cleanText(meta.question, FEEDBACK_QUESTION_MAX_CHARS),
    sources: meta.sources.slice(0, FEEDBACK_MAX_SOURCES).map((s) => s.slice(0, FEEDBACK_SOURCE_MAX_CHARS)),
  };
  const entries = (await read(log, context)).filter((e) => e.id !== id);
  await log.set(context, [...entries, entry].slice(-ANSWER_LOG_MAX));
}

export async function findAnswer(log: AnswerLogAccessor, context: TurnContext, id: string | undefined): Promise<AnsweredMessage | undefined> {
  if (!id) return undefined;
  return (await read(log, context)).find((e) => e.id === id);
}
