// A small Okapi BM25 index over weighted term frequencies (compound parts count half, headings less),
// with weighted query terms. Everything is in typed arrays, so a search over a few hundred passages
// takes well under a millisecond.

export interface Bm25Options {
  k1?: number;
  b?: number;
  /** The numbers of the terms, shared with the other indexes over the same items (a term is then looked up once for all of them). */
  ids?: TermIds;
}

/**
 * Numbers for terms: indexes over the same items that share them keep their postings by number, so a
 * search looks each of its terms up once, not once per index.
 */
export class TermIds {
  private readonly ids = new Map<string, number>();

  /** The term's number, undefined for a term no index has. */
  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The term's number (a new term gets the next). */
  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  /** A query's terms as numbers, with their weights, in the query's order (terms no index has are left out). */
  resolve(query: ReadonlyMap<string, number>): QueryTerms {
    const ids: number[] = [];
    const weights: number[] = [];
    // (forEach, not for…of: no iterator and no [term, weight] pair made per term.)
    query.forEach((weight, term) => {
      const id = this.ids.get(term);
      if (id === undefined) return;
      ids.push(id);
      weights.push(weight);
    });
    return { ids, weights };
  }
}

/** A query's terms by number (TermIds), each with its weight. */
export interface QueryTerms {
  ids: readonly number[];
  weights: readonly number[];
}

export class Bm25Index {
  private readonly ids: TermIds;
  /**
   * The postings of every term in three flat arrays, a term's at [starts[id], starts[id + 1]) by its number
   * (see TermIds): a few typed arrays per term would cost several times what they hold, most terms being in
   * one or two documents. Terms numbered after this index was built (by another sharing the ids) are past the end.
   */
  private readonly starts: Int32Array;
  private readonly docs: Int32Array;
  private readonly tfs: Float32Array;
  /** Per posting, what the term adds to its document's score at query weight 1 (most query terms), worked out once. */
  private readonly impacts: Float64Array;
  /** Per term number, its idf (see idf()), worked out once; NaN for a term no document has. */
  private readonly idfs: Float64Array;
  /** How many terms some document has. */
  readonly termCount: number;
  /** Per document, the length normalisation of BM25's term-frequency saturation. */
  private readonly norms: Float64Array;
  private readonly k1: number;
  private readonly b: number;
  readonly size: number;

  constructor(documents: ReadonlyArray<ReadonlyMap<string, number>>, lengths: readonly number[], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.ids = options.ids ?? new TermIds();
    this.size = documents.length;
    const total = lengths.reduce((a, n) => a + n, 0);
    const avgLength = this.size > 0 ? Math.max(1, total / this.size) : 1;
    // Lengths as single-precision floats, as they were always read.
    const docLengths = Float32Array.from(lengths);
    this.norms = Float64Array.from(docLengths, (length) => this.k1 * (1 - this.b + (this.b * length) / avgLength));

    // Per term (by number), how many documents have it, then the postings in term order, each term's in document order.
    for (const tf of documents) for (const term of tf.keys()) this.ids.add(term);
    const termSlots = this.ids.size;
    const counts = new Int32Array(termSlots);
    let postings = 0;
    for (const tf of documents) {
      for (const term of tf.keys()) {
        counts[this.ids.add(term)]++;
        postings++;
      }
    }
    this.starts = new Int32Array(termSlots + 1);
    for (let id = 0; id < termSlots; id++) this.starts[id + 1] = this.starts[id] + counts[id];
    this.docs = new Int32Array(postings);
    this.tfs = new Float32Array(postings);
    const next = this.starts.slice(0, termSlots);
    documents.forEach((tf, docIdx) => {
      for (const [term, f] of tf) {
        const at = next[this.ids.add(term)]++;
        this.docs[at] = docIdx;
        this.tfs[at] = f;
      }
    });
    this.idfs = new Float64Array(termSlots).fill(NaN);
    this.impacts = new Float64Array(postings);
    let termCount = 0;
    for (let id = 0; id < termSlots; id++) {
      const from = this.starts[id];
      const to = this.starts[id + 1];
      if (to === from) continue;
      termCount++;
      const idf = this.idfOf(to - from);
      this.idfs[id] = idf;
      // The very sum scoreMatching makes at weight 1 (idf × 1 is idf), so a score is the same either way.
      for (let i = from; i < to; i++) this.impacts[i] = (idf * this.tfs[i] * (this.k1 + 1)) / (this.tfs[i] + this.norms[this.docs[i]]);
    }
    this.termCount = termCount;
  }

  /** Number of documents containing the term. */
  df(term: string): number {
    const id = this.ids.id(term);
    return id === undefined ? 0 : this.dfAt(id);
  }

  /** The same for a term by its number. */
  dfAt(id: number): number {
    return id + 1 < this.starts.length ? this.starts[id + 1] - this.starts[id] : 0;
  }

  /** BM25 inverse document frequency (never negative). */
  idf(term: string): number {
    return this.idfIfAny(term) ?? this.idfOf(0);
  }

  /** The idf of a term some document has; undefined for any other. */
  idfIfAny(term: string): number | undefined {
    const id = this.ids.id(term);
    return id === undefined ? undefined : this.idfIfAnyAt(id);
  }

  /** The same for a term by its number. */
  idfIfAnyAt(id: number): number | undefined {
    return this.dfAt(id) > 0 ? this.idfs[id] : undefined;
  }

  private idfOf(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** The idf a term that occurs nowhere would get: the weight of an unknown word. */
  maxIdf(): number {
    return Math.log(1 + (this.size + 0.5) / 0.5);
  }

  /** Scores for every document (0 where nothing matched). */
  score(query: ReadonlyMap<string, number>): Float64Array {
    return this.scoreMatching(query).scores;
  }

  /**
   * Scores for every document, and the documents that matched (score above 0), in no particular order.
   * `into`: a buffer of this index's size to score into, reused from search to search (what it held is cleared).
   */
  scoreMatching(query: ReadonlyMap<string, number>, into?: ScoreBuffer): { scores: Float64Array; matched: Int32Array } {
    return this.scoreTerms(this.ids.resolve(query), into);
  }

  /** The same for a query whose terms are numbered already (by the TermIds this index was built with). */
  scoreTerms(query: QueryTerms, into?: ScoreBuffer): { scores: Float64Array; matched: Int32Array } {
    const buffer = into ?? new ScoreBuffer(this.size);
    if (buffer.scores.length !== this.size) throw new Error(`a score buffer of ${buffer.scores.length} documents for an index of ${this.size}`);
    buffer.clear();
    const { scores, docs: matchedDocs } = buffer;
    const { starts, docs, tfs, impacts, norms, idfs } = this;
    const k1 = this.k1;
    let count = 0;
    for (let t = 0; t < query.ids.length; t++) {
      const id = query.ids[t];
      const weight = query.weights[t];
      if (id + 1 >= starts.length || weight <= 0) continue;
      const from = starts[id];
      const to = starts[id + 1];
      // At a weight other than 1 the impact is worked out here, as the sum for weight 1 was (query weights are few
      // constants and synonym weights, and keeping each term's impacts at each would grow with every new one).
      if (weight === 1) {
        for (let i = from; i < to; i++) {
          const d = docs[i];
          // Every term adds more than 0, so a document's first term is where its score leaves 0.
          if (scores[d] === 0) matchedDocs[count++] = d;
          scores[d] += impacts[i];
        }
      } else {
        const idf = idfs[id] * weight;
        for (let i = from; i < to; i++) {
          const d = docs[i];
          if (scores[d] === 0) matchedDocs[count++] = d;
          scores[d] += (idf * tfs[i] * (k1 + 1)) / (tfs[i] + norms[d]);
        }
      }
    }
    buffer.count = count;
    return { scores, matched: buffer.matched };
  }
}

/**
 * A search's scores, kept to score the next search into: allocating a typed array per search costs more
 * than the search, and clearing needs only the documents the last one matched.
 */
export class ScoreBuffer {
  readonly scores: Float64Array;
  /** The documents the last search matched: the first `count` (a document matches once, so at most all of them). */
  readonly docs: Int32Array;
  count = 0;

  constructor(size: number) {
    this.scores = new Float64Array(size);
    this.docs = new Int32Array(size);
  }

  /** The documents the last search matched, in no particular order. */
  get matched(): Int32Array {
    return this.docs.subarray(0, this.count);
  }

  /** All scores back to 0. */
  clear(): void {
    for (let i = 0; i < this.count; i++) this.scores[this.docs[i]] = 0;
    this.count = 0;
  }
}

/**
 * Indices of the `limit` highest positive scores, best first (ties: lower index first). `among`: the
 * indices to look at (by default all; e.g. the documents a search matched, from scoreMatching).
 */
export function topIndices(scores: ArrayLike<number>, limit: number, among?: ArrayLike<number>): number[] {
  // The best `limit` so far in a heap whose root is the weakest of them (the lowest score; of equal
  // scores, the later index): a score that does not beat the root is passed over, one that does
  // replaces it. The order the indices are looked at in does not matter.
  const heap: number[] = [];
  if (limit <= 0) return heap;
  // The root's score once the heap is full: most scores fall below it and are passed over on one comparison.
  let rootScore = -Infinity;
  const count = among ? among.length : scores.length;
  for (let k = 0; k < count; k++) {
    const i = among ? among[k] : k;
    const s = scores[i];
    if (!(s > 0)) continue;
    if (heap.length < limit) {
      // Up from the last place while weaker than the parent.
      let at = heap.length;
      heap.push(i);
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!weaker(scores, i, heap[parent])) break;
        heap[at] = heap[parent];
        at = parent;
      }
      heap[at] = i;
      if (heap.length === limit) rootScore = scores[heap[0]];
    } else if (s > rootScore || (s === rootScore && i < heap[0])) {
      siftDown(heap, scores, i, 0, limit);
      rootScore = scores[heap[0]];
    }
  }
  // Best first: the weakest is taken off the root, one after another, into the places freed at the end.
  for (let size = heap.length - 1; size > 0; size--) {
    const weakest = heap[0];
    siftDown(heap, scores, heap[size], 0, size);
    heap[size] = weakest;
  }
  return heap;
}

/** Whether index a's score is weaker than b's: lower, or equal and a later index. */
function weaker(scores: ArrayLike<number>, a: number, b: number): boolean {
  return scores[a] < scores[b] || (scores[a] === scores[b] && a > b);
}

/** Puts `item` at `at` in the heap or below it, while a child (within the first `size`) is weaker. */
function siftDown(heap: number[], scores: ArrayLike<number>, item: number, at: number, size: number): void {
  for (;;) {
    const left = 2 * at + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && weaker(scores, heap[right], heap[left]) ? right : left;
    if (!weaker(scores, heap[child], item)) break;
    heap[at] = heap[child];
    at = child;
  }
  heap[at] = item;
}
