// What Veiviser says when the knowledge base has no grounded answer. Shared by every answerer, so the
// user always hears the same honest "I don't know" (src/text/nb.ts) and is told who can help.
import type { AskResult } from '../catalogue/schema';
import { nb } from '../text/nb';

/** An AskResult that says "I don't know" (no citations). */
export function abstain(question: string): AskResult {
  return { question, answer: nb.answer.abstain, citations: [] };
}

/** True when a result is an abstention (no citations, or the standard opening). */
export function isAbstention(result: AskResult): boolean {
  return result.citations.length === 0 || result.answer.startsWith(nb.answer.abstainOpening);
}
