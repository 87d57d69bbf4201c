import { readNumber } from '../../src/nlu/number-words';

const read = (text: string) => readNumber(text.split(' '), 0);

describe('readNumber', () => {
  it.each([
    ['34', 34, 1],
    ['1,5 år', 1.5, 1],
    ['seks år', 6, 1],
    ['tjuefem', 25, 1],
    ['tjue fem', 25, 2],
    ['fem og tyve', 25, 3],
    ['tre og et halvt år', 3.5, 4],
    ['fire og en halv', 4.5, 4],
    ['halvannet år', 1.5, 1],
    ['halvanna år', 1.5, 1],
    ['et halvt år', 0.5, 2],
    ['ett år', 1, 1],
    ['et år', 1, 1],
    ['3 ½', 3.5, 2],
    ['3 1/2 år', 3.5, 2],
    ['forty-one', 41, 1],
    ['hundre prosent', 100, 1],
  ])('%s → %d (%d words)', (text, value, length) => {
    expect(read(text)).toEqual({ value, length });
  });

  it.each(['et lager', 'en jobb', 'ei stund', 'jobber', '1234567890123', ''])('"%s" is no number', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
