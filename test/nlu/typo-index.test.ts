import fc from 'fast-check';
import { createTypoIndex } from '../../src/nlu/typo-index';

const known = ['arbeidsledig', 'registrert', 'fullført', 'videregående', 'helsefagarbeider', 'helsefagarbeidar', 'logistikk', 'prosent'];
const index = createTypoIndex(known, new Set(['fullføre']));

describe('createTypoIndex', () => {
  it.each([
    ['arbeidsledi', 'arbeidsledig'],
    ['regisrert', 'registrert'],
    ['fulført', 'fullført'],
    ['fullfort', 'fullført'],
    ['videregaende', 'videregående'],
    ['helsefagarbeidr', 'helsefagarbeider'],
    ['logistik', 'logistikk'],
  ])('%s → %s', (typed, meant) => {
    expect(index.correct(typed)).toBe(meant);
  });

  it.each(['fullføre', 'arbeidsledig', 'jobber', 'bodø', 'a'.repeat(40), 'kontoret'])('leaves "%s" as it is', (word) => {
    expect(index.correct(word)).toBeUndefined();
  });

  it('only ever answers with a known word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (word) => {
        const c = index.correct(word.toLowerCase());
        return c === undefined || known.includes(c);
      }),
    );
  });
});
