// The county where the person lives or works, from the place matcher (places.ts), plus the place a
// case note or form names on its own beside the age ("Bruker, 48 år, Bodø." / "Deltaker: 45 år,
// Hamar."), and a message that is only a place ("Trondheim", "i Bodø").
import type { County } from '../catalogue/places';
import type { Clause } from './clauses';
import type { PlaceMatch, PlaceMatcher } from './places';
import { isCorrection, type Finding, type Reading } from './reading';

export interface AmbiguousCounty {
  candidates: County[];
  /** The words in the message, as written. */
  phrase: string;
  /** The place name(s) as the data writes them ("Viken", "Herøy"). */
  place: string;
  reason: string;
}

export interface CountyReading {
  finding?: Finding<'county'>;
  ambiguous?: AmbiguousCounty;
}

/** A clause of a case-note header that is not the place: "Bruker", "48 år", "Kvinne", "(41 år)". */
const HEADER_PART = /^\d{1,2}$|^(?:(?:(?:(?:bruker|kandidat|deltaker|søker|klient)(?:en)?|candidate|client|participant)|mann|kvinne|dame|henvendelse fra bruker(?:en)?)(?: er)? )?(?:\d{1,2} år(?: gammel)?)$|^(?:mann|kvinne|dame|(?:(?:bruker|kandidat|deltaker|søker|klient)(?:en)?|candidate|client|participant)) \d{1,2}$|^(?:(?:(?:bruker|kandidat|deltaker|søker|klient)(?:en)?|candidate|client|participant)|mann|kvinne|dame|henvendelse fra bruker(?:en)?|hei|bosted|alder|fylke|kommune)$/u;
const SHORT_MESSAGE_WORDS = 4;
const HEADER_PLACE_WORDS = 4;

function spanOf(text: string, phrase: string): [number, number] {
  const first = phrase.split(', ')[0];
  const at = text.indexOf(first);
  return at >= 0 ? [at, at + first.length] : [0, 0];
}

function fromMatch(reading: Reading, match: PlaceMatch, clause: number, correction: boolean): CountyReading {
  if (match.kind === 'county') {
    return { finding: { field: 'county', value: match.county, span: spanOf(reading.text, match.phrase), clause, correction } };
  }
  if (match.kind === 'ambiguous') {
    return { ambiguous: { candidates: match.candidates, phrase: match.phrase, place: match.place, reason: match.reason } };
  }
  return {};
}

/** The place named on its own in a case-note header, beside the age or the word for the person. */
function headerPlace(reading: Reading, places: PlaceMatcher): CountyReading {
  const { clauses, text } = reading;
  for (let i = 0; i < clauses.length; i++) {
    const c: Clause = clauses[i];
    if (c.sentence > 1) break;
    if (c.words.length > HEADER_PLACE_WORDS || HEADER_PART.test(c.text)) continue;
    const neighbours = [clauses[i - 1], clauses[i + 1]].filter((n): n is Clause => !!n && n.sentence === c.sentence);
    if (!neighbours.some((n) => HEADER_PART.test(n.text))) continue;
    const raw = text.slice(c.words[0].start, c.words[c.words.length - 1].end);
    const match = places.matchCountyAnswer(raw);
    if (match.kind !== 'none') return fromMatch(reading, { ...match, phrase: raw } as PlaceMatch, i, false);
  }
  return {};
}

export function readCounty(reading: Reading, places: PlaceMatcher): CountyReading {
  const match = places.matchPlace(reading.text, reading.writtenFor?.words);
  if (match.kind !== 'none') {
    const at = match.kind === 'county' || match.kind === 'ambiguous' ? spanOf(reading.text, match.phrase)[0] : 0;
    const clause = reading.clauses.findIndex((c) => c.words.length > 0 && c.words[0].start <= at && at < c.words[c.words.length - 1].end);
    const correction = clause >= 0 && isCorrection(reading, reading.clauses[clause]);
    return fromMatch(reading, match, Math.max(0, clause), correction);
  }
  if (reading.message.words.length <= SHORT_MESSAGE_WORDS && reading.clauses.every((c) => !c.question)) {
    const whole = places.matchCountyAnswer(reading.text);
    if (whole.kind !== 'none') return fromMatch(reading, whole, 0, false);
  }
  return headerPlace(reading, places);
}
