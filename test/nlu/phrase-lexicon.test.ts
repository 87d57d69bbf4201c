import { PhraseLexicon } from '../../src/nlu/phrase-lexicon';

const lexicon = new PhraseLexicon<string>();
lexicon.add('butikk', 'salg');
lexicon.add('barne- og ungdomsarbeider', 'bua');
lexicon.add('assistent', 'role');
lexicon.add('batteri', 'batteri', { compoundStart: true });
lexicon.add('helsefagarbeider', 'helse');

const at = (text: string) => lexicon.at(text.split(' '), 0, true);

describe('PhraseLexicon', () => {
  it.each([
    ['butikken', 'salg', 1, 'phrase'],
    ['dagligvarebutikk', 'salg', 1, 'compound-end'],
    ['barne- og ungdomsarbeideren', 'bua', 3, 'phrase'],
    ['batterifabrikken', 'batteri', 1, 'compound-start'],
    ['helse fagarbeider', 'helse', 2, 'phrase'],
    ['sykehjems-assistent', 'role', 1, 'compound-end'],
  ])('%s', (text, value, length, via) => {
    expect(at(text)).toMatchObject({ value, length, via });
  });

  it('reports the part before a compound read from its end', () => {
    expect(at('barnehageassistent')).toMatchObject({ value: 'role', prefix: 'barnehage' });
  });

  it.each(['bu', 'kritisk', 'assistenten-fra'])('finds nothing in "%s" it should not', (text) => {
    expect(at(text)?.value === 'salg' || at(text)?.value === 'bua').toBeFalsy();
  });
});
