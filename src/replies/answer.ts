// An answer as the user sees it, in the form each channel shows best. Every answer carries the root
// schema.org Message entity with one citation claim per [n] marker (message-entity.ts), labelled as
// AI-generated only when a language model wrote it; the structured citations ride along in channelData
// for clients and tests, with `gap: true` when the sources cover the topic but not the point asked.
// All in the conversation's language (`lang`): an answer composed from the bokmål sources says so in
// another language, and an "I don't know" in another language is said again in the conversation's own.
// - Teams: the text with its markers (Teams shows the claims as citation pills) and Teams' own 👍/👎
//   (src/channels/teams/answer.ts).
// - Web Chat (Direct Line): the text plus Markdown reference definitions, which Web Chat shows as its
//   reference list (folded by the widget under "Kilder (n)", the answer first), and 👍/👎 on the answer
//   itself as the entity's LikeAction/DislikeAction, not as suggested actions that take room under the
//   transcript and vanish with the next message.
// - Everything else (Emulator, the terminal chat, tests): numbered "[n] Kilde: <link>" lines.
import { MessageFactory, type Activity } from 'botbuilder';
import type { AskResult, Citation } from '../catalogue/schema';
import { teamsAnswerActivity } from '../channels/teams/answer';
import { ratingValues, withFeedbackActions } from '../feedback/actions';
import { voteActions } from '../feedback/web-chat-vote';
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

/** How feedback names an answer's sources: "<file>#<from>-<to>" or the page's URL, each once (three facts of one page are one source). */
export function feedbackSources(citations: readonly Citation[]): string[] {
  return [...new Set(citations.map((c) => (c.source === 'web' ? (c.url ?? c.title) : `${c.source}#${c.lines?.join('-')}`)))];
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
  const data = { veiviser: { answer: body, citations: result.citations, ...(result.gap ? { gap: true } : {}) } };
  const suggestions = [t.menu.guidance, t.menu.courseFinder];
  if (surface === 'webchat') {
    const definitions = referenceDefinitions(result.citations, cite);
    const text = definitions.length > 0 ? `${asWebChatMarkdown(body)}\n\n${definitions.join('\n')}` : body;
    const votes = feedback ? ratingValues(feedback) : undefined;
    const onAnswer = votes ? { ...entity, potentialAction: voteActions(votes.up, votes.down) } : entity;
    return withSuggestions({ ...MessageFactory.text(text), entities: [onAnswer], channelData: data }, suggestions);
  }

  const sources = result.citations.map((c, i) => t.answer.sourceLine(i + 1, cite.markdown(c)));
  const text = sources.length > 0 ? `${body}\n\n${sources.join('\n\n')}` : body;
  const activity = withSuggestions({ ...MessageFactory.text(text), entities: [entity], channelData: data }, suggestions);
  return feedback ? withFeedbackActions(activity, feedback, t) : activity;
}

/** Markdown as Web Chat reads it: "[1][2]" would be a link with text "1" to source 2, and "• " lines would run together. */
function asWebChatMarkdown(text: string): string {
  return text.replace(/\[(\d+)\](?=\[\d+\])/g, '[$1] ').replace(/^• /gm, '- ');
}
