import type { Assessment } from '../../src/catalogue/schema';

/** Every sentence of an assessment a person can read: reasons, why (not), what would change, next steps. */
export function assessmentSentences(assessment: Assessment): string[] {
  return assessment.paths.flatMap((p) => [
    ...p.reasons.map((r) => r.text),
    ...(p.why ? [p.why] : []),
    ...(p.notAdvised ? [p.notAdvised] : []),
    ...(p.whatWouldChange ? [p.whatWouldChange] : []),
    ...p.nextSteps,
  ]);
}
