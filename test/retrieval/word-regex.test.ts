// unicodeWordRegex: \b and \w that understand æ, ø and å, with one-sided boundaries where the pattern
// itself fixes the other side, and the full boundary where it does not.
import { unicodeWordRegex } from '../../src/retrieval/text';

const matches = (source: string, text: string, flags = 'u'): boolean => unicodeWordRegex(source, flags).test(text);

describe('word boundaries', () => {
  it('finds a word ending in ø, å or æ, and not inside a longer word', () => {
    expect(matches(String.raw`\bavslør\b`, 'jeg vil avslør alt')).toBe(true);
    expect(matches(String.raw`\bavslør\b`, 'avsløre')).toBe(false);
    expect(matches(String.raw`\bavslør\b`, 'øavslør')).toBe(false);
    expect(matches(String.raw`\bpå\b`, 'på')).toBe(true);
  });

  it('reads a group whose alternatives all start with a letter as starting a word', () => {
    expect(matches(String.raw`\b(?:fagbrev|svennebrev)\b`, 'et svennebrev')).toBe(true);
    expect(matches(String.raw`\b(?:fagbrev|svennebrev)\b`, 'mitt_fagbrev')).toBe(false);
  });

  it('keeps the full boundary where the pattern does not fix a side', () => {
    // \s is no word character: the boundary before "b" is then after a space, so it needs a word after it.
    expect(matches(String.raw`\b(?:a|\sb)`, 'x b')).toBe(true);
    expect(matches(String.raw`\b(?:a|\sb)`, 'x  b')).toBe(false);
    // An optional letter fixes nothing: the boundary may then be before the hyphen.
    expect(matches(String.raw`\ba?-`, 'x-')).toBe(true);
    expect(matches(String.raw`\b(?:ab)?-`, 'x-')).toBe(true);
    expect(matches(String.raw`\b(?:ab)?-`, '--')).toBe(false);
    // \u0020 is a space, not the letter its last digit looks like.
    expect(matches(String.raw`x\u0020\b`, 'x a')).toBe(true);
    expect(matches(String.raw`x\u0020\b`, 'x  ')).toBe(false);
  });

  it('reads \w as a letter of any alphabet, digit or underscore', () => {
    expect(matches(String.raw`^\w+$`, 'ærø_2')).toBe(true);
    expect(matches(String.raw`^\w+$`, 'ær ø')).toBe(false);
  });
});
