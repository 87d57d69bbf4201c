// Whether the person holds a fag- or svennebrev, and in which trade: "har fagbrev som rørlegger",
// "Fagbrev som elektriker (2012)", "utdannet frisør med svennebrev", "trained chef with fagbrev" →
// true; "har ikke fagbrev", "uten fagbrev", "Ikke fagbrev.", "itte fagbrev", "no trade certificate",
// "never took the fagbrev", "ufaglært" → false. A wish or question ("vil ta fagbrev", "fagbrev på
// jobb") says nothing about it.
import { WISHES, stating, spanOfWords, type Finding, type Reading } from './reading';
import type { WorkClause } from './work-clauses';

/** A mesterbrev is built on a fagbrev: holding one holds the other. */
const CERTIFICATE = new Set(['fagbrev', 'fagbrevet', 'svennebrev', 'svennebrevet', 'fagbrevene', 'fagbreva', 'fagprøven', 'fagprøve', 'mesterbrev', 'mesterbrevet']);
const HOLDS = new Set(['har', 'med', 'fikk', 'tok', 'tatt', 'fått', 'innehar', 'fullført', 'bestått', 'besto', 'bestod', 'avla', 'avlagt', 'hadde', 'utdannet', 'faglært']);
/** "mitt fagbrev": a possessive right before the word. */
const MINE = new Set(['mitt', 'min']);
const NOT_HOLDS = new Set(['ikke', 'uten', 'ingen', 'aldri', 'mangler', 'itj', 'verken', 'ikke-bare', 'strøk', 'stryk', 'strauk']);
/** "Fagbrev: nei", "Fagbrev: ja, som sveiser": the answer in the clause after the word. */
const ANSWER_NO = /^(?:nei|no|ingen|ikke|none|nope)$/u;
/** A wish, plan or question about a certificate: "vil ta fagbrev", "for å få fagbrevet". */
const ABOUT_GETTING = new Set([
  'vil', 'ønsker', 'ønske', 'skal', 'ta', 'få', 'skaffe', 'trenger', 'interessert', 'mulighet', 'muligheter', 'hvordan', 'kan', 'kunne', 'søke', 'søkt', 'begynt',
  'startet', 'går', 'tar', 'holder', 'planlegger', 'drømmer', 'drømmen', 'om', 'målet', 'gå', 'jobbe', 'mot', 'lyst', 'tenker', 'vurderer', 'bli', 'lurer', 'ville', 'må', 'bør', 'for',
  'vei', 'veien', 'veier', 'finn', 'finne',
]);
const LOOKBACK = 5;
const GOAL_LABELS = new Set(['mål', 'målet', 'ønske', 'ønsket', 'ønskjer', 'plan', 'planer', 'goal', 'plans', 'wish']);
/** "uten fagbrev i det", "… i det faget", "… i faget": about the trade just named. */
const IN_THAT_TRADE = /^(?:i|på) (?:det|dette|faget|den)(?: |$)/u;
/** "men jeg har ikke (det)", "det har ikke jeg": a negation with what is negated left out. */
const ELLIPTIC_NO = /^(?:men |og )?(?:jeg (?:har|hadde) (?:ikke|aldri)(?: det| noe| noen)?|det (?:har|hadde) (?:ikke|aldri) jeg|ikke jeg)$/u;
const UNSKILLED = /(?:^| )(?:ufaglært|ufaglaert|unskilled)(?: |$)/u;

export interface CertificateReading {
  has?: Finding<'hasTradeCertificate'>;
  trade?: Finding<'certificateTrade'>;
}

function lastIndex(words: readonly string[], set: ReadonlySet<string>): number {
  for (let k = words.length - 1; k >= 0; k--) if (set.has(words[k])) return k;
  return -1;
}

export function readCertificate(reading: Reading, work: readonly WorkClause[]): CertificateReading {
  const { lexicon, message } = reading;
  /** `otherTrade`: a negation about the certificate of one named trade ("… som tømrer, uten fagbrev i det"). */
  const findings: Array<{ has: Finding<'hasTradeCertificate'>; trade?: Finding<'certificateTrade'>; otherTrade?: string }> = [];
  let unnamed = false;
  for (const [clause, index] of stating(reading)) {
    const words = clause.strings;
    for (let i = 0; i < words.length; i++) {
      if (!CERTIFICATE.has(words[i])) continue;
      const window = words.slice(Math.max(0, i - LOOKBACK), i);
      const after = words.slice(i + 1, i + 3).join(' ');
      if (after.startsWith('på jobb') || (i > 0 && words[i - 1] === 'på' && words[i - 2]?.startsWith('fagbrev'))) continue;
      // A wish ("vil ta fagbrev") or a negated wish ("har ikke tenkt å ta fagbrev") is no fact; a
      // negation after the last wish word is ("jobbe som platearbeider uten fagbrev").
      // "Mål: fagbrev i logistikk", "Ønske: fagbrev": under a label for a goal.
      const label = i === 0 ? reading.clauses[index - 1] : undefined;
      if (label && label.sentence === clause.sentence && (GOAL_LABELS.has(label.words[label.words.length - 1]?.w ?? '') || ABOUT_GETTING.has(label.words[label.words.length - 1]?.w ?? ''))) continue;
      const negAt = lastIndex(window, NOT_HOLDS);
      const wishAt = lastIndex(window, ABOUT_GETTING);
      // "uten å ta svennebrev", "without taking": the negation covers the verb after it.
      const withoutDoing = negAt >= 0 && window[negAt] === 'uten' && window[negAt + 1] === 'å';
      if (wishAt >= 0 && negAt < wishAt && !withoutDoing) continue;
      const next = reading.clauses[index + 1];
      const answeredNo = i === words.length - 1 && next !== undefined && next.sentence === clause.sentence && ANSWER_NO.test(next.text);
      // "Fagbrev har jeg ikke": the certificate put first, the verb and its negation after it.
      const topicalisedNo = ['har', 'hadde', 'fikk', 'tok'].includes(words[i + 1] ?? '') && (words[i + 2] === 'jeg' || words[i + 2] === 'vi') && NOT_HOLDS.has(words[i + 3] ?? '');
      const negated = negAt >= 0 || answeredNo || topicalisedNo;
      const holds = window.some((w) => HOLDS.has(w)) || i === 0 || MINE.has(words[i - 1] ?? '') || MINE.has(words[i + 1] ?? '');
      if (!negated && !holds) continue;
      const from = Math.max(0, i - (negated || holds ? Math.min(2, window.length) : 0));
      // A certificate from abroad ("fagbrev fra Polen") counts only once approved: the dialog asks.
      if (!negated && words.slice(i + 1).some((w) => reading.abroad.has(w))) continue;
      let trade: Finding<'certificateTrade'> | undefined;
      if (!negated) {
        // "fagbrev som/i X", or a title in the same clause ("utdannet frisør med svennebrev").
        let at = i + 1;
        // "fagbrevet mitt er i …", "fagbrev fra før som frisør"
        while (at < i + 4 && ['mitt', 'min', 'er', 'var', 'fra', 'før', 'tidligere', 'også', 'allerede'].includes(words[at])) at++;
        // "svennebrevet i 1998 som rørlegger": the year it was taken.
        if (words[at] === 'i' && (clause.words[at + 1]?.num ?? 0) >= 1950 && words[at + 2] === 'som') at += 2;
        const slot = ['som', 'i', 'innen', 'på'].includes(words[at]);
        if (slot) at++;
        if (words[at] === 'en' || words[at] === 'et') at++;
        const named = at > i + 1 ? lexicon.tradeAt(words, at, message.english) : undefined;
        if (named) trade = { field: 'certificateTrade', value: named.value, span: spanOfWords(clause, at, at + named.length), clause: index };
        else if (slot && at < words.length) unnamed = true; // "fagbrev som <something not known>"
        else {
          const wc = work[index];
          if (wc?.trade && wc.tradeAt && wc.tradeAt[1] <= i) trade = { field: 'certificateTrade', value: wc.trade, span: spanOfWords(clause, wc.tradeAt[0], wc.tradeAt[1]), clause: index };
        }
      }
      const otherTrade = negated && IN_THAT_TRADE.test(after) ? work[index]?.trade : undefined;
      findings.push({ has: { field: 'hasTradeCertificate', value: !negated, span: spanOfWords(clause, from, i + 1), clause: index }, trade, otherTrade });
    }
    // "faglært kokk", "er utdannet helsefagarbeider": someone skilled in, or trained for, a trade holds
    // its certificate (trained abroad: the dialog asks whether it is approved).
    const skilled = words.findIndex((w) => w === 'faglært' || w === 'utdannet');
    const skilledIn = skilled >= 0 ? lexicon.workAt(words, skilled + 1, message.english) : undefined;
    const abroad = skilled >= 0 && words.slice(skilled + 1).some((w) => reading.abroad.has(w));
    if (skilledIn?.value.kind === 'title' && !abroad && !words.slice(Math.max(0, skilled - 3), skilled).some((w) => NOT_HOLDS.has(w) || ABOUT_GETTING.has(w))) {
      const trade: Finding<'certificateTrade'> = { field: 'certificateTrade', value: skilledIn.value.trade, span: spanOfWords(clause, skilled + 1, skilled + 1 + skilledIn.length), clause: index };
      findings.push({ has: { field: 'hasTradeCertificate', value: true, span: spanOfWords(clause, skilled, skilled + 1 + skilledIn.length), clause: index }, trade });
    }
    // "Kona har fagbrev, men jeg har ikke", "broren min har fagbrev jeg har ikke": the writer's "har ikke"
    // leaves out the certificate just named.
    const before = reading.clauses[index - 1];
    if (ELLIPTIC_NO.test(clause.text) && before && before.sentence >= clause.sentence - 1 && before.words.some((w) => CERTIFICATE.has(w.w))) {
      findings.push({ has: { field: 'hasTradeCertificate', value: false, span: spanOfWords(clause, 0, clause.words.length), clause: index } });
    }
    const unskilled = UNSKILLED.exec(clause.text);
    if (unskilled) {
      const w = clause.words.findIndex((x) => x.w === 'ufaglært' || x.w === 'ufaglaert' || x.w === 'unskilled');
      findings.push({ has: { field: 'hasTradeCertificate', value: false, span: spanOfWords(clause, w, w + 1), clause: index } });
    }
  }
  // "har fagbrev som kokk, men jobber som tømrer uten fagbrev i det": the negation is about another trade.
  const held = new Set(findings.flatMap((f) => (f.has.value && f.trade ? [f.trade.value] : [])));
  const counted = held.size > 0 ? findings.filter((f) => !(f.otherTrade && !held.has(f.otherTrade))) : findings;
  findings.splice(0, findings.length, ...counted);
  // "De første ti årene var jeg ufaglært, så tok jeg fagbrev": what was, then what came after it.
  const wasWithout = (f: (typeof findings)[number]) => !f.has.value && reading.clauses[f.has.clause].words.some((w) => w.w === 'var' || w.w === 'hadde');
  const lastWithout = Math.max(-1, ...findings.filter((f) => !f.has.value).map((f) => f.has.clause));
  if (findings.some((f) => f.has.value && f.has.clause > lastWithout) && findings.every((f) => f.has.value || wasWithout(f))) {
    findings.splice(0, findings.length, ...findings.filter((f) => f.has.value));
  }
  const values = new Set(findings.map((f) => f.has.value));
  if (values.size !== 1) return {};
  const has = findings[0].has;
  if (!has.value) return { has };
  const trades = new Set(findings.flatMap((f) => (f.trade ? [f.trade.value] : [])));
  let trade = trades.size === 1 ? findings.find((f) => f.trade)!.trade : undefined;
  if (!trade && trades.size === 0 && !unnamed) trade = tradeOfWorkNearby(work, has.clause);
  return { has, trade };
}

/**
 * "Jeg har jobbet som tømrer i 20 år og har svennebrev", "Sykmeldt fra stilling som helsefagarbeider.
 * Har fagbrev.": the one trade named in the same sentence, or else in the sentence just before.
 */
function tradeOfWorkNearby(work: readonly WorkClause[], clause: number): Finding<'certificateTrade'> | undefined {
  const sentence = work[clause]?.clause.sentence;
  if (sentence === undefined) return undefined;
  // "Vil bli tømrer" names a goal, not the trade they work in.
  const wished = (wc: WorkClause) => wc.clause.words.slice(0, wc.tradeAt![0]).some((w) => WISHES.has(w.w));
  const inSentence = (s: number) => work.filter((wc) => wc.clause.sentence === s && wc.states && wc.trade && wc.tradeAt && !wished(wc));
  const here = inSentence(sentence);
  const named = here.length > 0 ? here : inSentence(sentence - 1);
  const trades = new Set(named.map((wc) => wc.trade));
  if (trades.size !== 1) return undefined;
  const wc = named[0];
  return { field: 'certificateTrade', value: wc.trade!, span: spanOfWords(wc.clause, wc.tradeAt![0], wc.tradeAt![1]), clause: wc.index };
}
