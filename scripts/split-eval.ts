// Splits an evaluation file once, at random, into <name>.dev.json and <name>.test.json beside it.
//
//   npx tsx scripts/split-eval.ts test/eval/understand/cases.json [--seed N] [--key cases] [--force]
//
// The seed comes from the operating system's random source unless given; it is printed and written,
// with the date, into both halves so the split can be reproduced. Items keep their original order
// within each half. Existing halves are never overwritten without --force: a test half is split once.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const EvalFile = z.record(z.string(), z.unknown());

interface Options {
  file: string;
  seed?: number;
  key?: string;
  force: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const rest = [...argv];
  let file: string | undefined;
  let seed: number | undefined;
  let key: string | undefined;
  let force = false;
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '--force') force = true;
    else if (arg === '--seed') seed = z.coerce.number().int().min(0).max(0xffffffff).parse(rest.shift());
    else if (arg === '--key') key = z.string().min(1).parse(rest.shift());
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  if (file === undefined) throw new Error('usage: split-eval.ts <file.json> [--seed N] [--key name] [--force]');
  return { file, seed, key, force };
}

// mulberry32: small, well-known 32-bit generator; enough to shuffle a few hundred items reproducibly.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffledIndices(n: number, seed: number): number[] {
  const random = mulberry32(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function arrayKey(data: Record<string, unknown>, wanted?: string): string {
  if (wanted !== undefined) {
    if (!Array.isArray(data[wanted])) throw new Error(`"${wanted}" is not an array in the file`);
    return wanted;
  }
  const keys = Object.keys(data).filter((k) => Array.isArray(data[k]));
  if (keys.length !== 1) throw new Error(`expected exactly one array in the file, found ${keys.length}; pass --key`);
  return keys[0];
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const data = EvalFile.parse(JSON.parse(readFileSync(opts.file, 'utf8')));
  const key = arrayKey(data, opts.key);
  const items = z.array(z.unknown()).min(2).parse(data[key]);

  const dir = path.dirname(opts.file);
  const base = path.basename(opts.file, '.json');
  const devPath = path.join(dir, `${base}.dev.json`);
  const testPath = path.join(dir, `${base}.test.json`);
  if (!opts.force && (existsSync(devPath) || existsSync(testPath))) {
    throw new Error(`${devPath} or ${testPath} exists already; the split is made once (use --force to redo it)`);
  }

  const seed = opts.seed ?? randomBytes(4).readUInt32BE(0);
  const date = new Date().toISOString().slice(0, 10);
  const order = shuffledIndices(items.length, seed);
  const devCount = Math.ceil(items.length / 2);
  const devSet = new Set(order.slice(0, devCount));

  const write = (file: string, half: 'dev' | 'test', keep: (i: number) => boolean): number => {
    const chosen = items.filter((_, i) => keep(i));
    const split = { half, seed, date, from: path.basename(opts.file), total: items.length };
    const others = Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));
    writeFileSync(file, `${JSON.stringify({ ...others, split, [key]: chosen }, null, 2)}\n`);
    return chosen.length;
  };
  const nDev = write(devPath, 'dev', (i) => devSet.has(i));
  const nTest = write(testPath, 'test', (i) => !devSet.has(i));
  process.stdout.write(`seed ${seed} (${opts.seed === undefined ? 'crypto.randomBytes' : 'given'}), ${date}\n`);
  process.stdout.write(`${devPath}: ${nDev} ${key}\n${testPath}: ${nTest} ${key}\n`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
