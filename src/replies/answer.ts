// An answer as the user sees it, in the form each channel shows best. Every answer carries the root
// schema.org Message entity with one citation claim per [n] marker (message-entity.ts), labelled as
// AI-generated only when a language model wrote it; the structured citations ride along in channelData
// for clients and tests.
// - Teams: the text with its markers (Teams shows the claims as citation pills) and Teams' own 👍/👎
//   (src/channels/teams/answer.ts).
// - Web Chat (Direct Line): the text plus Markdown reference definitions, which Web Chat shows as its
//   folded reference list, and 👍/👎 buttons.
// - Everything else (Emulator, the terminal chat, tests): numbered "[n] Kilde: <link>" lines.
import { MessageFactory, type Activity } from 'botbuilder';
import type { AskResult, Citation } from '../catalogue/schema';
import { teamsAnswerActivity } from '../channels/teams/answer';
import { withFeedbackActions } from '../feedback/actions';
import { nb } from '../text/nb';
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

export const FOLLOW_UPS = [nb.menu.guidance, nb.menu.courseFinder];

export function answerActivity(
  question: string,
  result: AskResult,
  cite: CitationFormatter,
  surface: AnswerSurface = 'plain',
): Partial<Activity> {
  const cited = result.citations.length > 0;
  const body = cited ? withEveryMarker(result.answer.trim(), result.citations.length) : result.answer.trim();
  const llm = result.generatedByLlm === true;
  const feedback = cited ? { question, sources: feedbackSources(result.citations) } : undefined;

  if (surface === 'teams') {
    const entity = messageEntity(result.citations, cite, { aiLabel: llm ? 'teams' : undefined, absoluteUrlsOnly: true });
    return teamsAnswerActivity({ text: body, entity, citations: result.citations, feedback });
  }

  const entity = messageEntity(result.citations, cite, { aiLabel: llm ? 'webchat' : undefined });
  const sources =
    surface === 'webchat'
      ? referenceDefinitions(result.citations, cite)
      : result.citations.map((c, i) => nb.answer.sourceLine(i + 1, cite.markdown(c)));
  const text = sources.length > 0 ? `${body}\n\n${sources.join(surface === 'webchat' ? '\n' : '\n\n')}` : body;
  const activity = withSuggestions(
    { ...MessageFactory.text(text), entities: [entity], channelData: { veiviser: { citations: result.citations } } },
    FOLLOW_UPS,
  );
  return feedback ? withFeedbackActions(activity, feedback) : activity;
}
