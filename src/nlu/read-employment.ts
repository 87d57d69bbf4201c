// Whether the person has paid work now, and the stilling they work in now.
// employed: "jobber …", "er ansatt", "har fått 50 % stilling", "jobber der fortsatt" → true;
// arbeidsledig, mellom jobber, jobber ikke, uføretrygdet, pensjonist, på tiltak, no job → false;
// permittert, sykmeldt, "av og på" → unknown, whatever else is said. Negation only counts for what
// it stands before ("ikke arbeidsledig lenger" is not unemployment).
// employmentPercent: a stilling in a clause about work now ("jobber 80 %", "…, 60 %", "nå i 100 %
// stilling"); a stilling tied to years of practice ("jobbet 6 år i 70 %") is the practice's, and an
// offer ("tilbud om 100 % fra august") is nobody's yet.
import { wordAt, type Clause } from './clauses';
import { durationsIn, onlyStilling, percentsIn, rightAfterDuration, stillingFragment } from './amounts';
import { answeredNo, spanOfWords, type Finding, type Reading } from './reading';
import { continued, stillingBeforeYears, type WorkClause } from './work-clauses';

export const NOT_EMPLOYED = new RegExp(
  '(?:^| )(?:' +
    [
      'arbeidsledig', 'arbeidsledighet', 'arbeidsløs', 'jobbløs', 'pensjonist', 'pensjonert', 'alderspensjonist', 'uføretrygdet', 'uføretrygd',
      'uførepensjon', 'uførepensjonist', 'ufør', 'hjemmeværende', 'arbeidstrening', 'arbeidspraksis', 'arbeidsutprøving', 'nav-tiltak', '(?:på|i) (?:et |en )?nav tiltak', 'amo-kurs',
      '(?:er|helt|nå|fortsatt) ledig', 'ledig nå', '(?:jobber|arbeider) (?:jeg |eg |vi )?ikke', 'ikke (?:\\S+ )?(?:jobber|arbeider)', '(?:ikke|ingen|uten) (?!fast )(?:noen |en |ei |\\S+ )?(?:jobb|arbeid|arbeidsplass|jobben)',
      'mellom (?:to |2 )?jobber', 'på (?:et |en )?\\S*tiltak(?:et)?', 'mistet (?:jobben|arbeidet|jobb)', 'står uten', 'gått av med pensjon', 'på tiltak', 'går hjemme', '(?:ble|er|har) (?:nettopp |nylig |akkurat |just )?(?:blitt )?oppsagt', '(?:fikk|har fått) sparken', '(?:ble|er|har blitt) (?:\\S+ )?nedbemannet', '(?:sa|sagt) opp (?:jobben|stillingen|jobb)', 'mangler (?:jobb|arbeid)', '(?:jobbet|arbeidet) (?:jeg |eg )?ikke nå',
'har sluttet (?:i|på) (?:jobben|jobb|stillingen)', '(?:ikke|aldri) (?:vært|hatt) (?:i )?(?:jobb|arbeid)', '(?:ute av|utenfor) arbeidslivet', 'sosialhjelp', 'sosialstønad',
      'introduksjonsprogram', 'introduksjonsprogrammet', 'introprogram', 'introprogrammet', 'hjemme med (?:\\S+ ){0,2}(?:barn|barna|ungene|unger|småbarn|baby|babyen)', 'jobbklubb', 'går ledig', '(?:er|være) (?:jeg |eg )?hjemme(?: nå)?$', '(?:registrert|meldt) (?:meg )?(?:som )?(?:arbeids)?ledig', 'gikk av med pensjon',
      'afp', '^ledig$', 'har vært hjemme', '(?:begynne|starte) (?:å |og )?(?:jobbe|arbeide) igjen', 'komme (?:meg )?(?:ut |tilbake )?i (?:jobb|arbeid|arbeidslivet) igjen',
      'komme (?:meg )?ut i (?:jobb|arbeid|arbeidslivet)',
      // A course through NAV (AMO) is a tiltak.
      'på (?:et |en )?nav[- ]?kurs(?:et)?', '(?:går|er) på (?:et |en )?kurs(?:et)? (?:\\S+ ){0,2}(?:fra|gjennom|via|i regi av|hos) nav',
    ].join('|') +
    ')(?: |$)',
  'u',
);
const POSITIVE = new RegExp(
  '(?:^| )(?:' +
    [
      '(?:jobber|arbeider)(?! med å)', '(?:er |fast |midlertidig |nå )?ansatt',
      'har (?:en |ei |et |fast |ny |nå |fortsatt |den |deltid |fulltid |heltid |\\d+ prosent )*\\S*(?:jobb|jobben|stilling|stillingen|vikariat)',
      '(?:tar|gjør|har|går) (?:noen |en del |litt |mange |faste )?(?:ekstravakter|vakter|helgevakter|nattevakter|kveldsvakter|skift)', 'har arbeid',
      'har (?:jeg |eg |vi )?(?:akkurat |nettopp |endelig |nå |no )?fått (?:\\S+ ){0,3}?(?:jobb|stilling|fast|prosent|vikariat|fulltid|heltid|halvtid|deltid|arbeid)',
      '(?:begynte|startet|begynt|starta|byrja) (?:jeg |eg )?(?:å |og )?(?:jobbe|jobber|arbeide|jobbet|i jobb|i ny jobb|på jobb)', 'fikk (?:meg )?(?:\\S+ )?(?:jobb|stilling|fast jobb)', 'er (?:i|på) (?:jobb|jobben|arbeid)', 'står i (?:\\S+ ){0,3}?(?:stilling|jobb)',
      '^i (?:jobb|arbeid|fast jobb)', 'yrkesaktiv', 'går på jobb', 'driver (?:\\S+ )?(?:gård|gården|garden|gard|gardsbruk|gårdsbruk|butikk|salong|frisørsalong|restaurant|kafé|kafe)',
      'har (?:jobbet|arbeidet|vært ansatt|hatt (?:\\S+ )?(?:jobb|jobben|stilling|stillingen))(?: \\S+){0,6} siden (?:\\d{4}|jeg var|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|i fjor|høsten|våren)', 'har (?:jobbet|arbeidet|vært ansatt)(?: \\S+){0,6} siden(?: da| så)?$',
      // "Siden 2018 har jeg jobbet som vekter": the time put first.
      '^siden (?:\\d{4}|i fjor|(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|høsten|våren)(?: \\d{4})?) har (?:jeg |eg |vi )?(?:jobbet|arbeidet|vært ansatt)', 'har (?:jobbet|arbeidet|vært)(?: \\S+){0,8} (?:år|måneder) nå$', 'stillingen (?:min )?er', 'er (?:fast )?\\S*vikar', 'er lærling', 'driver (?:jeg |eg )?(?:eget|egen|mitt|min) (?:\\S*firma|\\S*bedrift|enkeltpersonforetak|enkeltmannsforetak|gård|gard)',
      'har (?:eget|egen|mitt) (?:firma|bedrift|enkeltpersonforetak|enkeltmannsforetak)', 'selvstendig næringsdrivende', 'er selvstendig', 'self-employed', 'er fortsatt (?:der|her|på|ansatt|i jobben|det|i samme jobb)', 'er (?:det|der|her) fortsatt',
      'går (?:i )?(?:turnus|skift|nattevakter|helgevakter)', '(?:er )?(?:innleid|innleigd)', 'er (?:\\S+ )?(?:ekstrahjelp|tilkallingshjelp|sommerhjelp)',
    ].join('|') +
    ')(?: |$)',
  'u',
);
/** A form's label for having work: "I jobb:", "Jobb:", "Employed:". */
const JOB_LABEL = /^(?:i |har |er du i |har du )?(?:jobb|arbeid|fast jobb|ansatt|employed|job|working|jobber)$/u;
const UNKNOWN = /(?:^| )(?:permittert|sykmeldt|sykmelding|sykepenger|av-og-på|permisjon|foreldrepermisjon|arbeidsavklaringspenger|aap|attføring)(?: |$)/u;
/** Benefits that leave work open unless no work is said as well ("arbeidsledig og går på AAP"). */
const OPEN_UNLESS_NO_WORK = /^(?:arbeidsavklaringspenger|aap|attføring)$/u;
/** Not about now: an offer, a plan, a start date. */
const NOT_NOW = /(?:^| )(?:tilbud|tilbudt|skal|søker|søkt|søkte|begynner|starter|neste|fra (?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|høsten|våren|sommeren|nyttår))(?: |$)/u;
const NEGATION = new Set(['ikke', 'aldri', 'ingen']);
/** "want to work" (English word order keeps the verb's form): a wish, not work. */
const WISHED = new Set(['vil', 'ville', 'skal', 'ønsker', 'kan', 'må', 'kunne', 'gjerne', 'å', 'lyst', 'håper', 'tenke', 'tenkt', 'planlegger', 'skulle', 'bør', 'interessert', 'interesse', 'drømmer', 'om']);
/** "…, hele tiden i 50 % stilling": the stilling of the years just named. */
export const WHOLE_TIME = /(?:^| )(?:i snitt|i gjennomsnitt|gjennomsnittlig|on average|hele tiden|hele perioden|i hele perioden|i den tiden|i hele den tiden|all the time|the whole time|hele veien|mesteparten av tiden|det meste av tiden|stort sett|mest|alltid|always)(?: |$)/u;
/** "er utdannet kokk", "trained chef with fagbrev": a qualification, not work. */
const QUALIFIED = new Set(['utdannet', 'faglært', 'fagbrev', 'svennebrev', 'fagbrevet', 'svennebrevet']);
/** A point in the past: "i 2016", "for tre år siden", "i fjor". */
const DATED = /(?:^| )(?:i (?:19|20)\d\d|for (?:\S+ ){1,3}siden|i fjor)(?: |$)/u;
/** Roles that say what someone is qualified as, not that they have work: "er ufaglært". */
const NOT_A_JOB = new Set(['ufaglært', 'ufaglaert', 'unskilled', 'fagarbeider', 'faglært']);
const PAST_MARKERS = new Set(['var', 'tidligere', 'før', 'forrige', 'hadde', 'etter']);

/** Things done beside a job as well as instead of one: they say no work only when no work is said. */
const BESIDE_WORK = /intro(?:duksjons)?program|student/u;

export interface EmploymentReading {
  employed?: Finding<'employed'>;
  percent?: Finding<'employmentPercent'>;
  /** Said permittert, sykmeldt or "av og på": employment is unknown. */
  unknown: boolean;
}

function matchSpan(clause: Clause, m: RegExpExecArray): [number, number] {
  const start = m.index + (m[0].startsWith(' ') ? 1 : 0);
  const end = m.index + m[0].trimEnd().length;
  return [wordAt(clause, start), wordAt(clause, end - 1) + 1];
}

function negatedBefore(clause: Clause, from: number, set: ReadonlySet<string>, window = 2): boolean {
  for (let k = Math.max(0, from - window); k < from; k++) if (set.has(clause.words[k].w)) return true;
  return false;
}

export function readEmployment(reading: Reading, work: readonly WorkClause[]): EmploymentReading {
  const positives: Finding<'employed'>[] = [];
  const lost: Finding<'employed'>[] = [];
  const percents: Array<Finding<'employmentPercent'> & { now: boolean }> = [];
  let unknown = false;
  /** On AAP or attføring: employment unknown unless no work is said. */
  let benefitsOnly = false;
  /** Clauses whose loss of work is dated in the past ("ble oppsagt i 2016"). */
  const dated = new Set<number>();
  const anyPresentWork = work.some((wc) => wc.states && wc.tense === 'present' && wc.cue);
  /** Clauses that say what the person is by trade ("er sveiser", "I am a welder"), which is not yet work now. */
  const calling = new Set<number>();

  for (let i = 0; i < work.length; i++) {
    const wc = work[i];
    if (!wc.states) continue;
    const { clause } = wc;
    const blocked = UNKNOWN.exec(clause.text);
    // "Ble permittert i vinter og er nå arbeidsledig": a lay-off told as what happened, then how it is now.
    const happened = blocked !== null && clause.words.slice(0, matchSpan(clause, blocked)[0]).some((w) => w.w === 'ble' || w.w === 'var') && lostLater(work, i);
    if (blocked && !happened && !negatedBefore(clause, matchSpan(clause, blocked)[0], NEGATION)) {
      if (OPEN_UNLESS_NO_WORK.test(blocked[0].trim())) benefitsOnly = true;
      else unknown = true;
      continue;
    }
    // "I jobb: nei", "Arbeidsledig: nei": a form's label answered no.
    if (answeredNo(reading, wc.index)) {
      const label = JOB_LABEL.test(clause.text) ? 'no-work' : NOT_EMPLOYED.test(clause.text) ? 'no-loss' : undefined;
      if (label === 'no-work') lost.push({ field: 'employed', value: false, span: spanOfWords(clause, 0, clause.words.length), clause: wc.index });
      if (label) continue;
    }
    const neg = NOT_EMPLOYED.exec(clause.text);
    let negativeHere = false;
    // "uføretrygdet 50 %": graded disability leaves room for a job.
    const graded = neg !== null && /ufør/u.test(neg[0]) && clause.words.some((w, k) => w.num !== undefined && w.num < 100 && clause.words[k + 1]?.w === 'prosent');
    if (neg && !graded) {
      const [from, to] = matchSpan(clause, neg);
      const undone = !/ikke|ingen|uten/u.test(neg[0]) && negatedBefore(clause, from, NEGATION);
      if (!undone && !negatedBefore(clause, from, PAST_MARKERS, 4)) {
        if (DATED.test(clause.text)) dated.add(wc.index);
        lost.push({ field: 'employed', value: false, span: spanOfWords(clause, from, to), clause: wc.index });
        negativeHere = true;
      }
    }
    const pos = negativeHere ? null : POSITIVE.exec(clause.text);
    if (pos) {
      const [from, to] = matchSpan(clause, pos);
      const wished = negatedBefore(clause, from, WISHED, 3);
      // "som barne og ungdoms arbeider": a title typed apart, not the verb.
      const inTitle = wc.tradeAt !== undefined && from > wc.tradeAt[0] && from < wc.tradeAt[1];
      const history = STARTED_WORK.test(pos[0]) && startedInThePast(reading, wc.index);
      if (!wished && !inTitle && !history && !negatedBefore(clause, from, NEGATION) && clause.words[to]?.w !== 'ikke' && !NOT_NOW.test(clause.text)) {
        positives.push({ field: 'employed', value: true, span: spanOfWords(clause, from, to), clause: wc.index });
      }
    } else if (!negativeHere && wc.tense === 'present' && wc.roleAt && clause.words[wc.roleAt[0] - 1]?.w === 'er' && !NOT_A_JOB.has(clause.words[wc.roleAt[0]].w) && !clause.words.some((w) => QUALIFIED.has(w.w))) {
      // "er operatør på Hydro": a job that is no trade, still a job.
      positives.push({ field: 'employed', value: true, span: spanOfWords(clause, wc.roleAt[0] - 1, wc.roleAt[1]), clause: wc.index });
    } else if (!negativeHere && wc.tense === 'present' && wc.trade !== undefined && wc.tradeAt && !clause.words.some((w) => QUALIFIED.has(w.w))) {
      // "kjører lastebil", "er snekker": the work itself, in the present.
      const [from, to] = wc.tradeAt;
      const isVerb = from > 0 && (clause.words[from - 1].w === 'er' || /^kjø/u.test(clause.words[from].w));
      if (isVerb || /^kjø/u.test(clause.words[from].w)) {
        positives.push({ field: 'employed', value: true, span: spanOfWords(clause, Math.max(0, from - 1), to), clause: wc.index });
        if (clause.words[from - 1]?.w === 'er') calling.add(wc.index);
      }
    }
    const before = continued(work, i);
    // "… as a carpenter all these years, first in a small company and now in a bigger one": the work the fragments go back to.
    let worked = before;
    for (let k = i - 1; worked?.verbless && k > 0 && work[k - 1].clause.sentence === wc.clause.sentence; k--) worked = work[k - 1];
    // "… nå hos en bedrift i Horten", and "har jobbet som snekker hele livet, de siste 25 årene i eget
    // firma": work that goes on until now.
    if (!pos && !negativeHere && wc.verbless && (wc.now || wc.untilNow) && worked?.cue && (worked.tense === 'perfect' || worked.tense === 'present')) {
      // "har jobbet med IT-support i fire år, nå hos en bedrift i Horten"
      positives.push({ field: 'employed', value: true, span: spanOfWords(clause, 0, clause.words.length), clause: wc.index });
    }

    for (const p of percentsIn(clause)) {
      // "ønsker full stilling", "vil gjerne jobbe 100 %": a stilling wished for is not the one now.
      if (NOT_NOW.test(clause.text) || negatedBefore(clause, p.at[0], WISHED, 3)) continue;
      // Tied to practice: in a clause with years, or a fragment after past years ("jobbet 6 år, 70 %");
      // after years that go on until now ("har jobbet 3 år som …, 100 % stilling") it is the stilling now.
      // A clause about the job they have ("Ansatt som … i 15 år, 100 % stilling") gives the stilling now.
      const wholeTime = WHOLE_TIME.test(clause.text);
      const durations = durationsIn(clause);
      const practice =
        rightAfterDuration(clause, p, durations) ||
        stillingBeforeYears(work, i, (w) => durationsIn(w.clause).length > 0, (w) => onlyStilling(w.clause)) ||
        (!wc.now &&
          !wc.untilNow &&
          ((durations.length > 0 && !wc.presentWork) ||
            (wc.verbless &&
              before !== undefined &&
              durationsIn(before.clause).length > 0 &&
              !before.now &&
              (wholeTime || (stillingFragment(clause, p) && !(before.tense === 'perfect' && anyPresentWork)) || (before.tense !== 'perfect' && !before.presentWork)))));
      // "… og de siste fem årene 100 %": the last years run until now, so their stilling is the one now.
      const lastYears = wc.tense !== 'past' && clause.words.slice(Math.max(0, p.at[0] - 4), p.at[0]).some((w) => w.w === 'siste') && /^(?:årene|åra|år)$/u.test(clause.words[p.at[0] - 1]?.w ?? '');
      if (lastYears) {
        percents.push({ field: 'employmentPercent', value: p.value, span: spanOfWords(clause, p.at[0], p.at[1]), hedged: p.hedged, clause: wc.index, now: true });
        continue;
      }
      // A note's "14 år som renholder, 75 % fast, …": a permanent position is the one now, whatever years it follows.
      if (wc.verbless && (clause.words[p.at[1]]?.w === 'fast' || clause.words[p.at[0] - 1]?.w === 'fast')) {
        percents.push({ field: 'employmentPercent', value: p.value, span: spanOfWords(clause, p.at[0], p.at[1]), hedged: p.hedged, clause: wc.index, now: true });
        positives.push({ field: 'employed', value: true, span: spanOfWords(clause, p.at[0], p.at[1]), clause: wc.index });
        continue;
      }
      if (practice) continue;
      const current =
        wc.now ||
        (!wc.verbless && (wc.tense === 'present' || wc.tense === 'perfect' || wc.tense === 'none')) ||
        (wc.verbless && before !== undefined && (before.tense === 'present' || before.tense === 'perfect' || before.now || before.tense === 'none')) ||
        (wc.verbless && before === undefined && (anyPresentWork || ongoingBefore(work, i) || stillingOnItsOwn(clause)));
      if (!current || (wc.tense === 'past' && !wc.now)) continue;
      percents.push({ field: 'employmentPercent', value: p.value, span: spanOfWords(clause, p.at[0], p.at[1]), hedged: p.hedged, clause: wc.index, now: wc.now });
    }
  }

  const text = (f: Finding<'employed'>) => reading.clauses[f.clause].text;
  const percent = decidePercent(percents);
  // A job lost at a date, with work stated after it, is history: "ble oppsagt i 2016. Siden da har jeg kjørt lastebil, 100 %".
  const lastWork = Math.max(-1, ...positives.map((p) => p.clause), ...percents.map((p) => p.clause));
  let negatives = lost.filter((n) => !(dated.has(n.clause) && lastWork > n.clause));
  // "Har kjørt truck i 20 år, nå arbeidsledig": work that went on until lately, then no work now.
  const clauseOf = (k: number): WorkClause | undefined => work[k];
  // "I am a welder, but now I am out of work": what they are by trade, then no work now.
  if (negatives.some((n) => clauseOf(n.clause)?.now) && positives.every((p) => { const wc = clauseOf(p.clause); return (wc?.tense === 'perfect' || calling.has(p.clause)) && !wc?.now; })) {
    positives.length = 0;
    negatives = negatives.filter((n) => clauseOf(n.clause)?.now);
  }
  // "Har vært hjemme i mange år. Nå har jeg fått jobb …": work said to be now, after time without it.
  const firstNowWork = Math.min(Infinity, ...positives.filter((p) => clauseOf(p.clause)?.now).map((p) => p.clause));
  if (Number.isFinite(firstNowWork) && negatives.every((n) => !clauseOf(n.clause)?.now && n.clause < firstNowWork)) negatives = [];
  // "I work as a cleaner, 50 percent, and I am on the introduction program": the programme beside a job.
  if (positives.length > 0) negatives = negatives.filter((n) => !BESIDE_WORK.test(text(n)));
  if (benefitsOnly && !(negatives.length > 0 && positives.length === 0)) unknown = true;
  let employed: Finding<'employed'> | undefined;
  if (!unknown) {
    if (negatives.length > 0 && positives.length === 0) employed = negatives[0];
    else if (positives.length > 0 && negatives.length === 0) employed = positives[0];
    else if (negatives.length === 0 && percent && percent.value > 0) employed = { ...percent, field: 'employed', value: true, hedged: false };
  }
  return { employed, percent: stripNow(percent), unknown };
}

/** Starting work ("begynte å jobbe", "fikk jobb"): work now, unless told as part of the past. */
const STARTED_WORK = /(?:^| )(?:begynte|startet|starta|byrja|fikk) /u;
/** Finite verbs of a past told in order: "gikk ut av skolen og begynte å jobbe". */
const PAST_VERBS = new Set(['gikk', 'var', 'sluttet', 'droppet', 'fullførte', 'kom', 'flyttet', 'tok', 'ble', 'mistet', 'avbrøt']);
const LINKS = new Set(['og', 'fordi', 'så', 'da']);
/** "da barna ble store", "etter skolen", "i 2010", "for ti år siden": a time in the past. */
const PAST_TIME = /(?:^| )(?:da (?:\S+ ){1,3}(?:ble|var|kom|flyttet|gikk|sluttet)|etter (?:skolen|ungdomsskolen|grunnskolen|videregående|vgs|det|dette|studiene)|i (?:19|20)\d\d|for (?:\S+ ){1,3}siden)(?: |$)/u;

/**
 * "gikk ut av grunnskolen og begynte å jobbe", "sluttet på vgs fordi jeg fikk jobb", "begynte å jobbe
 * på sykehjem da barna ble store": the start of work told as history says nothing of work now.
 */
function startedInThePast(reading: Reading, index: number): boolean {
  const clause = reading.clauses[index];
  if (PAST_TIME.test(clause.text)) return true;
  const before = reading.clauses[index - 1];
  if (!before || before.sentence !== clause.sentence || !LINKS.has(clause.words[0]?.w ?? '')) return false;
  return before.words.some((w) => PAST_VERBS.has(w.w));
}

/** Whether a clause after i says, about now, that there is no work ("… og er nå arbeidsledig"). */
function lostLater(work: readonly WorkClause[], i: number): boolean {
  for (let k = i + 1; k < work.length; k++) if (work[k].states && work[k].now && NOT_EMPLOYED.test(work[k].clause.text)) return true;
  return false;
}

/**
 * A fragment that opens its own sentence ("100 % fast.") after a sentence about work that goes on
 * now ("har jobbet på lager i fire år, nå i Fredrikstad").
 */
function ongoingBefore(work: readonly WorkClause[], i: number): boolean {
  const sentence = work[i].clause.sentence;
  let cue = false;
  let ongoing = false;
  for (let k = i - 1; k >= 0 && work[k].clause.sentence >= sentence - 1; k--) {
    const wc = work[k];
    if (wc.clause.sentence !== sentence - 1 || !wc.states) continue;
    cue ||= wc.cue;
    ongoing ||= wc.now || (wc.cue && (wc.tense === 'present' || wc.tense === 'perfect'));
  }
  return cue && ongoing;
}

/** A note's fragment that names a stilling and nothing past: "100 % stilling som renholder." */
function stillingOnItsOwn(clause: Clause): boolean {
  return clause.words.some((w) => w.w === 'stilling' || w.w === 'stillingen') && !clause.words.some((w) => PAST_MARKERS.has(w.w)) && durationsIn(clause).length === 0;
}

function decidePercent(percents: Array<Finding<'employmentPercent'> & { now: boolean }>) {
  const values = new Set(percents.map((p) => p.value));
  if (values.size === 1) return percents[0];
  const now = percents.filter((p) => p.now);
  return new Set(now.map((p) => p.value)).size === 1 ? now[0] : undefined;
}

function stripNow(p: (Finding<'employmentPercent'> & { now: boolean }) | undefined): Finding<'employmentPercent'> | undefined {
  if (!p) return undefined;
  const { now: _now, ...finding } = p;
  return finding;
}
