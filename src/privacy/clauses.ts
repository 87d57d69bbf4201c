// Clauses with health, benefit or criminal-record details are replaced as a whole: "Jeg har jobbet 6
// år, men har vært sykemeldt siden mars" → "Jeg har jobbet 6 år, [helse-/NAV-opplysning]". What
// guidance needs stays: "NAV", "arbeidssøker", "arbeidsledig", "permittert".
import { escapeRegExp } from '../regex-union';

/** Word beginnings: "sykemeld" matches "sykemeldt", "sykemelding", "sykemeldingen". */
export const HEALTH_STEMS = [
  'diagnos', 'sykemeld', 'sykmeld', 'sykepeng', 'sykdom', 'sjukdom', 'ufør', 'arbeidsavklaringspeng', 'depresjon', 'depressiv',
  'deprimert', 'angst', 'adhd', 'autis', 'asperger', 'tourette', 'bipolar', 'schizofren', 'psykos', 'psykotisk', 'psykisk',
  'psykiatr', 'psykolog', 'kreft', 'diabet', 'epilep', 'utbrent', 'utbrenthet', 'rusavhengig', 'rusmisbruk', 'rusproblem',
  'rusmiddel', 'rusbehandling', 'alkoholi', 'narkoman', 'migrene', 'hjerneslag', 'hjerteinfarkt', 'prolaps',
  'ryggskade', 'ryggproblem', 'belastningsskade', 'yrkesskade', 'arbeidsskade', 'kronisk', 'smerte', 'funksjonsnedsett',
  'funksjonshemm', 'nedsatt arbeidsevne', 'arbeidsevnevurdering', 'dysleksi', 'dyskalkuli', 'lærevansk', 'lese- og skrivevansk',
  'medisinert', 'medikament', 'sosialhjelp', 'sosialstønad', 'kvalifiseringsprogram', 'kvalifiseringsstønad', 'dagpeng',
  'tiltakspeng', 'overgangsstønad', 'attføring', 'gravid', 'svangerskap', 'spiseforstyrr', 'selvmord', 'innlagt', 'helseproblem',
  'helseplag', 'helseutfordring',
];
/** Whole words only: "syk" but not "sykepleier"; "AAP" but not "aapen". */
export const HEALTH_WORDS = ['syk', 'syke', 'sjuk', 'sjuke', 'aap', 'rus', 'kols', 'hiv', 'ptsd', 'ocd', 'ufør', 'uføre'];
export const CRIMINAL_STEMS = ['straffedøm', 'dømt for', 'soning', 'sonet', 'fengsel', 'fengslet', 'rulleblad', 'prøveløslat'];

export const SENSITIVE_MARKERS = {
  health: '[helse-/NAV-opplysning]',
  criminal: '[sensitiv opplysning]',
} as const;

/**
 * Whether a text holds one of the stems (as a word beginning) or words (whole). The terms are grouped
 * by their first letter, and each group checks "no letter or digit before" only once that letter is
 * found: the engine then tries one branch per position, where a plain list tried every term after
 * the look-behind at every position of the text (three times slower on an answer).
 */
export function termRegex(stems: readonly string[], words: readonly string[] = []): RegExp {
  const byFirst = new Map<string, string[]>();
  const add = (term: string, after = '') => {
    const first = String.fromCodePoint(term.codePointAt(0) ?? 0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), `${escapeRegExp(term.slice(first.length))}${after}`]);
  };
  for (const stem of stems) add(stem);
  for (const word of words) add(word, '(?![\\p{L}\\p{N}])');
  const groups = [...byFirst].map(([first, rests]) => `(?<![\\p{L}\\p{N}])${escapeRegExp(first)}(?:${rests.join('|')})`);
  return new RegExp(groups.join('|'), 'iu');
}

const HEALTH = termRegex(HEALTH_STEMS, HEALTH_WORDS);
const CRIMINAL = termRegex(CRIMINAL_STEMS);
/** Either kind, in one scan: most texts hold neither. */
const SENSITIVE = termRegex([...HEALTH_STEMS, ...CRIMINAL_STEMS], HEALTH_WORDS);

/** Conjunctions that start a new clause when they stand between words: "… sykemeldt og vil ta fagbrev". */
const CONJUNCTIONS = new Set(['og', 'men', 'fordi', 'ettersom', 'samt', 'eller']);
const JOINS_CLAUSES = new Set([',', ...CONJUNCTIONS]);
const SENTENCE_END = new Set(['.', '!', '?', ';', ':', '\n']);
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c);

/**
 * The text cut at clause boundaries, clauses at even and boundaries at odd indexes: runs of sentence
 * ends, commas (not decimal commas) and conjunctions between spaces after a word. A scan, not a
 * regular expression: patterns like \s*[.!?]\s* or a look-behind over spaces, retried along long runs
 * of spaces or short clauses, grew quadratically.
 */
function splitClauses(text: string): string[] {
  const parts: string[] = [];
  let clauseStart = 0;
  const cut = (from: number, to: number) => {
    parts.push(text.slice(clauseStart, from), text.slice(from, to));
    clauseStart = to;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (SENTENCE_END.has(c)) {
      let j = i + 1;
      while (j < text.length && SENTENCE_END.has(text[j])) j++;
      cut(i, j);
      i = j;
    } else if (c === ',') {
      if (!/\d/.test(text[i + 1] ?? '')) cut(i, i + 1);
      i++;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < text.length && isLetter(text[j])) j++;
      if (isSpace(text[i - 1]) && isSpace(text[j]) && CONJUNCTIONS.has(text.slice(i, j).toLowerCase())) {
        // Only after a word: ", men" stays inside the clause the comma starts.
        let k = i - 1;
        while (k >= clauseStart && isSpace(text[k])) k--;
        if (k >= clauseStart && LETTER_OR_DIGIT.test(text[k])) cut(i, j);
      }
      i = j;
    } else {
      i++;
    }
  }
  parts.push(text.slice(clauseStart));
  return parts;
}

function sensitiveMarker(clause: string): string | undefined {
  if (HEALTH.test(clause)) return SENSITIVE_MARKERS.health;
  if (CRIMINAL.test(clause)) return SENSITIVE_MARKERS.criminal;
  return undefined;
}

const leadingSpace = (s: string) => s.slice(0, s.length - s.trimStart().length);
const trailingSpace = (s: string) => s.slice(s.trimEnd().length);

/** Replaces every clause that mentions health, benefits or a conviction; "[x] og [x]" becomes one "[x]". */
export function redactSensitiveClauses(text: string): string {
  if (!SENSITIVE.test(text)) return text;
  const parts = splitClauses(text);
  const out: string[] = [];
  // The last marker written, while only "," or conjunctions (held in `joins`) came after it.
  let open: { marker: string; index: number; leading: string } | undefined;
  let joins = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (i % 2 === 1) {
      if (open && JOINS_CLAUSES.has(part.toLowerCase())) {
        joins += part;
      } else {
        out.push(joins, part);
        joins = '';
        open = undefined;
      }
      continue;
    }
    const marker = sensitiveMarker(part);
    if (open && marker === open.marker) {
      out[open.index] = `${open.leading}${marker}${trailingSpace(part)}`;
      joins = '';
      continue;
    }
    out.push(joins);
    joins = '';
    open = undefined;
    if (marker === undefined) {
      out.push(part);
    } else {
      open = { marker, index: out.length, leading: leadingSpace(part) };
      out.push(`${open.leading}${marker}${trailingSpace(part)}`);
    }
  }
  out.push(joins);
  return out.join('');
}
