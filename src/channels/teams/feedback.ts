// Teams' 👍/👎 on an answer (channelData.feedbackLoop) arrives as an invoke named message/submitAction:
//   value: { actionName: "feedback", actionValue: { reaction: "like" | "dislike", feedback: "{\"feedbackText\":\"…\"}" } }
//   replyToId: the rated message.
// It is stored like every other rating (recordRating: redacted, removed by «slett mine data»), with
// the question and sources the send hook kept for that message, and answered 200 {}.
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { recordRating } from '../../feedback/handle';
import type { FeedbackStore } from '../../feedback/store';
import { FEEDBACK_COMMENT_MAX_CHARS } from '../../limits';
import { findAnswer, type AnswerLogAccessor } from './answer-log';

export const SUBMIT_ACTION = 'message/submitAction';

const FeedbackInvokeSchema = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({
    reaction: z.enum(['like', 'dislike']),
    feedback: z.union([z.string().max(FEEDBACK_COMMENT_MAX_CHARS * 4), z.record(z.string(), z.unknown())]).optional(),
  }),
});
const FeedbackFormSchema = z.object({ feedbackText: z.string().max(FEEDBACK_COMMENT_MAX_CHARS * 4) });

/** What the person wrote in Teams' feedback form ("feedback" is a JSON string, or an object from a custom form). */
export function feedbackText(feedback: string | Record<string, unknown> | undefined): string | undefined {
  if (feedback === undefined) return undefined;
  let value: unknown = feedback;
  if (typeof feedback === 'string') {
    try {
      value = JSON.parse(feedback);
    } catch {
      return feedback.trim() || undefined;
    }
  }
  const form = FeedbackFormSchema.safeParse(value);
  return form.success ? form.data.feedbackText.trim() || undefined : undefined;
}

async function answerInvoke(context: TurnContext, status: number, body: unknown): Promise<void> {
  await context.sendActivity({ type: 'invokeResponse', value: { status, body } });
}

export async function handleFeedbackInvoke(context: TurnContext, store: FeedbackStore, answers: AnswerLogAccessor): Promise<void> {
  const value = FeedbackInvokeSchema.safeParse(context.activity.value);
  if (!value.success) return answerInvoke(context, 400, { error: 'Only feedback submissions are accepted.' });
  const answered = await findAnswer(answers, context, context.activity.replyToId);
  const comment = feedbackText(value.data.actionValue.feedback);
  await recordRating(store, {
    conversationId: context.activity.conversation.id,
    rating: value.data.actionValue.reaction === 'like' ? 'up' : 'down',
    question: answered?.question ?? '',
    sources: answered?.sources ?? [],
    ...(comment ? { comment } : {}),
  });
  await answerInvoke(context, 200, {});
}
