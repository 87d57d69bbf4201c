import fc from 'fast-check';
import { testedUnionSource, topLevelAlternatives, unionSource } from '../src/regex-union';

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
});
