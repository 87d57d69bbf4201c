// An answer as the user sees it: the answer text, numbered clickable sources, feedback buttons and
// follow-up suggestions. The structured citations ride along in channelData for clients and tests,
// with `gap: true` when the sources cover the topic but not the point asked.
import { MessageFactory, type Activity } from 'botbuilder';
import type { AskResult } from '../catalogue/schema';
import { withFeedbackActions } from '../feedback/actions';
import { DEFAULT_LANG, texts, type Lang } from '../text';
import type { CitationFormatter } from './citations';
import { withSuggestions } from './messages';

/** What an answerer may add to AskResult: whether it only found the topic, and the language it wrote in (bokmål when unsaid). */
export type AnswerMarks = { gap?: boolean; lang?: Lang };

/** `lang`: the conversation's language. */
export function answerActivity(question: string, result: AskResult & AnswerMarks, cite: CitationFormatter, lang: Lang = DEFAULT_LANG): Partial<Activity> {
  const t = texts(lang);
  const written = result.answer.trim();
  const otherLanguage = (result.lang ?? DEFAULT_LANG) !== lang;
  // Sources quoted in another language are marked as such; an "I don't know" in another language is
  // said again in the conversation's own.
  const body = !otherLanguage ? written : result.citations.length > 0 ? t.knowledge.answerFromSources(written) : t.answer.abstain;
  const sources = result.citations.map((c, i) => t.answer.sourceLine(i + 1, cite.markdown(c)));
  const text = sources.length > 0 ? `${body}\n\n${sources.join('\n\n')}` : body;
  const veiviser = { citations: result.citations, ...(result.gap ? { gap: true } : {}) };
  const activity = withSuggestions({ ...MessageFactory.text(text), channelData: { veiviser } }, [t.menu.guidance, t.menu.courseFinder]);
  if (result.citations.length === 0) return activity;
  const sourceIds = result.citations.map((c) => (c.source === 'web' ? (c.url ?? c.title) : `${c.source}#${c.lines?.join('-')}`));
  return withFeedbackActions(activity, { question, sources: sourceIds }, t);
}
