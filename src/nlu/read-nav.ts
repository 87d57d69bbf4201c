// Registered with NAV as a job seeker: "registrert hos NAV", "får dagpenger", "på tiltak fra NAV",
// "arbeidstrening gjennom NAV", "AMO-kurs" → true; "ikke registrert hos NAV" → false.
import { wordAt } from './clauses';
import { answeredNo, stating, spanOfWords, type Finding, type Reading } from './reading';

const NAV = '(?:nav|nav-kontoret|navkontoret|nav-kontor)';
const POSITIVE = new RegExp(
  [
    `registrert (?:som )?(?:arbeidssøker |jobbsøker |ledig |arbeidsledig )?(?:hos|på|i|med|ved|via|gjennom|til) ${NAV}`,
    `(?:registrert|meldt) (?:som )?(?:arbeidssøker|jobbsøker)`,
    `meldt (?:meg )?(?:som arbeidssøker )?(?:hos|til|i|på) ${NAV}`,
    '(?:meldt|registrert) (?:meg )?(?:som )?(?:ledig|arbeidsledig)',
    `(?:arbeidssøker|jobbsøker) (?:hos|i|via|gjennom|på|registrert hos) ${NAV}`,
    'nav-registrert',
    '(?:får|mottar|går på|har|på|lever av|fått innvilget) (?:\\S+ )?dagpenger',
    '^dagpenger(?: |$)',
    `jobbklubb(?:en)? (?:hos|i|på|via|gjennom|fra) ${NAV}`,
    `(?:nav-)?tiltak (?:fra|gjennom|i regi av|via|hos|på) ${NAV}`,
    'på (?:et |en )?(?:nav-tiltak|tiltak|arbeidsmarkedstiltak|amo-kurs)',
    'nav-tiltak',
    'amo-kurs',
    `(?:arbeidstrening|arbeidspraksis|arbeidsutprøving|praksisplass|lønnstilskudd) (?:\\S+ ){0,3}(?:gjennom|via|fra|i regi av|hos) ${NAV}`,
  ].join('|'),
  'u',
);
const NEGATIVE = new RegExp(`(?:ikke|aldri) (?:\\S+ ){0,2}(?:registrert|meldt)(?: \\S+){0,3} ${NAV}(?: |$)|(?:ikke|aldri) (?:\\S+ )?(?:arbeidssøker|jobbsøker) (?:hos|i|på) ${NAV}`, 'u');

const NOT = new Set(['ikke', 'aldri']);

export function readNav(reading: Reading): Finding<'navJobSeeker'>[] {
  const out: Finding<'navJobSeeker'>[] = [];
  for (const [clause, index] of stating(reading)) {
    const negative = NEGATIVE.exec(clause.text);
    const positive = negative ? null : POSITIVE.exec(clause.text);
    const m = negative ?? positive;
    if (!m || (!negative && / (?:ikke|aldri|ingen) /u.test(` ${m[0]} `))) continue;
    let from = wordAt(clause, m.index + (m[0].startsWith(' ') ? 1 : 0));
    const to = wordAt(clause, m.index + m[0].length - 1) + 1;
    // "ikke registrert som arbeidssøker"
    const undone = !negative && from > 0 && NOT.has(clause.words[from - 1].w);
    if (undone) from--;
    // "Registrert hos NAV: nei"
    const no = answeredNo(reading, index);
    out.push({ field: 'navJobSeeker', value: !negative && !undone && !no, span: spanOfWords(clause, from, to), clause: index });
  }
  return out;
}
