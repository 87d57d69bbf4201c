// A trade's training time, and the practice praksiskandidat requires in it: 25 % more than the full
// training time. The numbers are the "praksistid" condition's params in knowledge/paths/praksiskandidat.json
// (usual training time 4 years → 5 years, about 8 700 hours; the trades in its "values" about 9 790
// hours); the trade lexicon's `trainingYears` (knowledge/lexicon/trades.json) wins where it has one.
import type { PathCondition, RulesKnowledge } from '../../src/catalogue/types';
import { fold } from '../../src/normalise';
import { formatNumber, formatYears, param } from './engine';

export interface Requirement {
  /** Full-time years of practice required. */
  years: number;
  /** What the person reads about it. */
  text: string;
}

/** The praksistid condition's numbers. */
function numbers(condition: PathCondition) {
  const trainingYears = param(condition, 'trainingYears');
  const extra = param(condition, 'extraPercent') / 100;
  const usualYears = trainingYears * (1 + extra);
  const hoursPerYear = param(condition, 'minHours') / usualYears;
  return { trainingYears, extra, usualYears, hoursPerYear, longTradeHours: param(condition, 'longTradeHours') };
}

/** The lexicon's training time for a trade, when it has one. */
export function lexiconTrainingYears(trade: string, kb: Pick<RulesKnowledge, 'tradeTraining'>): number | undefined {
  const name = fold(trade);
  return kb.tradeTraining.find((t) => fold(t.trade) === name)?.trainingYears;
}

function isLongTrade(trade: string, condition: PathCondition): boolean {
  const name = fold(trade);
  return condition.values.some((v) => name.includes(fold(v)));
}

/** The full training time of a trade in years, and whether the knowledge has it for that trade. */
export function trainingYears(trade: string, condition: PathCondition, kb: Pick<RulesKnowledge, 'tradeTraining'>): { years: number; known: boolean } {
  const fromLexicon = lexiconTrainingYears(trade, kb);
  if (fromLexicon !== undefined) return { years: fromLexicon, known: true };
  const n = numbers(condition);
  if (isLongTrade(trade, condition)) return { years: n.longTradeHours / n.hoursPerYear / (1 + n.extra), known: true };
  return { years: n.trainingYears, known: false };
}

/** What praksiskandidat requires in a trade. */
export function requirementFor(trade: string, condition: PathCondition, kb: Pick<RulesKnowledge, 'tradeTraining'>): Requirement {
  const n = numbers(condition);
  const fromLexicon = lexiconTrainingYears(trade, kb);
  if (fromLexicon !== undefined) {
    const years = fromLexicon * (1 + n.extra);
    return { years, text: `Opplæringstiden i ${trade} er ${formatYears(fromLexicon)}, så du trenger ${formatYears(years)} praksis i full stilling.` };
  }
  if (isLongTrade(trade, condition)) {
    const years = n.longTradeHours / n.hoursPerYear;
    return { years, text: `I ${trade} kreves om lag ${formatNumber(n.longTradeHours)} timer, omtrent ${formatYears(years)} i full stilling.` };
  }
  return {
    years: n.usualYears,
    text: `For ${trade} regner vi med den vanlige opplæringstiden på ${formatYears(n.trainingYears)}, altså ${formatYears(n.usualYears)} (${Math.round(n.usualYears * 12)} måneder) praksis i full stilling.`,
  };
}

/** The requirement when the trade is not known: the usual one, and the longest any trade has. */
export function requirementRange(condition: PathCondition, kb: Pick<RulesKnowledge, 'tradeTraining'>): { usual: number; longest: number } {
  const n = numbers(condition);
  const longestInLexicon = Math.max(0, ...kb.tradeTraining.map((t) => t.trainingYears * (1 + n.extra)));
  return { usual: n.usualYears, longest: Math.max(n.longTradeHours / n.hoursPerYear, longestInLexicon) };
}

/** The praksistid condition itself, for rules of other paths that compare practice with it. */
export function praksistidCondition(kb: Pick<RulesKnowledge, 'paths'>): PathCondition {
  const condition = kb.paths
    .find((p) => p.id === 'praksiskandidat')
    ?.variants.flatMap((v) => v.conditions)
    .find((c) => c.id === 'praksistid');
  if (!condition) throw new Error('knowledge/paths/praksiskandidat.json has no "praksistid" condition');
  return condition;
}
