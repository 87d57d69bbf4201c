// Age in whole years, as stated: "jeg er 34 år", "Er 45 og bor i Våler", "æ e 38", "Eg er femtifem",
// "34 år gammel", "en kvinne på 38", "I'm 41", and the case-note forms "Bruker er 44 år",
// "Mann, 57 år, bosatt …", "(41 år)", "hei! 31 år, bor i …". A birth year is not converted.
import { wordAt, type Clause } from './clauses';
import { isCorrection, stating, spanOfWords, type Finding, type Reading } from './reading';

const MIN_AGE = 15;
const MAX_AGE = 99;
const PERSON = '(?:jeg|vi|hun|han|bruker(?:en)?|kandidat(?:en)?|deltaker(?:en)?|søker(?:en)?|klient(?:en)?|elev(?:en)?|personen|mann(?:en)?|kvinne(?:n)?|dame(?:n)?)';
const N = '(\\d{1,3})';
/** After the number: the clause ends, or another word (checked in fromClause). */
const AFTER = '(?: |$)';

/** "en kvinne på 38", "mann på 57 år" */
const PERSON_OF_AGE = new RegExp(`(?:^| )(?:kvinne|mann|dame|fyr|kar|person|mor|far|mamma|pappa|gutt|jente|woman|man|guy) på ${N}(?: år)?(?: |$)`, 'u');

/** "Kandidat 31 år", "Kvinne 44 år fra Eritrea", "Mann, 57 år" (the comma makes its own clause: see wholeClause). */
const NOTE_PERSON = new RegExp(`^(?:(?:bruker|kandidat|deltaker|søker|klient|elev|mann|kvinne|dame|gutt|jente)(?:en)?|candidate|client|participant) ${N}(?: år)?(?: |$)`, 'u');

const PATTERNS: RegExp[] = [
  // "jeg er 34 (år)", "er 45 og …" (a clause that starts with "er"), "Bruker er 44 år"
  new RegExp(`(?:^(?:hei |hallo |heisann |hei hei )?(?:og |men |så |og så )?|(?:^| )${PERSON} )(?:er|e) (?:nå |bare |altså |akkurat |faktisk |en |ei |et )?${N}${AFTER}`, 'u'),
  // "nå er jeg 34", "og er jeg 45"
  new RegExp(`(?:^|(?:^| )(?:nå|no|og|så|i dag|da)) (?:er|e) (?:jeg|eg|æ|je) (?:nå |snart )?${N}${AFTER}`, 'u'),
  // "34 år gammel", "34-åring"
  new RegExp(`(?:^| )${N} år (?:gammel|gml)(?: |$)`, 'u'),
  new RegExp(`(?:^| )${N}[- ]?(?:åring|årig|åringen|year-old)(?: |$)`, 'u'),
  PERSON_OF_AGE,
  // "alder 34", "age 41"
  new RegExp(`(?:^| )(?:alder|alderen|age) (?:er |på )?${N}(?: |$)`, 'u'),
  NOTE_PERSON,
];

/** A clause that is only an age: "31 år", "(41 år)", "56 år og …". */
const WHOLE_CLAUSE = new RegExp(`^${N} år(?: gammel| gml)?(?: og .*)?$`, 'u');
/** "me 45 years", "I have 41 years" as read: only in an English message, only as the whole clause, only an adult's age. */
const LEARNER_AGE = /^(?:meg|jeg har) (\d{1,2}) år(?: gammel)?$/u;
const ADULT_FROM = 18;
const ADULT_TO = 70;
/** A clause that is only a number, after "I'm Maria" or "Kvinne": "29". */
const BARE_NUMBER = new RegExp(`^${N}$`, 'u');
const NAMED = /^(?:jeg er|jeg heter|heter|navn|name|alder|age|bruker|brukeren|kandidat|kandidaten|deltaker|søker|klient|kvinne|mann|dame|gutt|jente|hei|hi)(?: |$)/u;
/** "Henvendelse fra kvinne (33)": a word for the person right before the number. */
const PERSON_LAST = /(?:^| )(?:kvinne|kvinnen|mann|mannen|bruker|brukeren|kandidat|kandidaten|deltaker|deltakeren|søker|søkeren|klient|klienten|dame|gutt|jente|woman|man)$/u;
/** A number before these is an amount, not an age: "er 80 prosent", "er 20 år i bransjen". */
const NOT_AGE_AFTER = new Set(['prosent', 'års', 'timer', 'kroner', 'kr', 'km', 'minutter', 'mil', 'dager', 'uker', 'måneder', 'stk', 'barn', 'ganger', 'personer']);
/** "erfaring: 6 år", "praksis, 3 år": a number of years after these is not an age. */
const NOT_AGE_BEFORE = /(?:erfaring|praksis|ansiennitet|fartstid|stilling|jobbet|arbeidet|botid|skole|skolegang|utdanning)$/u;

/** "20 år i bransjen", "5 år siden": years of something else, not an age. */
const YEARS_OF_SOMETHING = new Set(['i', 'som', 'på', 'siden', 'til', 'med', 'av', 'erfaring', 'praksis', 'fra', 'hos', 'ved', 'unna', 'igjen', 'etter']);

function inRange(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_AGE && n <= MAX_AGE;
}

/** "Arbeider ved Celsa som operatør, 100 %, 15 år.": after work in the same sentence, "N år" is how long. */
const WORK_BEFORE = /(?:^| )(?:jobber|jobbet|arbeider|arbeidet|ansatt|erfaring|praksis|stilling|prosent|fulltid|deltid)(?: |$)/u;

/** Whether a clause before this one in its sentence is about work. */
function workBefore(reading: Reading, index: number): boolean {
  const sentence = reading.clauses[index].sentence;
  for (let k = index - 1; k >= 0 && reading.clauses[k].sentence === sentence; k--) if (WORK_BEFORE.test(reading.clauses[k].text)) return true;
  return false;
}

/** Every way of saying an age below has the number in digits (number words are read as digits). */
const DIGIT = /\d/u;

function fromClause(reading: Reading, index: number, previous: Clause | undefined, sentenceStart: boolean): { age: number; from: number; to: number } | undefined {
  const clause = reading.clauses[index];
  if (!DIGIT.test(clause.text)) return undefined;
  for (const re of PATTERNS) {
    const m = re.exec(clause.text);
    if (!m) continue;
    const age = Number(m[1]);
    const start = m.index + (m[0].startsWith(' ') ? 1 : 0);
    const i = wordAt(clause, clause.text.indexOf(m[1], start));
    const next = clause.words[i + 1]?.w;
    const afterYears = clause.words[i + 2]?.w;
    // "en mann på 48 år fra Irak": said of the person, the years are their age whatever follows.
    const ofPerson = re === PERSON_OF_AGE || re === NOTE_PERSON;
    // "kom til Norge som 16-åring", "som 16 år gammel": an age then, not now.
    if (clause.words[i - 1]?.w === 'som') continue;
    if ((next !== undefined && NOT_AGE_AFTER.has(next)) || (!ofPerson && next === 'år' && afterYears !== undefined && YEARS_OF_SOMETHING.has(afterYears))) continue;
    if (inRange(age)) return { age, from: wordAt(clause, start), to: next === 'år' ? i + 2 : i + 1 };
  }
  // "Jeg spør for sønnen min på 19": the age of the person the message is written for.
  const person = reading.writtenFor?.person;
  const ofThem = person ? new RegExp(`(?:^| )${person}(?: min| mi| mitt)? (?:på|er) ${N}(?: år)?(?: |$)`, 'u').exec(clause.text) : null;
  if (ofThem && inRange(Number(ofThem[1]))) {
    const i = wordAt(clause, clause.text.indexOf(` ${ofThem[1]}`, ofThem.index) + 1);
    return { age: Number(ofThem[1]), from: i - 1, to: clause.words[i + 1]?.w === 'år' ? i + 2 : i + 1 };
  }
  const previousText = previous && previous.sentence === clause.sentence ? previous.text : '';
  const whole = WHOLE_CLAUSE.exec(clause.text);
  if (whole && inRange(Number(whole[1])) && (sentenceStart || previousText) && !NOT_AGE_BEFORE.test(previousText) && !workBefore(reading, index)) {
    return { age: Number(whole[1]), from: 0, to: 2 };
  }
  // Learners' English: "Me 45 years", "I have 41 years" (as said in many languages), a clause of its own.
  const learner = reading.message.english ? LEARNER_AGE.exec(clause.text) : null;
  // After work is told anywhere before ("I work in a warehouse. I have 20 years."), the years may be how long.
  const workTold = reading.clauses.slice(0, index).some((c) => WORK_BEFORE.test(c.text));
  if (learner && Number(learner[1]) >= ADULT_FROM && Number(learner[1]) <= ADULT_TO && !workTold) {
    return { age: Number(learner[1]), from: 0, to: clause.words.length };
  }
  const bare = BARE_NUMBER.exec(clause.text);
  // "Kari, 55, …": a name that opens the message, then a number on its own.
  const name = previous !== undefined && previousText !== '' && previous.words.length === 1 && previous.words[0].upper && previous.words[0].start === 0 && /^\p{L}+$/u.test(previous.words[0].lower);
  if (bare && inRange(Number(bare[1])) && (NAMED.test(previousText) || PERSON_LAST.test(previousText) || name)) return { age: Number(bare[1]), from: 0, to: 1 };
  // "41, Stavanger, 7 år lager …": a note that opens with a number on its own, an adult's age, before more of the note.
  const opensNote = index === 0 && clause.words[0]?.start === 0 && reading.clauses[1]?.sentence === clause.sentence;
  if (bare && opensNote && Number(bare[1]) >= ADULT_FROM && Number(bare[1]) <= ADULT_TO) return { age: Number(bare[1]), from: 0, to: 1 };
  return undefined;
}

export function readAge(reading: Reading): Finding<'age'>[] {
  const out: Finding<'age'>[] = [];
  for (const [clause, index] of stating(reading)) {
    const previous = reading.clauses[index - 1];
    const sentenceStart = !previous || previous.sentence !== clause.sentence;
    const found = fromClause(reading, index, previous, sentenceStart);
    if (!found) continue;
    out.push({
      field: 'age',
      value: found.age,
      span: spanOfWords(clause, found.from, found.to),
      clause: index,
      correction: isCorrection(reading, clause),
    });
  }
  return out;
}
