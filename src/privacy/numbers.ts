// Finds fødselsnummer/D-numbers and Norwegian phone numbers however the digits are grouped:
// "13097210181", "130972 10181", "1309 7210 181", "13.09.72 10181", "912 34 567", "912-34-567",
// "912 345 67", "+47 91234567", "0047 912 34 567".
//
// The text is cut into runs of digit groups joined by single separators (space, no-break space, '.',
// '-', '/'); within a run, windows of whole groups with 11 digits (national id) or 8 digits (phone,
// after an optional +47/0047) are checked. Windows span at most MAX_GROUPS groups, so the work is
// linear in the length of the text.
import { hasValidControlDigits, isLikelyNationalId, isNationalId } from './national-id';

export type NumberKind = 'nationalId' | 'phone';

export interface NumberSpan {
  start: number;
  end: number;
  kind: NumberKind;
}

// A run starts where no letter, digit, '_', '/' or '-' comes before it ("ref-91234567", "id_123"
// and "a1234567890" are identifiers, not numbers people wrote). Nothing follows the greedy groups, so
// the engine never backtracks into them.
const RUN = /(?<![\p{L}\p{N}_/-])\d+(?:[ \u00a0\u202f./-]\d+)*/gu;
const GROUP = /\d+/g;
/** Enough for 11 digits written one by one, plus a +47/0047 group. */
const MAX_GROUPS = 12;
/** 8 (phone), 10 (+47 and a phone), 11 (national id), 12 (0047 and a phone). */
const CANDIDATE_LENGTHS = new Set([8, 10, 11, 12]);
const MIN_CANDIDATE_DIGITS = Math.min(...CANDIDATE_LENGTHS);

interface Group {
  start: number;
  end: number;
  digits: string;
  /** The separator before this group ('' for the first of a run). */
  before: string;
}

function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  for (const m of run.matchAll(GROUP)) {
    const start = offset + (m.index ?? 0);
    groups.push({ start, end: start + m[0].length, digits: m[0], before: groups.length === 0 ? '' : run[(m.index ?? 0) - 1] });
  }
  return groups;
}

const SPACES = new Set([' ', '\u00a0', '\u202f']);

/** 11 digits together, or 6 + 5 with a space or hyphen: how fødselsnummer are written. */
function canonicalNationalIdGrouping(window: Group[]): boolean {
  if (window.length === 1) return true;
  return window.length === 2 && window[0].digits.length === 6 && (SPACES.has(window[1].before) || window[1].before === '-');
}

/** "45 000 000", "1.250.000": thousands separators, not a phone number. */
function thousandsGrouping(window: Group[]): boolean {
  return window.length > 1 && window[0].digits.length <= 3 && window.slice(1).every((g) => g.digits.length === 3 && g.before === window[1].before);
}

/** "24.12.2023", "2023-12-24", "1/2-2024": a date, not a phone number. */
function dateGrouping(window: Group[]): boolean {
  if (window.length !== 3 || window.some((g, i) => i > 0 && SPACES.has(g.before))) return false;
  const [a, b, c] = window.map((g) => g.digits);
  const dayMonth = (d: string, m: string) => Number(d) >= 1 && Number(d) <= 31 && Number(m) >= 1 && Number(m) <= 12;
  if (c.length === 4) return dayMonth(a, b);
  if (a.length === 4) return dayMonth(c, b);
  return false;
}

/** "2020-2023", "2019.2023", "2020/21": year ranges. */
function yearPair(window: Group[]): boolean {
  return window.length === 2 && !SPACES.has(window[1].before) && window[0].digits.length === 4;
}

function isPhone(window: Group[], digits: string): boolean {
  if (digits.length !== 8 || !/^[2-9]/.test(digits)) return false;
  if (window.some((g) => g.digits.length < 2)) return false;
  return !thousandsGrouping(window) && !dateGrouping(window) && !yearPair(window);
}

/** The 8 phone digits after a +47 (when `plus`) or 0047 prefix at the start of the window, if any. */
function withoutCountryCode(digits: string, plus: boolean): string | undefined {
  if (plus && digits.startsWith('47')) return digits.slice(2);
  if (digits.startsWith('0047')) return digits.slice(4);
  return undefined;
}

function classify(window: Group[], digits: string, plus: boolean): NumberKind | undefined {
  if (digits.length === 11) {
    if (isNationalId(digits)) return 'nationalId';
    if (canonicalNationalIdGrouping(window) && (hasValidControlDigits(digits) || isLikelyNationalId(digits))) return 'nationalId';
  }
  const local = withoutCountryCode(digits, plus);
  if (local !== undefined && local.length === 8 && /^[2-9]/.test(local)) return 'phone';
  if (isPhone(window, digits)) return 'phone';
  return undefined;
}

/** Spans of national ids and phone numbers in `text` (digits already ASCII), in order, not overlapping. */
export function findPersonalNumbers(text: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (const run of text.matchAll(RUN)) {
    // Fewer than 8 characters hold fewer than 8 digits: no candidate (most runs: years, line numbers, amounts).
    if (run[0].length < MIN_CANDIDATE_DIGITS) continue;
    const runStart = run.index ?? 0;
    const groups = groupsOf(run[0], runStart);
    // A last group glued to a letter ("91234567abc") belongs to an identifier.
    const glued = /[\p{L}_]/u.test(text[runStart + run[0].length] ?? '');
    const usable = glued ? groups.length - 1 : groups.length;
    // ".2001" after a number or a marker is a decimal or date part too (as it was before redaction).
    if (text[runStart - 1] === '.' && (runStart < 2 || !/[\p{L}\s]/u.test(text[runStart - 2]))) groups[0].before = '.';
    let i = 0;
    while (i < usable) {
      // Inside a run a number starts and ends only at a space: after '.' comes a decimal or a date
      // part, and "99999999-2222-…" (an id) or "2024/91234567" is not a phone number.
      if (i > 0 && !SPACES.has(groups[i].before)) {
        i++;
        continue;
      }
      if (i === 0 && groups[0].before === '.') {
        i++;
        continue;
      }
      const plus = i === 0 ? text[runStart - 1] === '+' : false;
      let found: { end: number; kind: NumberKind } | undefined;
      let digits = '';
      for (let j = i; j < Math.min(usable, i + MAX_GROUPS); j++) {
        digits += groups[j].digits;
        if (digits.length > 12) break;
        if (!CANDIDATE_LENGTHS.has(digits.length)) continue;
        if (j + 1 < groups.length && !SPACES.has(groups[j + 1].before)) continue;
        const kind = classify(groups.slice(i, j + 1), digits, plus);
        // A longer window replaces a shorter one unless that would turn a national id into a phone.
        if (kind && (!found || kind === 'nationalId' || found.kind === 'phone')) found = { end: j, kind };
      }
      if (found) {
        const start = plus ? groups[i].start - 1 : groups[i].start;
        spans.push({ start, end: groups[found.end].end, kind: found.kind });
        i = found.end + 1;
      } else {
        i++;
      }
    }
  }
  return spans;
}
