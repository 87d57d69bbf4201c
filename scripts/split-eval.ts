// Splits an evaluation set ONCE, at random, into <name>.dev.json and <name>.test.json beside it.
//   npx tsx scripts/split-eval.ts test/eval/questions/cases.json [--seed <32 hex digits>]
// The seed comes from the OS random source unless given (give it only to reproduce a recorded split).
// Items are stratified so each half gets half of every stratum: for question sets the stratum is
// expected kind (answer | gap | offTopic) x lang; otherwise `style` when items have one.
// Seed, date and counts are written into both halves. Tune only on dev; never edit test.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const Item = z.record(z.string(), z.unknown());
type Item = z.infer<typeof Item>;
const EvalFile = z.record(z.string(), z.unknown());

function parseArgs(argv: string[]): { file: string; seed: string } {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--seed');
  if (file === undefined) throw new Error('usage: split-eval.ts <file.json> [--seed <hex>]');
  const at = argv.indexOf('--seed');
  const seed = at >= 0 ? argv[at + 1] : randomBytes(16).toString('hex');
  if (seed === undefined || !/^[0-9a-f]{32}$/.test(seed)) throw new Error('--seed must be 32 hex digits');
  return { file, seed };
}

/** sfc32 seeded with the 128-bit seed: a small, well-mixed PRNG so a split can be reproduced. */
function prng(seedHex: string): () => number {
  let [a, b, c, d] = [0, 8, 16, 24].map((i) => parseInt(seedHex.slice(i, i + 8), 16) >>> 0);
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function stratum(item: Item): string {
  const expect = Item.safeParse(item.expect);
  if (expect.success) {
    const kind = expect.data.gap === true ? 'gap' : expect.data.offTopic === true ? 'offTopic' : 'answer';
    return typeof item.lang === 'string' ? `${kind}/${item.lang}` : kind;
  }
  return typeof item.style === 'string' ? item.style : 'all';
}

function render(head: Record<string, unknown>, key: string, items: Item[]): string {
  const top = Object.entries(head).map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v, null, 1).replace(/\n/g, '\n ')}`);
  const body = items.map((it) => `  ${JSON.stringify(it)}`).join(',\n');
  return `{\n${[...top, ` ${JSON.stringify(key)}: [\n${body}\n ]`].join(',\n')}\n}\n`;
}

function main(): void {
  const { file, seed } = parseArgs(process.argv.slice(2));
  const data = EvalFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  const key = Object.keys(data).find((k) => Array.isArray(data[k]));
  if (key === undefined) throw new Error(`${file}: no array of items at the top level`);
  const items = z.array(Item).parse(data[key]);
  const random = prng(seed);

  const strata = new Map<string, Item[]>();
  for (const it of items) strata.set(stratum(it), [...(strata.get(stratum(it)) ?? []), it]);
  const halves: { dev: Item[]; test: Item[] } = { dev: [], test: [] };
  // Dealing alternately over the concatenated shuffled strata keeps every stratum and the total within one item of half.
  let toDev = random() < 0.5;
  for (const name of [...strata.keys()].sort()) {
    for (const it of shuffle(strata.get(name) ?? [], random)) {
      (toDev ? halves.dev : halves.test).push(it);
      toDev = !toDev;
    }
  }

  const order = new Map(items.map((it, i) => [it, i]));
  const byOriginalOrder = (a: Item, b: Item): number => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const date = new Date().toISOString().slice(0, 10);
  const { [key]: _items, ...rest } = data;
  const base = file.replace(/\.json$/, '');
  for (const half of ['dev', 'test'] as const) {
    const part = halves[half].sort(byOriginalOrder);
    const counts: Record<string, number> = {};
    for (const it of part) counts[stratum(it)] = (counts[stratum(it)] ?? 0) + 1;
    const split = { half, seed, date, from: path.basename(file), total: part.length, strata: counts };
    writeFileSync(`${base}.${half}.json`, render({ ...rest, split }, key, part));
    console.log(`${base}.${half}.json: ${part.length} items ${JSON.stringify(counts)}`);
  }
  console.log(`seed ${seed} date ${date}`);
}

main();
