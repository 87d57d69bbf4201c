// The best-scores pick (topIndices, with or without the documents a search matched) and the stable sort
// ranking uses, each held to the plain definition it must equal on many drawn lists with ties.
import { Bm25Index, topIndices } from '../../src/retrieval/bm25';
import { sortStable } from '../../src/retrieval/sort';

/** A small seeded generator, so a failure can be reproduced. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The definition: positive scores, best first, equal scores by lower index, the first `limit`. */
function bestIndices(scores: ArrayLike<number>, limit: number): number[] {
  const positive = Array.from({ length: scores.length }, (_, i) => i).filter((i) => scores[i] > 0);
  positive.sort((a, b) => scores[b] - scores[a] || a - b);
  return positive.slice(0, Math.max(0, limit));
}

describe('topIndices', () => {
  const random = generator(7);
  const draws = Array.from({ length: 400 }, () => {
    const n = Math.floor(random() * 120);
    const levels = 1 + Math.floor(random() * 12);
    const scores = Float64Array.from({ length: n }, () => {
      const r = random();
      return r < 0.3 ? 0 : r < 0.35 ? -1 : r < 0.37 ? NaN : Math.floor(random() * levels) / 4 + 0.25;
    });
    return { scores, limit: Math.floor(random() * 40) - 2 };
  });

  it('picks the best positive scores, ties by lower index, as sorting all of them would', () => {
    for (const { scores, limit } of draws) expect(topIndices(scores, limit)).toEqual(bestIndices(scores, limit));
  });

  it('gives the same from the matched documents alone, in any order', () => {
    for (const { scores, limit } of draws) {
      const matched = Array.from({ length: scores.length }, (_, i) => i).filter((i) => scores[i] > 0);
      const shuffled = sortStable(matched.map((i) => ({ i, key: random() })), (a, b) => a.key - b.key).map((x) => x.i);
      expect(topIndices(scores, limit, shuffled)).toEqual(bestIndices(scores, limit));
    }
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
});

describe('sortStable', () => {
  it('orders as Array.prototype.sort does, equal items kept in their order', () => {
    const random = generator(11);
    for (let t = 0; t < 300; t++) {
      const items = Array.from({ length: Math.floor(random() * 150) }, (_, i) => ({ i, a: Math.floor(random() * 6), b: Math.floor(random() * 3) }));
      const compare = (x: { a: number; b: number }, y: { a: number; b: number }) => y.a - x.a || x.b - y.b;
      expect(sortStable([...items], compare).map((x) => x.i)).toEqual([...items].sort(compare).map((x) => x.i));
    }
  });
});
