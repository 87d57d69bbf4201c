// Compressed copies of a static asset, made once per content: brotli (quality 11) and gzip (level 9),
// compressed in the background (zlib's thread pool) and kept in memory. With a cache folder they are
// also written there under the content's hash, so the next start (or the next test process) reads them
// instead of compressing again: brotli 11 takes about 11 s of one core for Web Chat's 3.9 MB bundle.
// A cached copy is used only when it decompresses to exactly the asset's bytes. A start that finds
// its copies in the cache does no work until the first request for them.
import { existsSync } from 'node:fs';
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

/**
 * The compressed copies of one asset. A copy already in the cache folder is read (and checked) when
 * it is first needed, which takes milliseconds; a missing one is made now, in the background.
 */
export class CompressedCopies {
  private readonly done = new Map<Encoding, Buffer>();
  private readonly cached: Record<Encoding, boolean>;
  private readonly loading = new Map<Encoding, Promise<Buffer | undefined>>();
  private readonly making = new Map<Encoding, Promise<Buffer | undefined>>();

  constructor(
    private readonly body: Buffer,
    private readonly hash: string,
    private readonly cacheDir: string | undefined,
  ) {
    const inCache = (encoding: Encoding) => !!cacheDir && existsSync(cacheFile(cacheDir, hash, encoding));
    this.cached = { gzip: inCache('gzip'), br: inCache('br') };
    // gzip first: it is ready in a fraction of a second and serves every client until brotli is.
    const gz = this.cached.gzip ? Promise.resolve(undefined) : this.make('gzip');
    if (!this.cached.br) void gz.then(() => this.make('br'));
  }

  /** Both copies made or read (or given up on). */
  async ready(): Promise<void> {
    for (const encoding of ['gzip', 'br'] as const) {
      if (!this.cached[encoding] || !(await this.load(encoding))) await this.make(encoding);
    }
  }

  /**
   * The copy to send for the encodings a client accepts: brotli when it is ready (or in the cache
   * folder), else gzip (waiting for gzip if need be: at start-up it is a few hundred milliseconds
   * away), else none.
   */
  async pick(accepted: Encoding[]): Promise<{ encoding: Encoding; data: Buffer } | undefined> {
    for (const encoding of accepted) {
      const data = this.done.get(encoding) ?? (this.cached[encoding] ? await this.load(encoding) : undefined);
      if (data) return { encoding, data };
    }
    if (accepted.includes('gzip')) {
      const data = await (this.making.get('gzip') ?? this.make('gzip'));
      if (data) return { encoding: 'gzip', data };
    }
    return undefined;
  }

  /** Reads the copy in the cache folder once; a damaged or foreign one is made again in the background. */
  private load(encoding: Encoding): Promise<Buffer | undefined> {
    let loading = this.loading.get(encoding);
    if (!loading) {
      loading = readCached(this.body, this.hash, encoding, this.cacheDir ?? '').then((data) => {
        if (data) this.done.set(encoding, data);
        else {
          this.cached[encoding] = false;
          void this.make(encoding);
        }
        return data;
      });
      this.loading.set(encoding, loading);
    }
    return loading;
  }

  private make(encoding: Encoding): Promise<Buffer | undefined> {
    let making = this.making.get(encoding);
    if (!making) {
      making = compressAndKeep(this.body, this.hash, encoding, this.cacheDir).then((data) => {
        if (data) this.done.set(encoding, data);
        return data;
      });
      this.making.set(encoding, making);
    }
    return making;
  }
}

function cacheFile(cacheDir: string, hash: string, encoding: Encoding): string {
  return path.join(cacheDir, `${hash}.${CODECS[encoding].ext}`);
}

/** The cached copy, if it decompresses to exactly `body`. */
async function readCached(body: Buffer, hash: string, encoding: Encoding, cacheDir: string): Promise<Buffer | undefined> {
  const cached = await readFile(cacheFile(cacheDir, hash, encoding)).catch(() => undefined);
  if (!cached) return undefined;
  const original = await CODECS[encoding].decompress(cached).catch(() => undefined);
  return original?.equals(body) ? cached : undefined;
}

async function compressAndKeep(body: Buffer, hash: string, encoding: Encoding, cacheDir: string | undefined): Promise<Buffer | undefined> {
  let data: Buffer;
  try {
    data = await CODECS[encoding].compress(body);
  } catch {
    return undefined;
  }
  if (cacheDir) {
    // Written under a temporary name and renamed, so a reader never sees half a file. A read-only or
    // missing folder only costs the next start another compression.
    const file = cacheFile(cacheDir, hash, encoding);
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(cacheDir, { recursive: true, mode: 0o700 })
      .then(() => writeFile(tmp, data))
      .then(() => rename(tmp, file))
      .catch(() => undefined);
  }
  return data;
}
