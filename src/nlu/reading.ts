// What the field readers share: the message as clauses, the lexicons, and the shape of a finding
// (a value with the words it was read from).
import type { Profile, ProfileField } from '../catalogue/schema';
import type { CanonicalMessage } from './canonical';
import { states, type Clause } from './clauses';
import { BREAK } from './message-tokens';
import type { WorkLexicon } from './work-lexicon';
import type { WrittenFor } from './written-for';

export interface Reading {
  text: string;
  message: CanonicalMessage;
  clauses: Clause[];
  lexicon: WorkLexicon;
  /** Canonical names of countries and places abroad ("polen", "eritrea", "philippines"). */
  abroad: ReadonlySet<string>;
  /** Sentences that say they correct something ("forresten skrev jeg feil …"). */
  corrections: ReadonlySet<number>;
  /** The person a message is written for, when not the writer ("jeg skriver for mannen min"). */
  writtenFor?: WrittenFor;
  /** The day the message is read ("siden 2015" counts the years until then), asked for only when needed. */
  today(): Date;
}

export interface Finding<F extends ProfileField = ProfileField> {
  field: F;
  value: NonNullable<Profile[F]>;
  /** Where in the message it was read: [start, end). */
  span: [number, number];
  /** Stated with "rundt", "ca.", "tror jeg": taken, and confirmed by the dialog. */
  hedged?: boolean;
  /** Index of the clause it came from (later statements win a correction). */
  clause: number;
  /** Said as a correction ("forresten", "jeg mente", "ikke … men"). */
  correction?: boolean;
}

/** Words before a value that make it approximate. */
export const HEDGES = new Set(['ca', 'cirka', 'rundt', 'omtrent', 'ca.', 'circa', 'sånn', 'nesten', 'like', 'omkring', 'anslagsvis', 'kanskje', 'vel', 'tror', 'trur']);
/** Words that undo what follows in the clause. */
export const NEGATIONS = new Set(['ikke', 'aldri', 'uten', 'ingen', 'verken', 'mangler', 'ikkje', 'never', 'not']);
/** Wishes, plans and conditions: what follows is not a fact about now. */
export const WISHES = new Set([
  'vil', 'ville', 'ønsker', 'ønske', 'ønsket', 'skal', 'skulle', 'planlegger', 'håper', 'drømmer', 'drømmen', 'målet', 'tenker', 'tenkt', 'vurderer', 'kunne', 'helst',
  'lyst', 'gjerne', 'søke', 'søker', 'satser', 'interessert', 'omskolere', 'omskolering', 'overgang', 'ta', 'få', 'bli', 'trenger', 'må', 'burde', 'bør', 'tenke',
]);
/** Words that say the person corrects something said before. */
export const CORRECTION_WORDS = /(?:^| )(?:forresten|rettelse|korrigering|feil|mente|unnskyld|beklager|oops|egentlig|altså nei|nei vent|actually|meant|sorry)(?: |$)/u;

export function stating(reading: Reading): Array<[Clause, number]> {
  return reading.clauses.map((c, i) => [c, i] as [Clause, number]).filter(([c]) => states(c));
}

/** Whether a clause's sentence says it corrects something ("forresten skrev jeg feil …"). */
export function isCorrection(reading: Reading, clause: Clause): boolean {
  return reading.corrections.has(clause.sentence);
}

/** The sentences of a message that say they correct something. */
export function correctionSentences(clauses: readonly Clause[]): Set<number> {
  return new Set(clauses.filter((c) => CORRECTION_WORDS.test(c.text)).map((c) => c.sentence));
}

/** The words of a clause as an array of canonical strings. */
export function wordsOf(clause: Clause): readonly string[] {
  return clause.strings;
}

/** Whether any of `set` is among the `window` words before index i of the clause. */
export function before(clause: Clause, i: number, set: ReadonlySet<string>, window: number): boolean {
  for (let k = Math.max(0, i - window); k < i; k++) if (set.has(clause.words[k].w)) return true;
  return false;
}

export function hedgedAt(clause: Clause, i: number): boolean {
  return before(clause, i, HEDGES, 2) || / tror (?:jeg|eg)(?: |$)|^tror (?:jeg|eg) /u.test(clause.text);
}

export function spanOfWords(clause: Clause, from: number, to: number): [number, number] {
  return [clause.words[from].start, clause.words[Math.max(from, to - 1)].end];
}

/** Words a form's label is answered no with: "I jobb: nei". */
const ANSWER_NO = /^(?:nei|no|nope|ikke|ingen)$/u;
/** Words of a short label: "Registrert hos NAV", "I jobb". */
const LABEL_WORDS = 5;

/** Whether a short clause is a label the next clause of its sentence answers "nei" ("Registrert hos NAV: nei"). */
export function answeredNo(reading: Reading, index: number): boolean {
  const clause = reading.clauses[index];
  const next = reading.clauses[index + 1];
  return clause.words.length <= LABEL_WORDS && next !== undefined && next.sentence === clause.sentence && next.words[0]?.before !== BREAK.space && ANSWER_NO.test(next.text);
}
