// An answer as the user sees it: the answer text, numbered clickable sources, feedback buttons and
// follow-up suggestions. The structured citations ride along in channelData for clients and tests.
import { MessageFactory, type Activity } from 'botbuilder';
import type { AskResult } from '../catalogue/schema';
import { withFeedbackActions } from '../feedback/actions';
import { nb } from '../text/nb';
import type { CitationFormatter } from './citations';
import { withSuggestions } from './messages';

export function answerActivity(question: string, result: AskResult, cite: CitationFormatter): Partial<Activity> {
  const body = result.answer.trim();
  const sources = result.citations.map((c, i) => nb.answer.sourceLine(i + 1, cite.markdown(c)));
  const text = sources.length > 0 ? `${body}\n\n${sources.join('\n\n')}` : body;
  const activity = withSuggestions(
    { ...MessageFactory.text(text), channelData: { veiviser: { answer: body, citations: result.citations } } },
    [nb.menu.guidance, nb.menu.courseFinder],
  );
  if (result.citations.length === 0) return activity;
  return withFeedbackActions(activity, {
    question,
    sources: result.citations.map((c) => (c.source === 'web' ? (c.url ?? c.title) : `${c.source}#${c.lines?.join('-')}`)),
  });
}
