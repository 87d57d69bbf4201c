// A small Okapi BM25 index over weighted term frequencies (compound parts count half, headings less),
// with weighted query terms. Everything is in typed arrays, so a search over a few hundred passages
// takes well under a millisecond.

export interface Bm25Options {
  k1?: number;
  b?: number;
}

interface Postings {
  docs: Int32Array;
  tfs: Float32Array;
  /** The term's idf (see idf()), worked out once. */
  idf: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  /** Per document, the length normalisation of BM25's term-frequency saturation. */
  private readonly norms: Float64Array;
  private readonly k1: number;
  private readonly b: number;
  readonly size: number;

  constructor(documents: ReadonlyArray<ReadonlyMap<string, number>>, lengths: readonly number[], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.size = documents.length;
    const total = lengths.reduce((a, n) => a + n, 0);
    const avgLength = this.size > 0 ? Math.max(1, total / this.size) : 1;
    // Lengths as single-precision floats, as they were always read.
    const docLengths = Float32Array.from(lengths);
    this.norms = Float64Array.from(docLengths, (length) => this.k1 * (1 - this.b + (this.b * length) / avgLength));

    const building = new Map<string, { docs: number[]; tfs: number[] }>();
    documents.forEach((tf, docIdx) => {
      for (const [term, f] of tf) {
        let p = building.get(term);
        if (!p) {
          p = { docs: [], tfs: [] };
          building.set(term, p);
        }
        p.docs.push(docIdx);
        p.tfs.push(f);
      }
    });
    for (const [term, p] of building) {
      this.postings.set(term, { docs: Int32Array.from(p.docs), tfs: Float32Array.from(p.tfs), idf: this.idfOf(p.docs.length) });
    }
  }

  /** Number of documents containing the term. */
  df(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** BM25 inverse document frequency (never negative). */
  idf(term: string): number {
    return this.idfOf(this.df(term));
  }

  private idfOf(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** The idf a term that occurs nowhere would get: the weight of an unknown word. */
  maxIdf(): number {
    return Math.log(1 + (this.size + 0.5) / 0.5);
  }

  get termCount(): number {
    return this.postings.size;
  }

  /** Scores for every document (0 where nothing matched). */
  score(query: ReadonlyMap<string, number>): Float64Array {
    const scores = new Float64Array(this.size);
    const { k1, norms } = this;
    for (const [term, weight] of query) {
      const p = this.postings.get(term);
      if (!p || weight <= 0) continue;
      const idf = p.idf * weight;
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i];
        const tf = p.tfs[i];
        scores[d] += (idf * tf * (k1 + 1)) / (tf + norms[d]);
      }
    }
    return scores;
  }
}

/** Indices of the `limit` highest positive scores, best first (ties: lower index first). */
export function topIndices(scores: ArrayLike<number>, limit: number): number[] {
  // The best `limit` so far, kept in order while scanning: no sort over every document that matched.
  const top: number[] = [];
  if (limit <= 0) return top;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (!(s > 0) || (top.length === limit && s <= scores[top[limit - 1]])) continue;
    // After every index with a score at least as high: equal scores stay in index order.
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scores[top[mid]] >= s) lo = mid + 1;
      else hi = mid;
    }
    // Shifted by hand: splice would allocate the (empty) array of removed items on every insert.
    // When the list is full, the last one falls off.
    if (top.length < limit) top.push(i);
    for (let at = top.length - 1; at > lo; at--) top[at] = top[at - 1];
    top[lo] = i;
  }
  return top;
}
