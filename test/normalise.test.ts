// The normalising and folding forms in src/normalise.ts, each on the characters it exists for.
import { fold, foldText, normalizeForGuard, normalizeForMatching, normalizeText } from '../src/normalise';

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
