// Called first in every turn. The one handler for feedback, whichever way it arrives: the 👍 / 👎
// buttons (messageBack) and the comment card, and Web Chat's own 👍/👎 on an answer (an event, see
// web-chat-vote.ts). Returns false for every activity that is not feedback, so the bot carries on as usual.
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { FeedbackStore } from './store';
import { CommentValueSchema, FEEDBACK_VALUE_TYPE, RatingValueSchema, looksLikeFeedback, type RatingValue } from './value';
import { isWebChatVote, webChatVoteRating } from './web-chat-vote';
import { FEEDBACK_COMMENT_MAX_CHARS } from '../limits';
import { nb } from '../text/nb';

export const COMMENT_INPUT_ID = 'comment';

/** The Adaptive Card that offers a comment box after 👎. */
export function commentCard(feedbackId: string): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    speak: nb.feedback.commentSpeak,
    body: [
      { type: 'TextBlock', text: nb.feedback.commentTitle, wrap: true, weight: 'Bolder' },
      {
        type: 'TextBlock',
        text: nb.feedback.commentHint,
        wrap: true,
        isSubtle: true,
        size: 'Small',
      },
      {
        type: 'Input.Text',
        id: COMMENT_INPUT_ID,
        label: nb.feedback.commentLabel,
        isMultiline: true,
        maxLength: FEEDBACK_COMMENT_MAX_CHARS,
        placeholder: nb.feedback.commentPlaceholder,
      },
    ],
    actions: [
      {
        type: 'Action.Submit',
        title: nb.feedback.commentSend,
        data: { type: FEEDBACK_VALUE_TYPE, action: 'comment', feedbackId },
      },
    ],
  };
}

export async function handleFeedback(context: TurnContext, store: FeedbackStore): Promise<boolean> {
  const activity = context.activity;
  if (isWebChatVote(activity)) {
    const vote = webChatVoteRating(activity);
    if (!vote) await context.sendActivity(nb.feedback.notUnderstood);
    // The pressed thumb is the thanks for a 👍; a 👎 still offers the comment card.
    else await recordRating(context, store, vote, { thankForUp: false });
    return true;
  }
  if (activity.type !== 'message' || !looksLikeFeedback(activity.value)) return false;
  const conversationId = activity.conversation?.id ?? 'ukjent';

  const comment = CommentValueSchema.safeParse(activity.value);
  if (comment.success) {
    const text = comment.data.comment?.trim() ?? '';
    const saved = text ? await store.addComment(comment.data.feedbackId, conversationId, text) : false;
    await context.sendActivity(saved ? nb.feedback.thanksComment : nb.feedback.thanksNoComment);
    return true;
  }

  const rating = RatingValueSchema.safeParse(activity.value);
  if (!rating.success) {
    await context.sendActivity(nb.feedback.notUnderstood);
    return true;
  }
  await recordRating(context, store, rating.data, { thankForUp: true });
  return true;
}

/** Stores a rating; after 👎 offers the comment card, after 👍 says thanks when asked to. */
async function recordRating(context: TurnContext, store: FeedbackStore, rating: RatingValue, reply: { thankForUp: boolean }): Promise<void> {
  const record = await store.add({
    conversationId: context.activity.conversation?.id ?? 'ukjent',
    rating: rating.rating,
    question: rating.question,
    sources: rating.sources,
  });
  if (record.rating === 'down') {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(commentCard(record.id))));
  } else if (reply.thankForUp) {
    await context.sendActivity(nb.feedback.thanksUp);
  }
}
