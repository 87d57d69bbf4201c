// The training time of each trade (lærefag), read from the trade lexicon (knowledge/lexicon/trades.json)
// when it is there and gives one. The rules use it for what praksiskandidat and fagbrev på jobb take in
// that trade; without it they use the usual training time in knowledge/paths/praksiskandidat.json.
//
// Only a trade's name and `trainingYears` are read here; everything else in the lexicon (synonyms and
// the like) belongs to understanding. Entries may name the trade as `name`, `canonical` or `id`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { TradeTraining } from './types';

const TRADES_FILE = path.join('lexicon', 'trades.json');

const EntrySchema = z
  .object({
    name: z.string().min(1).optional(),
    canonical: z.string().min(1).optional(),
    id: z.string().min(1).optional(),
    trainingYears: z.number().positive().max(10).optional(),
  })
  .passthrough();
const FileSchema = z.union([z.array(EntrySchema), z.object({ trades: z.array(EntrySchema) }).passthrough()]);

export class TradeTrainingError extends Error {}

/** [] when the lexicon is not there yet; throws TradeTrainingError when it is there but unreadable. */
export function loadTradeTraining(knowledgeDir: string): TradeTraining[] {
  const file = path.join(knowledgeDir, TRADES_FILE);
  if (!existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TradeTrainingError(`not valid JSON (${(error as Error).message})`);
  }
  const parsed = FileSchema.safeParse(raw);
  if (!parsed.success) throw new TradeTrainingError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const entries = Array.isArray(parsed.data) ? parsed.data : parsed.data.trades;
  const out: TradeTraining[] = [];
  for (const entry of entries) {
    const trade = entry.name ?? entry.canonical ?? entry.id;
    if (trade !== undefined && entry.trainingYears !== undefined) out.push({ trade, trainingYears: entry.trainingYears });
  }
  return out;
}

export { TRADES_FILE };
