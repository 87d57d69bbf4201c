// A path's verdict line says why it is recommended (or why not); when the rules give that sentence as
// a reason too, it is said once, on the verdict line with its source, and not again among the reasons.
import type { PathAssessment, Reason } from '../src/catalogue/schema';

/** Whether the sentence given says the reason: it is that reason, or the reason with more said after it ("… We assume …"). */
function says(sentence: string | undefined, reason: Reason): boolean {
  return sentence !== undefined && sentence.includes(reason.text);
}

/** The reason that is the sentence given (a path's `why` or `notAdvised`), if the rules list it. */
export function reasonSaying(path: PathAssessment, sentence: string | undefined): Reason | undefined {
  return path.reasons.find((r) => r.text === sentence) ?? path.reasons.find((r) => says(sentence, r));
}

/** The reasons the verdict line does not already say. */
export function reasonsBelowVerdict(path: PathAssessment): Reason[] {
  return path.reasons.filter((r) => !says(path.why, r) && !says(path.notAdvised, r));
}

/** A path that fits, or may, but that the rules advise against: said to be possible, not to fit. */
export function isPossibleNotAdvised(path: PathAssessment): boolean {
  return Boolean(path.notAdvised) && path.status !== 'not-eligible';
}
