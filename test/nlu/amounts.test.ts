import { createCanonicaliser } from '../../src/nlu/canonical';
import { clausesOf } from '../../src/nlu/clauses';
import { durationsIn, percentsIn } from '../../src/nlu/amounts';

const canonical = createCanonicaliser([]);
const first = (text: string) => clausesOf(canonical.read(text))[0];

describe('percentsIn', () => {
  it.each([
    ['jobber 80 %', [80]],
    ['80 prosent stilling', [80]],
    ['full stilling', [100]],
    ['halv stilling', [50]],
    ['fulltid', [100]],
    ['0,8 stilling', [80]],
    ['hundre prosent', [100]],
    ['deltid', []],
    ['50 % sykmeldt', []],
    ['100 % sikker', []],
    ['250 %', []],
  ])('%s', (text, expected) => {
    expect(percentsIn(first(text)).map((p) => p.value)).toEqual(expected);
  });

  it('marks a hedged stilling', () => {
    expect(percentsIn(first('rundt 90 %'))[0].hedged).toBe(true);
    expect(percentsIn(first('90 %'))[0].hedged).toBe(false);
  });
});

describe('durationsIn', () => {
  it.each([
    ['i seks år', 6, false],
    ['18 måneder', 1.5, false],
    ['2 år og 6 måneder', 2.5, false],
    ['tre og et halvt år', 3.5, false],
    ['halvannet år', 1.5, false],
    ['et par år', 0, true],
    ['i mange år', 0, true],
    ['i over 20 år', 20, true],
    ['hele livet', 0, true],
  ])('%s → %d (vague: %s)', (text, value, vague) => {
    const [d] = durationsIn(first(text));
    expect([d.value, d.vague]).toEqual([value, vague]);
  });
});
