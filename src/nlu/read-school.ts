// Finished grunnskole and videregående: "har fullført grunnskolen", "ferdig med ungdomsskolen",
// "Fullført vgs", "har grunnskole" → true; "har ikke fullført …", "droppet ut av vgs", "… men ikke
// videregående", "gikk ett år på vgs, men fullførte ikke" → false. Negation counts only for the school
// it stands before ("ikke bare grunnskole" is more than grunnskole). School taken abroad without
// saying it is equivalent ("grunnskole fra Afghanistan", "videregående fra Polen") is not read: the
// dialog asks whether it counts as equivalent. Nothing is inferred from a higher level.
import type { ProfileField } from '../catalogue/schema';
import type { Clause } from './clauses';
import { stating, spanOfWords, type Finding, type Reading } from './reading';

type SchoolField = Extract<ProfileField, 'completedPrimarySchool' | 'completedUpperSecondary'>;

const PRIMARY = new Set(['grunnskole', 'grunnskolen', 'grunnskoleutdanning', 'grunnskoleopplæring', 'ungdomsskole', 'ungdomsskolen', 'ungdomsskulen', 'grunnskule', 'grunnskulen', '10-klasse', 'tiendeklasse']);
const UPPER = new Set([
  'videregående', 'vgs', 'vidaregåande', 'studiekompetanse', 'studiekompetansen', 'yrkeskompetanse', 'artium', 'vg3', 'vk2', 'studiespesialisering', 'studiespesialiserende',
  'studieforberedende', 'videregåendeskole', 'landbruksskole', 'landbruksskolen', 'naturbruksskole', 'naturbruksskolen', 'påbygg', 'påbygging', 'påbyggingsåret', 'allmennfag', 'allmennfaget', 'allmennfaglig', 'allmennfagleg', 'gymnas', 'gymnaset', 'gymnasium',
]);
/** "10. klasse", "tiende klasse": the last year of grunnskole. */
const TENTH_GRADE = new Set(['10', 'tiende']);
const GRADE = new Set(['klasse', 'trinn', 'klassen', 'trinnet']);
const COMPLETED = new Set(['fullført', 'fullførte', 'ferdig', 'tatt', 'tok', 'bestått', 'besto', 'avsluttet', 'gjennomført', 'gjennomførte', 'har', 'gått', 'fått', 'med', 'ikke-bare', 'vitnemål', 'diploma']);
/** Leaving school: "sluttet", "droppet ut", "hoppet av", "avbrøt". */
const LEFT = new Set(['sluttet', 'droppet', 'hoppet', 'hoppa', 'avbrøt']);
const NOT_COMPLETED = new Set(['ikke', 'aldri', 'uten', 'droppet', 'sluttet', 'avbrøt', 'avbrutt', 'hoppet', 'mangler', 'ingen', 'strøk', 'stryk']);
/** Wishes and plans: "vil fullføre videregående", "skal ta vgs". */
const PLANS = new Set(['vil', 'ønsker', 'skal', 'planlegger', 'håper', 'må', 'trenger', 'begynne', 'begynt', 'starte', 'startet', 'går', 'tar', 'holder', 'søke', 'søkt', 'ta', 'fullføre', 'gjøre', 'lyst']);
/** "… men fullførte ikke": a clause that negates the school named just before. */
const ELLIPTIC_NOT = /(?:^| )(?:fullførte|fullført|fullfører|fullføre|ble|gjorde) (?:jeg |eg )?(?:ikke|aldri)(?: ferdig)?(?: |$)|(?:^| )(?:ikke|aldri) (?:fullført|fullføre|fullførte|ferdig)(?: \S+)?$|^(?:men |og )?(?:jeg |eg )?(?:sluttet|droppet ut|hoppet av|avbrøt|ga opp)(?: |$)/u;
/** "… og fullførte det", "… and finished it": the school named in the clause before was finished. */
const ELLIPTIC_DONE = /^(?:og |men )?(?:jeg |eg )?(?:fullførte|fullført|fullført den|fullførte den|ble ferdig|gjorde ferdig|tok|besto)(?: jeg)?(?: det| den| den også| det også)?(?: i (?:19|20)\d\d| i fjor)?$/u;
const DONE_AFTER = /(?:^| )og (?:jeg |eg )?(?:(?:fullførte|fullført|besto) (?:det|den)|(?:har )?(?:bestått|besto|fullført|fullførte) (?:alt|alle fag|alle fagene))$/u;
/** The first years of videregående on their own. */
const PART_YEARS = new Set(['vg1', 'vg2', 'vk1', 'grunnkurs', 'grunnkurset']);
/** Said beside vg1/vg2, these mean more was done: vg3, an apprenticeship, a certificate. */
const MORE_THAN_PART = /(?:^| )(?:vg3|fagbrev|fagbrevet|svennebrev|svennebrevet|lærling|læretid|læretiden|lærlingtid|studiekompetanse|påbygg|påbygging)(?: |$)/u;
/** "10 års skolegang", "10 år skole". */
const YEARS_OF_SCHOOL = /(?:^| )(\d{1,2}) (?:år|års) (?:av )?(?:skole|skolegang|grunnskole)(?: |$)/u;
/** School without a level: "12 år skole", "skolegang", "school". */
const GENERAL_SCHOOL = /(?:^| )(?:skole|skolen|skolegang|skolegangen|skolene|utdanning|utdanningen)(?: |$)/u;
const LOOKBACK = 6;
/** A time in the past: "i fjor", "i 2015", "for to år siden". */
const PAST_DATE = /(?:^| )(?:i fjor|i (?:19|20)\d\d|for (?:\S+ ){1,2}siden)(?: |$)/u;
/** Programmes of videregående named by their subject: "ett år på helse og oppvekst". */
const PROGRAMMES = new Set(['oppvekst', 'oppvekstfag', 'helsefag', 'byggfag', 'elektrofag', 'naturbruk', 'matfag', 'restaurantfag', 'tip', 'yrkesfag', 'yrkesfaglig', 'medier', 'påbygg']);
/** Education after school: "… og 3 år med sykepleiestudier, men fullførte ikke" is about these. */
const OTHER_EDUCATION = /^(?:\p{L}*studier|\p{L}*studiet|studiene|studere|studerte|studert|bachelor\p{L}*|master\p{L}*|universitet\p{L}*|høgskole\p{L}*|høyskole\p{L}*|fagskole\p{L}*|\p{L}*kurs|\p{L}*kurset|lærlingtid|læretid\p{L}*|college|university)$/u;
const SCHOOL_LABEL = /^(?:utdanning|utdanningen|utdannelse|utdannelsen|skolegang|skolegangen|skole|education|school|skolebakgrunn|utdanningsbakgrunn)$/u;
/** "Min utdanning:", "Høyeste utdanning:", "My education:". */
const LABEL_WORDS = new Set(['min', 'mi', 'mitt', 'my', 'høyeste', 'fullført', 'tidligere', 'highest']);
const ATTENDED = new Set(['år', 'års', 'semester', 'semestre', 'halvår', 'måneder', 'uker']);
const BEYOND = new Set(['utover', 'etter', 'enn', 'bortsett', 'utenom', 'beyond', 'after', 'than']);
/** "bare grunnskole", "kun ungdomsskole": that school and nothing after it. */
const ONLY = new Set(['bare', 'kun', 'only', 'just']);
/** "litt videregående", "deler av vgs": some of it, not finished. */
const PARTLY = new Set(['litt', 'noe', 'delvis', 'deler', 'halvveis', 'halvferdig', 'påbegynt', 'påbegynte', 'some', 'part']);
/** "… fra Norge": the negation is about where the school was taken, not whether it was. */
const NOT_FROM_NORWAY = /^(?:fra|i|in|from) (?:norge|noreg|norway)$/u;
/** "mangler to fag", "mangler vitnemål": not finished. */
const MISSING_SUBJECTS = /(?:^| )(?:(?:mangler|manglar|mangle) (?:\S+ )?(?:fag|fagene|vitnemål|vitnemålet|eksamen|eksamener)|(?:strøk|stryk|strauk) (?:i|på) (?!fagprøven|fagprøve|svenneprøven|svenneprøve)\S+)(?: |$)/u;
/** "Grunnskole: ja", "Videregående: nei". */
const YES_NO = /^(ja|nei|yes|no|fullført|bestått)$/u;

/** Every word a school finding can start at, besides numbers ("10. klasse", "sluttet i 8. klasse"). */
const SCHOOL_WORDS = new Set([...PRIMARY, ...UPPER, ...PART_YEARS, ...TENTH_GRADE]);

export interface SchoolReading {
  findings: Finding<SchoolField>[];
  /** School mentioned as taken abroad, without saying it is equivalent: ask. */
  abroad: SchoolField[];
}

function fieldOf(word: string, next: string | undefined): SchoolField | undefined {
  if (PRIMARY.has(word) || (TENTH_GRADE.has(word) && next !== undefined && GRADE.has(next))) return 'completedPrimarySchool';
  if (UPPER.has(word)) return 'completedUpperSecondary';
  return undefined;
}

function isAbroad(reading: Reading, clause: Clause, from: number): boolean {
  for (let k = from; k < clause.words.length; k++) {
    const w = clause.words[k].w;
    if (reading.abroad.has(w)) return true;
  }
  for (let k = 0; k < from; k++) if (reading.abroad.has(clause.words[k].w)) return true;
  return false;
}

export function readSchool(reading: Reading): SchoolReading {
  const findings: Finding<SchoolField>[] = [];
  const abroad: SchoolField[] = [];
  let last: { field: SchoolField; sentence: number } | undefined;
  /** A school named without saying whether it was finished ("gikk på videregående i Norge"). */
  let pending: { field: SchoolField; sentence: number; clause: number } | undefined;
  for (const [clause, index] of stating(reading)) {
    const words = clause.strings;
    let found = false;
    let upperFound = false;
    // "Grunnskole og vg1.": the schools a person has, listed.
    const list = words.every((w) => w === 'og' || PART_YEARS.has(w) || fieldOf(w, undefined) !== undefined);
    for (let i = 0; i < words.length; i++) {
      // Most words are no school and no number: nothing below can start at them.
      if (clause.words[i].num === undefined && !SCHOOL_WORDS.has(words[i])) continue;
      if (PART_YEARS.has(words[i]) && !upperFound) {
        // "har bare vg1", "fullførte vg2 elektro", "har grunnskole og vg1": the first years, not all of videregående.
        const before = words.slice(Math.max(0, i - 3), i);
        // ("sluttet etter vg1", "droppa ut etter vg2", "dropped out after vg2": left after those years.)
        const leftAfter =
          (words[i - 1] === 'etter' || words[i - 1] === 'after') && (LEFT.has(words[i - 2] ?? '') || ((words[i - 2] === 'ut' || words[i - 2] === 'av' || words[i - 2] === 'out') && LEFT.has(words[i - 3] ?? '')));
        const said = list || leftAfter || before.some((w) => ONLY.has(w) || w === 'fullført' || w === 'fullførte' || w === 'tok' || w === 'har');
        const sentence = reading.clauses.filter((c) => c.sentence === clause.sentence).map((c) => c.text).join(' ');
        if (said && !before.some((w) => PLANS.has(w) && w !== 'tar') && !MORE_THAN_PART.test(sentence)) {
          findings.push({ field: 'completedUpperSecondary', value: false, span: spanOfWords(clause, Math.max(0, i - 1), i + 1), clause: index });
          found = true;
          upperFound = true;
          last = { field: 'completedUpperSecondary', sentence: clause.sentence };
          continue;
        }
      }
      const field = fieldOf(words[i], words[i + 1]);
      if (!field) {
        // "sluttet i 8. klasse": left before grunnskole was done.
        const grade = clause.words[i].num;
        if (grade !== undefined && grade < 10 && GRADE.has(words[i + 1] ?? '') && words.slice(Math.max(0, i - 4), i).some((w) => w === 'sluttet' || w === 'droppet' || w === 'avbrøt')) {
          findings.push({ field: 'completedPrimarySchool', value: false, span: spanOfWords(clause, Math.max(0, i - 3), i + 2), clause: index });
          found = true;
        }
        continue;
      }
      found = true;
      if (field === 'completedUpperSecondary') upperFound = true;
      last = { field, sentence: clause.sentence };
      const window = words.slice(Math.max(0, i - LOOKBACK), i);
      // "videregående skole er fullført": the word "skole" after the level is part of its name.
      const nameTail = words[i + 1] === 'skole' || words[i + 1] === 'skolen' ? 1 : 0;
      const after = words.slice(i + 1 + nameTail, i + 3 + nameTail);
      // "to år på videregående", "gått tre år på vgs": attending, not finishing.
      const attended = ((words[i - 1] === 'på' && ATTENDED.has(words[i - 2] ?? '')) || ATTENDED.has(words[i - 1] ?? '')) && !(field === 'completedPrimarySchool' && (clause.words[i - 2]?.num ?? 0) >= 9);
      // "Utdanning: grunnskole": stated under a label as their schooling.
      const label = index > 0 && reading.clauses[index - 1].sentence === clause.sentence ? reading.clauses[index - 1].words : [];
      const labelled = i === 0 && label.length > 0 && label.length <= 3 && label.some((w) => SCHOOL_LABEL.test(w.w)) && label.every((w) => SCHOOL_LABEL.test(w.w) || LABEL_WORDS.has(w.w));
      // "ett år på vgs", "gikk to år på videregående": one or two years of it (no vg3, no certificate) is not all of it.
      const yearsAttended = attended ? clause.words[words[i - 1] === 'på' ? i - 3 : i - 2]?.num : undefined;
      const partOnly =
        field === 'completedUpperSecondary' &&
        yearsAttended !== undefined &&
        yearsAttended <= 2 &&
        !window.some((w) => PLANS.has(w) && w !== 'tok') &&
        !MORE_THAN_PART.test(reading.clauses.filter((c) => c.sentence === clause.sentence).map((c) => c.text).join(' ')) &&
        !isAbroad(reading, clause, i);
      // "I finish grunnskole last year": learners' English puts the past in the present; a date in the past says it was done.
      const finishedThen = reading.message.english && (window.includes('fullføre') || window.includes('ta')) && PAST_DATE.test(clause.text);
      const planned = !finishedThen && ((attended && !partOnly) || (window.some((w) => PLANS.has(w)) && !window.some((w) => w === 'fullført' || w === 'ferdig')));
      const only = field === 'completedPrimarySchool' && window.slice(-2).some((w) => ONLY.has(w));
      const partly = window.slice(-2).some((w) => PARTLY.has(w));
      // "ingen utdanning utover grunnskolen": the negation is about more than this school.
      const beyond = window.some((w) => BEYOND.has(w));
      const missing = MISSING_SUBJECTS.test(reading.clauses.filter((c) => c.sentence === clause.sentence).map((c) => c.text).join(' '));
      // "videregående har jeg ikke": the school put first, the verb and its negation after it.
      const topicalised = (after[0] === 'har' || after[0] === 'fullførte' || after[0] === 'tok') && (after[1] === 'jeg' || after[1] === 'eg');
      const negatedAfter =
        after[0] === 'ikke' || ((after[0] === 'er' || after[0] === 'ble') && after[1] === 'ikke') || (topicalised && (words[i + 3 + nameTail] === 'ikke' || words[i + 3 + nameTail] === 'aldri'));
      // "høyeste utdanning er videregående", "utdanningen min er vgs".
      const named = words[i - 1] === 'er' && window.some((w) => SCHOOL_LABEL.test(w));
      // "10 år grunnskole": all of it.
      // "went to high school and finished it": finishing told after the school, in the same clause.
      const doneAfter = DONE_AFTER.test(words.slice(i + 1).join(' '));
      const allYears = field === 'completedPrimarySchool' && (words[i - 1] === 'år' || words[i - 1] === 'års') && (clause.words[i - 2]?.num ?? 0) >= 9;
      const negated = (!beyond && window.some((w) => NOT_COMPLETED.has(w))) || negatedAfter || (after[0] === 'uten' && !after[1]) || missing || partly || partOnly;
      // "gikk ut av ungdomsskolen" is finishing it; "droppet ut av" is not.
      const outOf = i >= 2 && words[i - 2] === 'ut' && (words[i - 1] === 'av' || words[i - 1] === 'fra');
      const nextClause = reading.clauses[index + 1];
      const answered = i === words.length - 1 && nextClause?.sentence === clause.sentence ? YES_NO.exec(nextClause.text)?.[1] : undefined;
      // "Etter videregående begynte jeg i jobb": what comes after it was done.
      const afterIt = (words[i - 1] === 'etter' || words[i - 1] === 'after') && !window.some((w) => NOT_COMPLETED.has(w));
      // "Grunnskole fra Norge, videregående fra Polen.": a list of the schools the person has.
      const listed = (i === 0 && (words.length === 1 || (words.length === 3 && (words[1] === 'fra' || words[1] === 'i')) || (words.length === 2 && clause.words[1].num !== undefined))) || (list && words.length > 1);
      const completed =
        finishedThen ||
        window.some((w) => COMPLETED.has(w)) || outOf || labelled || listed || only || afterIt || named || allYears || doneAfter || (topicalised && !negatedAfter) ||
        after[0] === 'fullført' || after[0] === 'ferdig' || (after[0] === 'er' && (after[1] === 'fullført' || after[1] === 'ferdig' || after[1] === 'bestått')) || (answered !== undefined && answered !== 'nei' && answered !== 'no');
      if (answered === 'nei' || answered === 'no') {
        findings.push({ field, value: false, span: spanOfWords(clause, i, i + 1), clause: index });
        continue;
      }
      if (planned && !negated && !doneAfter) continue;
      if (!negated && !completed) {
        pending = { field, sentence: clause.sentence, clause: index };
        continue;
      }
      const fromNorway = NOT_FROM_NORWAY.test(words.slice(i + 1, i + 3).join(' '));
      if ((!negated || fromNorway) && isAbroad(reading, clause, i)) {
        if (!abroad.includes(field)) abroad.push(field);
        continue;
      }
      if (negated && fromNorway && !partly) {
        // "har ikke grunnskole fra Norge": school from elsewhere, which the dialog asks about.
        if (!abroad.includes(field)) abroad.push(field);
        continue;
      }
      const left = beyond && (window.some((w) => NOT_COMPLETED.has(w)) || window.includes('ut'));
      if (window.includes('ikke-bare') || left || only) {
        const span = spanOfWords(clause, Math.max(0, i - 2), i + 1);
        findings.push({ field, value: true, span, clause: index });
        // "ingen utdanning utover grunnskolen", "bare grunnskole": no videregående either.
        if (field === 'completedPrimarySchool' && (left || only)) findings.push({ field: 'completedUpperSecondary', value: false, span, clause: index });
        continue;
      }
      const from = Math.max(0, i - Math.min(LOOKBACK, 3));
      findings.push({ field, value: !negated, span: spanOfWords(clause, from, i + 1), clause: index });
    }
    // What "… men fullførte ikke" after this clause is about: a programme of videregående attended
    // ("gikk ett år på helse og oppvekst"), or education that is no school level ("sykepleiestudier").
    for (let i = words.length - 1; last !== undefined && last.sentence === clause.sentence && i >= 0; i--) {
      if (fieldOf(words[i], words[i + 1])) break;
      if (OTHER_EDUCATION.test(words[i])) {
        last = undefined;
        break;
      }
      if (PROGRAMMES.has(words[i]) && words.slice(Math.max(0, i - 4), i).includes('på')) {
        last = { field: 'completedUpperSecondary', sentence: clause.sentence };
        break;
      }
    }
    const years = !found ? YEARS_OF_SCHOOL.exec(clause.text) : null;
    if (years && Number(years[1]) >= 10 && Number(years[1]) <= 13 && !isAbroad(reading, clause, 0) && !clause.words.some((w) => w.w === 'ikke' || w.w === 'aldri')) {
      // "10 års skolegang i Norge", "I have 10 years of school": grunnskole.
      findings.push({ field: 'completedPrimarySchool', value: true, span: spanOfWords(clause, 0, clause.words.length), clause: index });
      found = true;
    }
    if (!found && GENERAL_SCHOOL.test(clause.text) && isAbroad(reading, clause, 0) && !abroad.includes('completedPrimarySchool')) {
      // "12 år skole fra Eritrea": which level it equals is for the dialog to ask.
      abroad.push('completedPrimarySchool');
    }
    if (!found && pending && pending.sentence === clause.sentence && pending.clause === index - 1 && ELLIPTIC_DONE.test(clause.text) && !isAbroad(reading, reading.clauses[pending.clause], 0)) {
      // "gikk på videregående og fullførte det"
      findings.push({ field: pending.field, value: true, span: spanOfWords(clause, 0, clause.words.length), clause: index });
    }
    if (!found && last && last.sentence === clause.sentence && ELLIPTIC_NOT.test(clause.text)) {
      // "Etter vgs (som jeg ikke fullførte) …": what the school first seemed to say is taken back.
      const field = last.field;
      for (let k = findings.length - 1; k >= 0; k--) {
        const f = findings[k];
        if (f.field === field && f.value === true && reading.clauses[f.clause].sentence === clause.sentence) findings.splice(k, 1);
      }
      findings.push({ field, value: false, span: spanOfWords(clause, 0, clause.words.length), clause: index });
    }
  }
  return { findings, abroad };
}
