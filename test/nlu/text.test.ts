// The edit distance behind misspelt county and place names.
import { editDistance } from '../../src/nlu/text';

describe('editDistance (optimal string alignment)', () => {
  test.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['trondelag', 'trondelag', 0],
    ['trondelag', 'tronddelag', 1],
    ['rogland', 'rogaland', 1],
    ['nrodland', 'nordland', 1], // adjacent transposition counts once
    ['kitten', 'sitting', 3],
  ])('%j ~ %j = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  test('with a limit: the exact distance when within it, limit + 1 when beyond', () => {
    expect(editDistance('rogland', 'rogaland', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('operator', 'trondelag', 2)).toBe(3);
  });

  test('the limited distance agrees with the full one on random words', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: 1 + Math.floor(random() * 9) }, () => 'abcdeo'[Math.floor(random() * 6)]).join('');
    for (let i = 0; i < 2000; i++) {
      const [a, b, limit] = [word(), word(), Math.floor(random() * 4)];
      expect(editDistance(a, b, limit)).toBe(Math.min(editDistance(a, b), limit + 1));
    }
  });
});
