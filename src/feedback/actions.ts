// Adds 👍 / 👎 buttons to an answer. They are suggested actions of type messageBack, so Web Chat shows
// them as buttons under the answer, shows the emoji in the transcript when clicked, and sends the
// rating in `value` (handled by handleFeedback before anything reads the text). Existing suggested actions are kept, ours come last.
import type { Activity, CardAction } from 'botbuilder';
import { cleanText } from './store';
import { FEEDBACK_VALUE_TYPE, type RatingValue } from './value';
import { FEEDBACK_MAX_SOURCES, FEEDBACK_QUESTION_MAX_CHARS } from '../limits';
import { nb } from '../text/nb';
import type { Texts } from '../text/texts';

/** The ratings 👍 and 👎 send for an answer: the question and its sources, trimmed to what is stored. */
export function ratingValues(meta: { question: string; sources: string[] }): { up: RatingValue; down: RatingValue } {
  const base = {
    question: cleanText(meta.question, FEEDBACK_QUESTION_MAX_CHARS),
    sources: meta.sources.slice(0, FEEDBACK_MAX_SOURCES),
  };
  return { up: { type: FEEDBACK_VALUE_TYPE, rating: 'up', ...base }, down: { type: FEEDBACK_VALUE_TYPE, rating: 'down', ...base } };
}

export function feedbackActions(meta: { question: string; sources: string[] }, t: Texts = nb): CardAction[] {
  const { up, down } = ratingValues(meta);
  return [
    // Web Chat hides a messageBack without text, so the emoji doubles as text; the value decides.
    { type: 'messageBack', title: t.feedback.upTitle, text: '👍', displayText: '👍', value: up },
    { type: 'messageBack', title: t.feedback.downTitle, text: '👎', displayText: '👎', value: down },
  ];
}

/** Returns a copy of the activity with feedback buttons appended to its suggested actions. */
export function withFeedbackActions(
  activity: Partial<Activity>,
  meta: { question: string; sources: string[] },
  t: Texts = nb,
): Partial<Activity> {
  const existing = activity.suggestedActions;
  return {
    ...activity,
    suggestedActions: {
      to: existing?.to ?? [],
      actions: [...(existing?.actions ?? []), ...feedbackActions(meta, t)],
    },
  };
}
