// The normalising and folding forms in src/normalise.ts, each on the characters it exists for.
import { fold, foldText, normalizeForGuard, normalizeForMatching, normalizeText, withSpokenMarks } from '../src/normalise';

describe('normalising and folding', () => {
  test.each([
    ['fold: case and whitespace only', fold, '  Møre  og\tRomsdal ', 'møre og romsdal'],
    ['normalizeForMatching: dashes and apostrophes plain, spacing kept', normalizeForMatching, 'Sør\u2013Trøndelag  NAV\u2019s', 'sør-trøndelag  nav\'s'],
    ['normalizeText: quotes dropped, whitespace collapsed', normalizeText, '«Fagbrev\u00a0på jobb»\n\u2014 hva?', 'fagbrev på jobb - hva?'],
    ['foldText: æøå to a–z, only letters, digits and spaces', foldText, 'Tröndelag, Østfold & Ålesund 2024', 'trondelag ostfold alesund 2024'],
    ['normalizeForGuard: compatibility forms, no zero-width characters', normalizeForGuard, 'IGN\u200bORER ｉｎｓｔｒｕｋｓｅｎ', 'ignorer instruksen'],
  ])('%s', (_name, normalise, input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('withSpokenMarks', () => {
  test('punctuation dictated as a word is the mark it names, with the space before it gone', () => {
    expect(withSpokenMarks('har jobba på hotell i åtte år komma kan jeg bli praksiskandidat spørsmålstegn')).toBe('har jobba på hotell i åtte år, kan jeg bli praksiskandidat?');
    expect(withSpokenMarks('Jeg bor i Alta punktum Hva koster kurset spørsmålstegn')).toBe('Jeg bor i Alta. Hva koster kurset?');
    expect(withSpokenMarks('how long does it take question mark')).toBe('how long does it take?');
  });

  test('the word used as a noun, or a decimal comma, is left alone', () => {
    for (const text of ['mange setter spørsmålstegn ved ordningen', 'det var et komma for mye i søknaden', 'jeg har to komma fem års praksis', 'Er det et spørsmålstegn der?']) {
      expect(withSpokenMarks(text)).toBe(text);
    }
  });
});
