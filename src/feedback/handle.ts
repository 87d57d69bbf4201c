// Called first in every turn. Handles the 👍 / 👎 buttons and the comment card; returns false for
// every activity that is not feedback, so the bot carries on as usual.
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { FeedbackStore } from './store';
import { CommentValueSchema, FEEDBACK_VALUE_TYPE, RatingValueSchema, looksLikeFeedback } from './value';
import { FEEDBACK_COMMENT_MAX_CHARS } from '../limits';

export const THANKS_UP = 'Takk for tilbakemeldingen! Det er fint å vite at svaret var nyttig.';
export const THANKS_COMMENT = 'Takk! Kommentaren er lagret uten personopplysninger, og hjelper oss å forbedre svarene.';
export const THANKS_NO_COMMENT = 'Takk for tilbakemeldingen!';
export const NOT_UNDERSTOOD = 'Jeg klarte ikke å lese tilbakemeldingen. Du kan prøve igjen, eller bare stille et nytt spørsmål.';
export const COMMENT_INPUT_ID = 'comment';

/** The Adaptive Card that offers a comment box after 👎. */
export function commentCard(feedbackId: string): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    speak: 'Takk. Vil du fortelle hva som manglet?',
    body: [
      { type: 'TextBlock', text: 'Takk! Vil du fortelle hva som manglet eller var feil?', wrap: true, weight: 'Bolder' },
      {
        type: 'TextBlock',
        text: 'Valgfritt. Ikke skriv navn, fødselsnummer eller helseopplysninger.',
        wrap: true,
        isSubtle: true,
        size: 'Small',
      },
      {
        type: 'Input.Text',
        id: COMMENT_INPUT_ID,
        label: 'Kommentar til svaret',
        isMultiline: true,
        maxLength: FEEDBACK_COMMENT_MAX_CHARS,
        placeholder: 'F.eks. «Svaret gjaldt ikke mitt fylke»',
      },
    ],
    actions: [
      {
        type: 'Action.Submit',
        title: 'Send kommentar',
        data: { type: FEEDBACK_VALUE_TYPE, action: 'comment', feedbackId },
      },
    ],
  };
}

export async function handleFeedback(context: TurnContext, store: FeedbackStore): Promise<boolean> {
  const activity = context.activity;
  if (activity.type !== 'message' || !looksLikeFeedback(activity.value)) return false;
  const conversationId = activity.conversation?.id ?? 'ukjent';

  const comment = CommentValueSchema.safeParse(activity.value);
  if (comment.success) {
    const text = comment.data.comment?.trim() ?? '';
    const saved = text ? await store.addComment(comment.data.feedbackId, conversationId, text) : false;
    await context.sendActivity(saved ? THANKS_COMMENT : THANKS_NO_COMMENT);
    return true;
  }

  const rating = RatingValueSchema.safeParse(activity.value);
  if (!rating.success) {
    await context.sendActivity(NOT_UNDERSTOOD);
    return true;
  }
  const record = await store.add({
    conversationId,
    rating: rating.data.rating,
    question: rating.data.question,
    sources: rating.data.sources,
  });
  if (record.rating === 'up') {
    await context.sendActivity(THANKS_UP);
  } else {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(commentCard(record.id))));
  }
  return true;
}
