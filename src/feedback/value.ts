// The `value` a feedback button or the comment card sends back to the bot.
import { z } from 'zod';
import { RatingSchema } from './store';
import { FEEDBACK_COMMENT_MAX_CHARS, FEEDBACK_MAX_SOURCES, FEEDBACK_QUESTION_MAX_CHARS, FEEDBACK_SOURCE_MAX_CHARS } from '../limits';

export const FEEDBACK_VALUE_TYPE = 'feedback';

/** 👍 / 👎 on an answer (a messageBack suggested action). */
export const RatingValueSchema = z.object({
  type: z.literal(FEEDBACK_VALUE_TYPE),
  rating: RatingSchema,
  question: z.string().max(FEEDBACK_QUESTION_MAX_CHARS * 4),
  sources: z.array(z.string().max(FEEDBACK_SOURCE_MAX_CHARS)).max(FEEDBACK_MAX_SOURCES),
});
export type RatingValue = z.infer<typeof RatingValueSchema>;

/** The optional comment after 👎 (Action.Submit of the comment card; `comment` is the Input.Text). */
export const CommentValueSchema = z.object({
  type: z.literal(FEEDBACK_VALUE_TYPE),
  action: z.literal('comment'),
  feedbackId: z.string().min(1).max(64),
  comment: z.string().max(FEEDBACK_COMMENT_MAX_CHARS * 4).optional(),
});
export type CommentValue = z.infer<typeof CommentValueSchema>;

export const FeedbackValueSchema = z.union([CommentValueSchema, RatingValueSchema]);
export type FeedbackValue = z.infer<typeof FeedbackValueSchema>;

const ClaimsFeedbackSchema = z.object({ type: z.literal(FEEDBACK_VALUE_TYPE) });

/** True when an activity value claims to be feedback (valid or not). */
export function looksLikeFeedback(value: unknown): boolean {
  return ClaimsFeedbackSchema.safeParse(value).success;
}
