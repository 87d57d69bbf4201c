// Registered with NAV as a job seeker: "registrert hos NAV", "får dagpenger", "på tiltak fra NAV",
// "arbeidstrening gjennom NAV", "AMO-kurs" → true; "ikke registrert hos NAV" → false.
import { wordAt } from './clauses';
import { answeredNo, stating, spanOfWords, type Finding, type Reading } from './reading';

const NAV = '(?:nav|nav-kontoret|navkontoret|nav-kontor)';
const POSITIVE = new RegExp(
  [
    `registrert (?:som )?(?:arbeidssøker |jobbsøker |ledig |arbeidsledig )?(?:(?:hos|på|i|med|ved|via|gjennom|til) )?${NAV}`,
    `(?:registrert|meldt) (?:som )?(?:arbeidssøker|jobbsøker)`,
    `meldt (?:meg )?(?:som arbeidssøker )?(?:hos|til|i|på) ${NAV}`,
    '(?:meldt|registrert) (?:meg )?(?:som )?(?:ledig|arbeidsledig)',
    `(?:arbeidssøker|jobbsøker) (?:hos|i|via|gjennom|på|registrert hos) ${NAV}`,
    'nav-registrert',
    '(?:får|mottar|går på|har|på|lever av|fått innvilget) (?:\\S+ )?dagpenger',
    '^dagpenger(?: |$)',
    `jobbklubb(?:en)? (?:hos|i|på|via|gjennom|fra) ${NAV}`,
    // Jobbklubb is a NAV tiltak wherever it is held.
    '(?:på|går på|er på|deltar på|deltar i) (?:en )?jobbklubb(?:en)?',
    `(?:nav-)?tiltak (?:fra|gjennom|i regi av|via|hos|på) ${NAV}`,
    'på (?:et |en )?(?:nav-tiltak|tiltak|arbeidsmarkedstiltak|amo-kurs)',
    'nav-tiltak',
    '(?:på|i) (?:et |en )?nav tiltak',
    'amo-kurs',
    `(?:arbeidstrening|arbeidspraksis|arbeidsutprøving|praksisplass|lønnstilskudd) (?:\\S+ ){0,3}(?:gjennom|via|fra|i regi av|hos) ${NAV}`,
    // "NAV har sendt meg på arbeidspraksis": a tiltak NAV put them on.
    `${NAV} (?:har )?(?:sendt|satt|plassert|meldt) meg (?:på|i|ut i|til) (?:\\S+ ){0,2}(?:arbeidstrening|arbeidspraksis|arbeidsutprøving|praksisplass|tiltak|nav-tiltak|kurs|jobbklubb|amo-kurs)`,
    // A course through NAV is a tiltak (AMO): "går på kurs via NAV", "on a NAV course".
    `(?:på|går på|er på|har) (?:et |en )?(?:kurs|kurset|opplæring) (?:\\S+ ){0,2}(?:fra|gjennom|via|i regi av|hos) ${NAV}`,
    `(?:på|går på|er på) (?:et |en )?${NAV}[- ]?kurs(?:et)?`,
    `(?:står|er) (?:\\S+ )?(?:tilmeldt|innmeldt) (?:hos |på |i |til )?${NAV}`,
    // Meldekort are sent by job seekers (and by those on AAP: see MELDEKORT_FOR_AAP).
    '(?:sender|leverer|fyller ut|går på|er på|send|sends) (?:\\S+ ){0,2}meldekort(?:et|ene)?',
  ].join('|'),
  'u',
);
const NEGATIVE = new RegExp(`(?:ikke|aldri) (?:\\S+ ){0,2}(?:registrert|meldt)(?: \\S+){0,3} ${NAV}(?: |$)|(?:ikke|aldri) (?:\\S+ )?(?:arbeidssøker|jobbsøker) (?:hos|i|på) ${NAV}`, 'u');

const NOT = new Set(['ikke', 'aldri']);
/** Meldekort are also sent for arbeidsavklaringspenger: then they say nothing of job seeking. */
const MELDEKORT_FOR_AAP = /(?:^| )(?:aap|arbeidsavklaringspenger)(?: |$)/u;

export function readNav(reading: Reading): Finding<'navJobSeeker'>[] {
  const out: Finding<'navJobSeeker'>[] = [];
  for (const [clause, index] of stating(reading)) {
    const negative = NEGATIVE.exec(clause.text);
    const positive = negative ? null : POSITIVE.exec(clause.text);
    const m = negative ?? positive;
    if (!m || (!negative && / (?:ikke|aldri|ingen) /u.test(` ${m[0]} `))) continue;
    if (!negative && m[0].includes('meldekort') && reading.clauses.some((c) => MELDEKORT_FOR_AAP.test(c.text))) continue;
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
