// The best-scores pick (topIndices, with or without the documents a search matched) and the stable sort
// ranking uses, each held to the plain definition it must equal on many drawn lists with ties.
import fc from 'fast-check';
import { Bm25Index, ScoreBuffer, topIndices } from '../../src/retrieval/bm25';
import { sortStable } from '../../src/retrieval/sort';

/** The definition: positive scores, best first, equal scores by lower index, the first `limit`. */
function bestIndices(scores: ArrayLike<number>, limit: number): number[] {
  const positive = Array.from({ length: scores.length }, (_, i) => i).filter((i) => scores[i] > 0);
  positive.sort((a, b) => scores[b] - scores[a] || a - b);
  return positive.slice(0, Math.max(0, limit));
}

/** Scores as search gives them: many ties, zeros, and the odd negative or NaN that must never be picked. */
const scoreLists = fc.array(fc.oneof(fc.constantFrom(0, -1, Number.NaN), fc.integer({ min: 1, max: 12 }).map((k) => k / 4)), { maxLength: 120 }).map((xs) => Float64Array.from(xs));
const limits = fc.integer({ min: -2, max: 40 });

describe('topIndices', () => {
  it('picks the best positive scores, ties by lower index, as sorting all of them would', () => {
    fc.assert(fc.property(scoreLists, limits, (scores, limit) => {
      expect(topIndices(scores, limit)).toEqual(bestIndices(scores, limit));
    }), { numRuns: 400 });
  });

  it('gives the same from the matched documents alone, in any order', () => {
    const withOrder = scoreLists.chain((scores) => {
      const matched = Array.from({ length: scores.length }, (_, i) => i).filter((i) => scores[i] > 0);
      return fc.tuple(fc.constant(scores), fc.shuffledSubarray(matched, { minLength: matched.length, maxLength: matched.length }));
    });
    fc.assert(fc.property(withOrder, limits, ([scores, shuffled], limit) => {
      expect(topIndices(scores, limit, shuffled)).toEqual(bestIndices(scores, limit));
    }), { numRuns: 400 });
  });
});

describe('Bm25Index.scoreMatching', () => {
  it('scores as score() does and names exactly the documents scored above zero', () => {
    const docs = [new Map([['a', 2], ['b', 1]]), new Map([['b', 1]]), new Map([['c', 3]]), new Map([['a', 0.5], ['c', 1]])];
    const index = new Bm25Index(docs, [3, 1, 3, 2]);
    const query = new Map([['a', 1], ['c', 0.5], ['zzz', 1]]);
    const { scores, matched } = index.scoreMatching(query);
    expect(Array.from(scores)).toEqual(Array.from(index.score(query)));
    expect([...matched].sort()).toEqual([0, 2, 3]);
  });

  it('scores exactly as the BM25 formula summed term by term, at query weight 1 and at any other', () => {
    const terms = ['a', 'b', 'c', 'd'];
    const docsOf = fc.array(fc.dictionary(fc.constantFrom(...terms), fc.integer({ min: 1, max: 7 }).map((k) => k / 3)), { minLength: 1, maxLength: 12 });
    const queries = fc.dictionary(fc.constantFrom(...terms), fc.constantFrom(1, 1, 0.5, 0.6, 0.36, 0.9));
    fc.assert(fc.property(docsOf, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 12, maxLength: 12 }), queries, (docs, lengthsDrawn, q) => {
      const lengths = docs.map((_, i) => lengthsDrawn[i]);
      const index = new Bm25Index(docs.map((d) => new Map(Object.entries(d))), lengths);
      const [k1, b] = [1.2, 0.75];
      const avg = Math.max(1, lengths.reduce((x, y) => x + y, 0) / docs.length);
      const expected = new Float64Array(docs.length);
      for (const [term, weight] of Object.entries(q)) {
        const df = docs.filter((d) => term in d).length;
        if (df === 0) continue;
        const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5)) * weight;
        docs.forEach((d, i) => {
          if (!(term in d)) return;
          const tf = Math.fround(d[term]);
          expected[i] += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * Math.fround(lengths[i])) / avg));
        });
      }
      expect(Array.from(index.scoreMatching(new Map(Object.entries(q))).scores)).toEqual(Array.from(expected));
    }), { numRuns: 400 });
  });

  it('scores into a reused buffer exactly as into a fresh one, whatever was scored into it before', () => {
    const terms = ['a', 'b', 'c', 'd'];
    const docsOf = fc.array(fc.dictionary(fc.constantFrom(...terms), fc.integer({ min: 1, max: 4 }).map((k) => k / 2)), { minLength: 1, maxLength: 12 });
    const queries = fc.array(fc.dictionary(fc.constantFrom(...terms, 'zzz'), fc.constantFrom(0, 0.5, 1)), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(docsOf, queries, (docs, qs) => {
      const index = new Bm25Index(docs.map((d) => new Map(Object.entries(d))), docs.map((d) => Object.keys(d).length + 1));
      const buffer = new ScoreBuffer(index.size);
      for (const q of qs) {
        const query = new Map(Object.entries(q));
        const fresh = index.scoreMatching(query);
        const reused = index.scoreMatching(query, buffer);
        expect(Array.from(reused.scores)).toEqual(Array.from(fresh.scores));
        expect([...reused.matched].sort((x, y) => x - y)).toEqual([...fresh.matched].sort((x, y) => x - y));
      }
    }), { numRuns: 300 });
  });
});

describe('sortStable', () => {
  it('orders as Array.prototype.sort does, equal items kept in their order', () => {
    const items = fc.array(fc.record({ a: fc.integer({ min: 0, max: 5 }), b: fc.integer({ min: 0, max: 2 }) }), { maxLength: 150 });
    const compare = (x: { a: number; b: number }, y: { a: number; b: number }) => y.a - x.a || x.b - y.b;
    fc.assert(fc.property(items, (list) => {
      const tagged = list.map((x, i) => ({ ...x, i }));
      expect(sortStable([...tagged], compare).map((x) => x.i)).toEqual([...tagged].sort(compare).map((x) => x.i));
    }), { numRuns: 300 });
  });
});
