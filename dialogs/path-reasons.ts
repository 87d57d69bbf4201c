// A path's verdict line says why it is recommended (or why not); when the rules give that sentence as
// a reason too, it is said once, on the verdict line with its source, and not again among the reasons.
import type { PathAssessment, Reason } from '../src/catalogue/schema';

/** The reason that is the sentence given (a path's `why` or `notAdvised`), if the rules list it. */
export function reasonSaying(path: PathAssessment, sentence: string | undefined): Reason | undefined {
  return sentence === undefined ? undefined : path.reasons.find((r) => r.text === sentence);
}

/** The reasons the verdict line does not already say. */
export function reasonsBelowVerdict(path: PathAssessment): Reason[] {
  return path.reasons.filter((r) => r.text !== path.why && r.text !== path.notAdvised);
}

/** A path that fits, or may, but that the rules advise against: said to be possible, not to fit. */
export function isPossibleNotAdvised(path: PathAssessment): boolean {
  return Boolean(path.notAdvised) && path.status !== 'not-eligible';
}
