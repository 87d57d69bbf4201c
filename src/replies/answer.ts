// An answer as the user sees it, in the form each channel shows best. Every answer carries the root
// schema.org Message entity with one citation claim per [n] marker (message-entity.ts), labelled as
// AI-generated only when a language model wrote it; the structured citations ride along in channelData
// for clients and tests, with `gap: true` when the sources cover the topic but not the point asked.
// All in the conversation's language (`lang`): an answer composed from the bokmål sources says so in
// another language, and an "I don't know" in another language is said again in the conversation's own.
// - Teams: the text with its markers (Teams shows the claims as citation pills) and Teams' own 👍/👎
//   (src/channels/teams/answer.ts).
// - Web Chat (Direct Line): the text plus Markdown reference definitions, which Web Chat shows as its
//   folded reference list, and 👍/👎 buttons.
// - Everything else (Emulator, the terminal chat, tests): numbered "[n] Kilde: <link>" lines.
import { MessageFactory, type Activity } from 'botbuilder';
import type { AskResult, Citation } from '../catalogue/schema';
import { teamsAnswerActivity } from '../channels/teams/answer';
import { withFeedbackActions } from '../feedback/actions';
import { DEFAULT_LANG, texts, type Lang } from '../text';
import type { CitationFormatter } from './citations';
import { messageEntity, referenceDefinitions, withEveryMarker } from './message-entity';
import { withSuggestions } from './messages';

export type AnswerSurface = 'teams' | 'webchat' | 'plain';

export function answerSurface(channelId: string | undefined): AnswerSurface {
  if (channelId === 'msteams') return 'teams';
  if (channelId === 'directline' || channelId === 'webchat') return 'webchat';
  return 'plain';
}

/** How feedback names an answer's sources: "<file>#<from>-<to>" or the page's URL. */
export function feedbackSources(citations: readonly Citation[]): string[] {
  return citations.map((c) => (c.source === 'web' ? (c.url ?? c.title) : `${c.source}#${c.lines?.join('-')}`));
}

/** What an answerer may add to AskResult: whether it only found the topic, and the language it wrote in (bokmål when unsaid). */
export type AnswerMarks = { gap?: boolean; lang?: Lang };

export function answerActivity(
  question: string,
  result: AskResult & AnswerMarks,
  cite: CitationFormatter,
  surface: AnswerSurface = 'plain',
  lang: Lang = DEFAULT_LANG,
): Partial<Activity> {
  const t = texts(lang);
  const cited = result.citations.length > 0;
  const written = cited ? withEveryMarker(result.answer.trim(), result.citations.length) : result.answer.trim();
  const otherLanguage = (result.lang ?? DEFAULT_LANG) !== lang;
  const body = !otherLanguage ? written : cited ? t.knowledge.answerFromSources(written) : t.answer.abstain;
  const llm = result.generatedByLlm === true;
  const feedback = cited ? { question, sources: feedbackSources(result.citations) } : undefined;

  if (surface === 'teams') {
    const entity = messageEntity(result.citations, cite, { aiLabel: llm ? 'teams' : undefined, absoluteUrlsOnly: true });
    return teamsAnswerActivity({ text: body, entity, citations: result.citations, feedback, gap: result.gap }, t);
  }

  const entity = messageEntity(result.citations, cite, { aiLabel: llm ? 'webchat' : undefined });
  const sources =
    surface === 'webchat'
      ? referenceDefinitions(result.citations, cite)
      : result.citations.map((c, i) => t.answer.sourceLine(i + 1, cite.markdown(c)));
  const text = sources.length > 0 ? `${body}\n\n${sources.join(surface === 'webchat' ? '\n' : '\n\n')}` : body;
  const activity = withSuggestions(
    { ...MessageFactory.text(text), entities: [entity], channelData: { veiviser: { citations: result.citations, ...(result.gap ? { gap: true } : {}) } } },
    [t.menu.guidance, t.menu.courseFinder],
  );
  return feedback ? withFeedbackActions(activity, feedback, t) : activity;
}
