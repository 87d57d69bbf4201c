// What each clause says about the person's work: whether it is about work now ("jobber som …",
// "er ansatt", "har fått 50 % stilling"), about work that has gone on until now ("har jobbet …",
// "har vært der i fem år"), or about work before ("jobbet …"); and the trade its words point to
// (a title, or a workplace with a generic role: "assistent i barnehage"). The readers of employment,
// stilling, practice and the person's trade all start from this.
import { states, type Clause } from './clauses';
import type { Reading } from './reading';

export type Tense = 'present' | 'perfect' | 'past' | 'none';

export interface WorkClause {
  clause: Clause;
  index: number;
  /** Can state a fact about the person. */
  states: boolean;
  tense: Tense;
  /** Words for work or practice ("jobber", "erfaring", "lager", "truckfører"). */
  cue: boolean;
  /** The trade the clause's work words point to, when they point to one. */
  trade?: string;
  /** The clause names a job that is no trade ("operatør", "lærer"). */
  noTrade: boolean;
  /** The clause's work is in a field no trade covers ("på fiskebruket"), and no trade is named. */
  otherField: boolean;
  /** Word range [from, to) of the first job named that is no trade ("operatør", "assistent"). */
  roleAt?: [number, number];
  /** Word range [from, to) of what named the trade. */
  tradeAt?: [number, number];
  /** No verb: a fragment that continues the clause before it ("…, 80 %"). */
  verbless: boolean;
  /** Starts with or contains "nå"/"i dag": about now whatever its verb. */
  now: boolean;
  /** A verb of work in the present ("jobber", "er ansatt"): the clause is about the job they have. */
  presentWork: boolean;
  /** Two kinds of work joined by "og"/"eller" ("en på lager og en som vekter"): no one trade. */
  twoTrades: boolean;
  /** Work that has gone on "de siste 3 årene": its stilling is the one now, not the practice's alone. */
  untilNow: boolean;
}

const PRESENT = new Set(['jobber', 'arbeider', 'ansatt', 'kjører', 'driver', 'pendler', 'jobbær']);
const PAST = new Set(['jobbet', 'arbeidet', 'var', 'kjørte', 'drev', 'hadde', 'jobbe']);
const PERFECT_PARTICIPLES = new Set(['jobbet', 'arbeidet', 'vært', 'kjørt', 'drevet', 'gjort', 'hatt', 'jobba']);
const CUES = new Set([
  'jobber', 'jobbet', 'arbeider', 'arbeidet', 'ansatt', 'erfaring', 'erfaringen', 'praksis', 'praksisen', 'fartstid', 'ansiennitet', 'yrkeserfaring', 'arbeidserfaring',
  'arbeidspraksis', 'bransjen', 'faget', 'stilling', 'stillingen', 'jobb', 'jobben', 'vikar', 'vikariat', 'kjørt', 'kjører', 'drevet', 'kjørte', 'vært',
  'yrket', 'yrke', 'feltet', 'industrien', 'bransje', 'arbeidslivet', 'arbeidsplassen', 'bedriften', 'firmaet',
]);
/** Verbs that make a clause more than a fragment. */
const VERBS = new Set([...PRESENT, ...PAST, 'er', 'har', 'bor', 'vil', 'skal', 'kan', 'må', 'får', 'fikk', 'ble', 'ønsker', 'tok', 'gikk', 'kom', 'flyttet', 'studerer', 'trenger', 'lurer', 'tenker', 'går']);

/** "siden 2015", "siden i fjor", "siden da": from a point in time until now. */
const SINCE_A_TIME = /(?:^| )siden (?:\d{4}|i fjor|da|starten|oppstarten)(?: |$)/u;
/** "de siste tre årene", "the last 3 years": a time that runs until now. */
const LAST_YEARS = /(?:^| )(?:de |dei )?siste (?:\S+ )?(?:årene|åra|år)(?: |$)|(?:^| )(?:de|dei) siste \d+(?:\.\d+)?(?: |$)/u;
const STARTED = new Set(['begynte', 'startet', 'begynt', 'fikk', 'fått']);
const DRIVERS = 'yrkessjåførfaget';
const WAREHOUSE = 'logistikkfaget';

const YEARS_UNIT = /^(?:år|års|åra|årene|year|years)$/u;
const NUMBER = /^\d+(?:[.,]\d+)?$/u;
/** A number of years ("8 år", "8 years", "for 8 years", "8 years of") right before or after the words [from, to). */
function yearsNextTo(words: readonly string[], from: number, to: number): boolean {
  const before = words.slice(Math.max(0, from - 3), from);
  const after = words.slice(to, to + 3);
  const isYears = (ws: readonly string[]) => ws.some((w, k) => YEARS_UNIT.test(w) && NUMBER.test(ws[k - 1] ?? ''));
  return (isYears(before) && before.every((w) => NUMBER.test(w) || YEARS_UNIT.test(w) || w === 'of' || w === 'med' || w === 'i')) || (isYears(after) && ['for', 'i', 'in'].includes(after[0] ?? ''));
}

function tenseOf(words: readonly string[]): Tense {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // "begynte å jobbe i barnehage", "fikk jobb som …": work that goes on now.
    // "begynte jeg som vaktmester": started in a job, which goes on.
    if (STARTED.has(w) && words.slice(i + 1, i + 4).some((x) => x === 'jobbe' || x === 'jobber' || x === 'jobb' || x === 'arbeide' || x === 'stilling' || x === 'som')) return 'present';
    if ((w === 'har' || w === 'hadde') && words.slice(i + 1, i + 4).some((x) => PERFECT_PARTICIPLES.has(x))) return w === 'har' ? 'perfect' : 'past';
    if (PRESENT.has(w)) return 'present';
    // "jobbet som helsefagarbeider siden 2015": work that goes on to now.
    if (PAST.has(w)) return SINCE_A_TIME.test(words.slice(i + 1).join(' ')) ? 'perfect' : 'past';
  }
  if (words.includes('har') || words.includes('er')) return 'present';
  return 'none';
}

export function workClauses(reading: Reading): WorkClause[] {
  const { lexicon, message } = reading;
  const out: WorkClause[] = [];
  reading.clauses.forEach((clause, index) => {
    const words = clause.strings;
    let trade: string | undefined;
    let place: string | undefined;
    let tradeAt: [number, number] | undefined;
    let placeAt: [number, number] | undefined;
    let noTrade = false;
    let otherField = false;
    let roleAt: [number, number] | undefined;
    let cue = words.some((w) => CUES.has(w));
    /** A second workplace of another trade: "litt i butikk og litt på lager". */
    let otherPlaceAt: number | undefined;
    for (let i = 0; i < words.length; i++) {
      const hit = lexicon.workAt(words, i, message.english);
      if (hit) {
        const v = hit.value;
        if (v.kind === 'title') {
          cue = true;
          if (trade === undefined) [trade, tradeAt] = [v.trade, [i, i + hit.length]];
        } else if (v.kind === 'workplace') {
          if (place === undefined) [place, placeAt] = [v.trade, [i, i + hit.length]];
          else if (v.trade !== place && otherPlaceAt === undefined) otherPlaceAt = i;
        } else if (v.kind === 'other-field') {
          otherField = true;
          cue = true;
        } else if (v.kind === 'no-trade') {
          noTrade = true;
          roleAt ??= [i, i + hit.length];
          cue = true;
        } else {
          cue = true;
          roleAt ??= [i, i + hit.length];
        }
        i += hit.length - 1;
        continue;
      }
      const driven = i > 0 && words[i - 1].startsWith('kjø') ? lexicon.driven(words[i]) : undefined;
      if (driven && trade === undefined) [trade, tradeAt, cue] = [driven, [i - 1, i + 1], true];
    }
    // "truck driver at a warehouse": a truck there is a forklift (Norwegian "truck"), the work a truckfører's.
    if (trade === DRIVERS && place === WAREHOUSE && tradeAt && words.slice(tradeAt[0], tradeAt[1]).includes('truck')) trade = WAREHOUSE;
    const [lo, hi] = tradeAt && placeAt ? [Math.min(tradeAt[1], placeAt[1]), Math.max(tradeAt[0], placeAt[0])] : [0, 0];
    const twoTrades = (trade !== undefined && place !== undefined && place !== trade && words.slice(lo, hi).some((w) => w === 'og' || w === 'eller')) || (trade === undefined && placeAt !== undefined && otherPlaceAt !== undefined && words.slice(placeAt[1], otherPlaceAt).some((w) => w === 'og' || w === 'eller'));
    if (trade === undefined && !noTrade && place !== undefined) [trade, tradeAt] = [place, placeAt];
    if (trade === undefined && cue) {
      // "jobber som lærling i automatiseringsfaget": the trade named by its name.
      for (let i = 0; i < words.length && trade === undefined; i++) {
        if (!/fag(?:et)?$/u.test(words[i]) || words[i] === 'fag' || words[i] === 'faget') continue;
        const named = lexicon.tradeAt(words, i, message.english);
        if (named && i > 0 && !/^(?:fagbrev|fagbrevet|svennebrev)$/u.test(words[i - 1]) && !/^(?:fagbrev|fagbrevet|svennebrev)$/u.test(words[i - 2] ?? '')) {
          [trade, tradeAt] = [named.value, [i, i + named.length]];
        }
      }
    }
    // "8 år sveising", "8 years welding", "welding for 8 years": a trade's name right next to a number of years is
    // time spent in it, though no verb of work says so.
    if (trade === undefined && !cue) {
      for (let i = 0; i < words.length && trade === undefined; i++) {
        const named = lexicon.tradeAt(words, i, message.english);
        if (named && yearsNextTo(words, i, i + named.length)) [trade, tradeAt, cue] = [named.value, [i, i + named.length], true];
      }
    }
    if (place !== undefined) cue = true;
    const verbless = !words.some((w) => VERBS.has(w));
    // "…, på kafé og de siste tre årene som assistent i en barnehage": up to now, though no verb says so.
    let tense = tenseOf(words);
    if (verbless && tense === 'none' && LAST_YEARS.test(clause.text)) tense = 'perfect';
    out.push({
      clause,
      index,
      states: states(clause),
      tense,
      cue,
      trade,
      noTrade: noTrade && trade === undefined,
      otherField: otherField && trade === undefined,
      roleAt,
      tradeAt,
      verbless,
      now: words[0] === 'nå' || words.includes('nå') || words.includes('fortsatt'),
      presentWork: words.some((w) => PRESENT.has(w)),
      twoTrades,
      untilNow: tense === 'perfect' && LAST_YEARS.test(clause.text),
    });
  });
  return out;
}

/** The clause a verbless fragment continues: the one before it in the same sentence. */
export function continued(work: readonly WorkClause[], i: number): WorkClause | undefined {
  const here = work[i];
  const before = work[i - 1];
  return here.verbless && before && before.clause.sentence === here.clause.sentence ? before : undefined;
}

/**
 * "har jobbet deltid, 40 %, i barnehage i 10 år": a fragment that is only a stilling, between work
 * that is not about now and the years of it after, is the stilling of those years.
 */
export function stillingBeforeYears(work: readonly WorkClause[], i: number, hasYears: (wc: WorkClause) => boolean, percentOnly: (wc: WorkClause) => boolean): boolean {
  const here = work[i];
  const head = work[i - 1];
  const years = work[i + 1];
  if (!here?.verbless || !head || !years || head.verbless || !years.verbless) return false;
  if (head.clause.sentence !== here.clause.sentence || years.clause.sentence !== here.clause.sentence) return false;
  // "Siden da har jeg kjørt lastebil, 100 % stilling, i 7 år": years that run until now have the stilling now.
  const untilNow = head.untilNow || /(?:^| )siden(?: |$)/u.test(head.clause.text);
  return (head.tense === 'perfect' || head.tense === 'past') && !head.presentWork && !head.now && !untilNow && !hasYears(head) && hasYears(years) && percentOnly(here);
}
