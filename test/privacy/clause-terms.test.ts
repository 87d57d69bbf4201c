// The sensitive-term expressions are built grouped by first letter (privacy/clauses.ts); they must find
// exactly what the plain list of terms finds.
import fc from 'fast-check';
import { CRIMINAL_STEMS, HEALTH_STEMS, HEALTH_WORDS, termRegex } from '../../src/privacy/clauses';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The plain form: the look-behind, then every stem, then every whole word. */
function plainTermRegex(stems: readonly string[], words: readonly string[] = []): RegExp {
  const parts = [`(?:${stems.map(escape).join('|')})`];
  if (words.length > 0) parts.push(`(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})`, 'iu');
}

const KINDS: Array<[string, readonly string[], readonly string[]]> = [
  ['health', HEALTH_STEMS, HEALTH_WORDS],
  ['criminal', CRIMINAL_STEMS, []],
  ['either', [...HEALTH_STEMS, ...CRIMINAL_STEMS], HEALTH_WORDS],
];

describe.each(KINDS)('%s terms grouped by first letter', (_kind, stems, words) => {
  const grouped = termRegex(stems, words);
  const plain = plainTermRegex(stems, words);
  const terms = [...stems, ...words];
  const around = ['', ' ', 'a', '1', '-', '.', ',', 'æ', '\n', 'ſ', 'K'];

  it('finds every term as the plain list does, in any case and between any neighbours', () => {
    for (const term of terms) {
      for (const written of [term, term.toUpperCase(), term[0].toUpperCase() + term.slice(1), term.slice(0, -1)]) {
        for (const before of around) {
          for (const after of around) {
            const text = `${before}${written}${after}`;
            expect([text, grouped.test(text)]).toEqual([text, plain.test(text)]);
          }
        }
      }
    }
  });

  it('agrees with the plain list on text pieced together from terms, letters and separators', () => {
    const piece = fc.oneof(fc.constantFrom(...terms), fc.constantFrom(...terms).map((t) => t.toUpperCase()), fc.string({ maxLength: 4 }), fc.constantFrom(' ', '-', '.', 'ø', 'e', 'r', '1'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        expect(grouped.test(text)).toBe(plain.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
