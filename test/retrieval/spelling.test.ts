import { SpellingCorrector } from '../../src/retrieval/spelling';

describe('SpellingCorrector', () => {
  const vocabulary = new Map<string, number>([
    ['praksiskandidat', 12],
    ['trøndelag', 30],
    ['reuse', 1],
    ['når', 40],
  ]);
  const spelling = new SpellingCorrector(vocabulary, { preferred: new Set(['praksiskandidat']) });

  it('reads a word typed without æøå as the known word', () => {
    expect(spelling.correct('trondelag')).toBe('trøndelag');
  });

  it('reads "aa" as å', () => {
    expect(spelling.correct('naar')).toBe('når');
  });

  it('reads a typo as the known word one or two edits away', () => {
    expect(spelling.correct('prakiskandidat')).toBe('praksiskandidat');
  });

  it('does not read a word as one the knowledge uses only once', () => {
    expect(spelling.correct('reise')).toBe('reise');
  });

  it('keeps known words', () => {
    expect(spelling.correct('reuse')).toBe('reuse');
  });
});
