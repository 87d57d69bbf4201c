// Compressed copies of a static asset, made once per content: brotli (quality 11) and gzip (level 9),
// compressed in the background (zlib's thread pool) and kept in memory. With a cache folder they are
// also written there under the content's hash, so the next start (or the next test process) reads them
// instead of compressing again: brotli 11 takes about 11 s of one core for Web Chat's 3.9 MB bundle.
// A cached copy is used only when it decompresses to exactly the asset's bytes.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants, gunzip, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const brotliAsync = promisify(brotliCompress);
const unbrotliAsync = promisify(brotliDecompress);
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

const CODECS: Record<Encoding, { ext: string; compress(body: Buffer): Promise<Buffer>; decompress(data: Buffer): Promise<Buffer> }> = {
  br: {
    ext: 'br',
    compress: (body) =>
      brotliAsync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    decompress: (data) => unbrotliAsync(data),
  },
  gzip: {
    ext: 'gz',
    compress: (body) => gzipAsync(body, { level: 9 }),
    decompress: (data) => gunzipAsync(data),
  },
};

/** Below this size compression saves less than its headers cost. */
const MIN_COMPRESSIBLE_BYTES = 1024;

export function isCompressible(contentType: string, size: number): boolean {
  return size >= MIN_COMPRESSIBLE_BYTES && /javascript|css|html|json|svg/.test(contentType);
}

/**
 * The encodings a client accepts, best first (brotli before gzip), from its Accept-Encoding header.
 * `q=0` refuses an encoding; `*` accepts both.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const accepted = new Set<Encoding>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [token, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (q !== undefined && Number(q) === 0) continue;
    if (token === 'br' || token === 'gzip') accepted.add(token);
    if (token === '*') {
      accepted.add('br');
      accepted.add('gzip');
    }
  }
  return (['br', 'gzip'] as const).filter((e) => accepted.has(e));
}

/** The compressed copies of one asset: each resolves once (undefined if compression failed). */
export class CompressedCopies {
  private readonly done = new Map<Encoding, Buffer>();
  private readonly pending: Record<Encoding, Promise<Buffer | undefined>>;

  constructor(body: Buffer, hash: string, cacheDir: string | undefined) {
    const make = (encoding: Encoding) =>
      compressOnce(body, hash, encoding, cacheDir).then((data) => {
        if (data) this.done.set(encoding, data);
        return data;
      });
    // gzip first: it is ready in a fraction of a second and serves every client until brotli is.
    const gz = make('gzip');
    this.pending = { gzip: gz, br: gz.then(() => make('br')) };
  }

  /** Both copies made (or given up on). */
  async ready(): Promise<void> {
    await Promise.all([this.pending.gzip, this.pending.br]);
  }

  /**
   * The copy to send for the encodings a client accepts: brotli when it is ready, else gzip (waiting
   * for gzip if need be: at start-up it is a few hundred milliseconds away), else none.
   */
  async pick(accepted: Encoding[]): Promise<{ encoding: Encoding; data: Buffer } | undefined> {
    for (const encoding of accepted) {
      const data = this.done.get(encoding);
      if (data) return { encoding, data };
    }
    if (accepted.includes('gzip')) {
      const data = await this.pending.gzip;
      if (data) return { encoding: 'gzip', data };
    }
    return undefined;
  }
}

async function compressOnce(body: Buffer, hash: string, encoding: Encoding, cacheDir: string | undefined): Promise<Buffer | undefined> {
  const codec = CODECS[encoding];
  const file = cacheDir ? path.join(cacheDir, `${hash}.${codec.ext}`) : undefined;
  if (file) {
    const cached = await readFile(file).catch(() => undefined);
    if (cached) {
      const original = await codec.decompress(cached).catch(() => undefined);
      if (original?.equals(body)) return cached;
    }
  }
  let data: Buffer;
  try {
    data = await codec.compress(body);
  } catch {
    return undefined;
  }
  if (file && cacheDir) {
    // Written under a temporary name and renamed, so a reader never sees half a file. A read-only or
    // missing folder only costs the next start another compression.
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(cacheDir, { recursive: true, mode: 0o700 })
      .then(() => writeFile(tmp, data))
      .then(() => rename(tmp, file))
      .catch(() => undefined);
  }
  return data;
}
