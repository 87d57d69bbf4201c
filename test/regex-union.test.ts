import fc from 'fast-check';
import { testedUnionSource, topLevelAlternatives, unionSource, unionTest, wordBeginnings } from '../src/regex-union';

/** Patterns of the shapes the cues and the guard use: at a word start or not, with groups and classes holding a "|". */
const PATTERNS = [
  String.raw`\bab\b`,
  String.raw`\ba(?:b|c)a\b`,
  String.raw`\b(?:ca|ac)\b|ba`,
  String.raw`b[|a]c`,
  String.raw`\bc+`,
  String.raw`a\b`,
  String.raw`(?:^|\s)cab`,
  String.raw`\bb(?! a)`,
  String.raw`\ba\w*c`,
  String.raw`æ\b`,
];

const plainUnion = (sources: readonly string[]) => new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'u');

describe('one pattern for many, with their shared \\b', () => {
  test('a source is split at its top-level "|" only, not inside a group or a character class', () => {
    expect(topLevelAlternatives(String.raw`\bab|(?:c|d)e|[|x]y|z\|w`)).toEqual([String.raw`\bab`, '(?:c|d)e', '[|x]y', String.raw`z\|w`]);
  });

  test('for any patterns and text, the union matches where and what the patterns side by side match', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PATTERNS), { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[abcæ |-]{0,24}$/u), (sources, text) => {
        const expected = plainUnion(sources).exec(text);
        const got = new RegExp(unionSource(sources), 'u').exec(text);
        expect(got?.index).toBe(expected?.index);
        expect(got?.[0]).toBe(expected?.[0]);
      }),
      { numRuns: 2000 },
    );
  });

  test('for any patterns and text, the union only tested tells whether the patterns side by side match', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PATTERNS), { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[abcæ |-]{0,24}$/u), (sources, text) => {
        expect(new RegExp(testedUnionSource(sources), 'u').test(text)).toBe(plainUnion(sources).test(text));
      }),
      { numRuns: 2000 },
    );
  });

  /** Shapes the index reads: words at a word start, optional and repeated parts, classes, look-arounds, ^, a later part at a word start, and parts it cannot read. */
  const INDEXED = [
    ...PATTERNS,
    String.raw`\bab(?:c|ba)\b`,
    String.raw`\b(?:a |b )?cab`,
    String.raw`\b[ab]c{0,2}a`,
    String.raw`^ca\b`,
    String.raw`\b(?<=a )ba`,
    String.raw`\b(?:a|b)+c`,
    String.raw`\bc[^.]{0,6}?\bab\b`,
    String.raw`(?:\bab|\bba) c`,
    String.raw`\w*bc`,
    String.raw`b\b`,
    String.raw`\ba.{0,3}?\b(?:cc|ba)`,
    String.raw`\bæa`,
  ];

  test('for any patterns and text, the indexed test tells whether the patterns side by side match', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INDEXED), { minLength: 1, maxLength: 6 }), fc.array(fc.stringMatching(/^[abcæ .-]{0,24}$/u), { minLength: 1, maxLength: 4 }), (sources, texts) => {
        const union = unionTest(sources, 'u');
        // (Several texts in turn: what the test keeps between texts must not carry over.)
        for (const text of texts) expect(union.test(text)).toBe(plainUnion(sources).test(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('a pattern written with the g flag is tested anew on every text, not from where it last stopped', () => {
    const union = unionTest([String.raw`\bab\b`, String.raw`\bca`], 'gu');
    expect([union.test('ab'), union.test('ab'), union.test('x ca'), union.test('x ca')]).toEqual([true, true, true, true]);
  });

  test('an alternative is filed under how its words must start: its own start, and a later part at a word start', () => {
    expect(wordBeginnings(String.raw`\b(?:hvor mye|kor mykje) (?:\w+ ){0,3}?igjen`, 'u').map((b) => [...b].sort())).toEqual([['hvor mye ', 'kor mykje ']]);
    expect(wordBeginnings(String.raw`\b(?:spise\w*|\w*trening)\b[^.?!]{0,60}?\b(?:hunden min|min hund)\b`, 'u').map((b) => [...b].sort())).toEqual([
      ['hunden min', 'min hund'],
    ]);
    // Nothing to file under: it can start anywhere, or inside a word.
    expect(wordBeginnings(String.raw`\w*trening`, 'u')).toEqual([]);
    expect(wordBeginnings(String.raw`\[inst\]`, 'u')).toEqual([]);
    expect(wordBeginnings('ab', 'u')).toEqual([]);
  });
});

