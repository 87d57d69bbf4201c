// What Veiviser says when the knowledge base has no grounded answer. Shared by every answerer, so the
// user always hears the same honest "I don't know" and is told who can help.
import type { AskResult } from '../catalogue/schema';

/** Every abstention starts with exactly this. */
export const ABSTAIN_OPENING = 'Det finner jeg ikke i kunnskapsgrunnlaget mitt';

/** The full abstention text: no guessing, and where to ask instead. */
export const ABSTAIN_ANSWER =
  `${ABSTAIN_OPENING}, så jeg vil ikke gjette. ` +
  'Spør gjerne karrieresenteret i fylket ditt, som gir gratis karriereveiledning. ' +
  'Er du arbeidssøker, kan NAV hjelpe deg. ' +
  'Gjelder det videregående opplæring, fagbrev eller fagskole, er det fylkeskommunen som kan svare.';

/** An AskResult that says "I don't know" (no citations). */
export function abstain(question: string): AskResult {
  return { question, answer: ABSTAIN_ANSWER, citations: [] };
}

/** True when a result is an abstention (no citations, or the standard opening). */
export function isAbstention(result: AskResult): boolean {
  return result.citations.length === 0 || result.answer.startsWith(ABSTAIN_OPENING);
}
