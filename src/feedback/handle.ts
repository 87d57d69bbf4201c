// Called first in every turn. The one handler for feedback, whichever way it arrives: the 👍 / 👎
// buttons (messageBack) and the comment card, and Web Chat's own 👍/👎 on an answer (an event, see
// web-chat-vote.ts). Returns false for every activity that is not feedback, so the bot carries on as
// usual. Every channel's 👍/👎 (these, Teams' feedback invoke) is stored through recordRating.
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { FeedbackRecord, FeedbackStore, NewFeedback } from './store';
import { CommentValueSchema, FEEDBACK_VALUE_TYPE, RatingValueSchema, looksLikeFeedback, type RatingValue } from './value';
import { isWebChatVote, webChatVoteRating } from './web-chat-vote';
import { FEEDBACK_COMMENT_MAX_CHARS } from '../limits';
import { nb } from '../text/nb';
import type { Texts } from '../text/texts';
import { textsFor } from '../text/turn-language';
import { withSuggestions } from '../replies/messages';

export const COMMENT_INPUT_ID = 'comment';

/** The Adaptive Card that offers a comment box after 👎. */
export function commentCard(feedbackId: string, t: Texts = nb): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    speak: t.feedback.commentSpeak,
    body: [
      { type: 'TextBlock', text: t.feedback.commentTitle, wrap: true, weight: 'Bolder' },
      {
        type: 'TextBlock',
        text: t.feedback.commentHint,
        wrap: true,
        isSubtle: true,
        size: 'Small',
      },
      {
        type: 'Input.Text',
        id: COMMENT_INPUT_ID,
        label: t.feedback.commentLabel,
        isMultiline: true,
        maxLength: FEEDBACK_COMMENT_MAX_CHARS,
        placeholder: t.feedback.commentPlaceholder,
      },
    ],
    actions: [
      {
        type: 'Action.Submit',
        title: t.feedback.commentSend,
        data: { type: FEEDBACK_VALUE_TYPE, action: 'comment', feedbackId },
      },
    ],
  };
}

/** Stores a 👍/👎 (and the comment given with it); the store redacts and trims the free text. */
export function recordRating(store: FeedbackStore, feedback: NewFeedback): Promise<FeedbackRecord> {
  return store.add(feedback);
}

export async function handleFeedback(context: TurnContext, store: FeedbackStore): Promise<boolean> {
  const activity = context.activity;
  const t = textsFor(context);
  if (isWebChatVote(activity)) {
    const vote = webChatVoteRating(activity);
    if (!vote) await context.sendActivity(t.feedback.notUnderstood);
    // The pressed thumb is the thanks for a 👍; a 👎 still offers the comment card.
    else await answerRating(context, store, vote, t, { thankForUp: false });
    return true;
  }
  if (activity.type !== 'message' || !looksLikeFeedback(activity.value)) return false;

  const comment = CommentValueSchema.safeParse(activity.value);
  if (comment.success) {
    const text = comment.data.comment?.trim() ?? '';
    const saved = text ? await store.addComment(comment.data.feedbackId, conversationOf(context), text) : false;
    await context.sendActivity(saved ? t.feedback.thanksComment : t.feedback.thanksNoComment);
    return true;
  }

  const rating = RatingValueSchema.safeParse(activity.value);
  if (!rating.success) {
    await context.sendActivity(t.feedback.notUnderstood);
    return true;
  }
  await answerRating(context, store, rating.data, t, { thankForUp: true });
  return true;
}

function conversationOf(context: TurnContext): string {
  return context.activity.conversation?.id ?? 'ukjent';
}

/** Stores a rating; after 👎 offers the comment card (and a human), after 👍 says thanks when asked to. */
async function answerRating(context: TurnContext, store: FeedbackStore, rating: RatingValue, t: Texts, reply: { thankForUp: boolean }): Promise<void> {
  const record = await recordRating(store, {
    conversationId: conversationOf(context),
    rating: rating.rating,
    question: rating.question,
    sources: rating.sources,
  });
  if (record.rating === 'down') {
    const card = MessageFactory.attachment(CardFactory.adaptiveCard(commentCard(record.id, t)));
    await context.sendActivity(withSuggestions(card, [t.handoff.button]));
  } else if (reply.thankForUp) {
    await context.sendActivity(t.feedback.thanksUp);
  }
}
