// The fact index reads a fact with the questions it answers (asked / askedEn): a question in people's
// words finds the fact whose report wording it does not share, and the fact's own words still count most.
import { buildAnswerer } from '../../src/answer/build';
import type { Fact } from '../../src/catalogue/facts';
import { EnglishAnalyzer, loadEnglishLexicon } from '../../src/retrieval/english';
import { ASKED_CREDIT, buildFactIndex, idfWeights, type FactIndex } from '../../src/retrieval/fact-index';
import type { Analyzer } from '../../src/retrieval/analyzer';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const citation = { source: 'web', title: 'Regel', url: 'https://example.org/regel', quote: 'a quote' };

function fact(id: string, text: string, extra: Partial<Fact> = {}): Fact {
  return { id, topic: 'rettigheter', facet: 'who-qualifies', kind: 'rule', scope: null, year: null, text, en: text, citation, ...extra };
}

const FACTS: Fact[] = [
  fact('bytte', 'Du har rett til å bytte utdanningsprogram hvis du ombestemmer deg.', {
    en: 'You have the right to change education programme if you change your mind.',
    asked: ['kan jeg velge et annet program hvis jeg angrer', 'angre valg videregående'],
    askedEn: ['can I switch to another course if I regret my choice'],
  }),
  fact('flere', 'Du har rett til å ta flere fagbrev.', { en: 'You have the right to take more than one trade certificate.' }),
  fact('angrer', 'Mange angrer valget av utdanningsprogram.', { en: 'Many regret their choice of education programme.' }),
];

let nb: Analyzer;
let english: EnglishAnalyzer;
let index: FactIndex;
beforeAll(() => {
  nb = buildAnswerer(KNOWLEDGE_DIR).retriever.analyzer;
  english = new EnglishAnalyzer(loadEnglishLexicon(KNOWLEDGE_DIR));
  index = buildFactIndex(FACTS, [], nb, english);
});

function search(question: string, lang: 'nb' | 'en') {
  const analysis = lang === 'nb' ? nb.query(question, (t) => index.has(t, 'nb')) : english.query(question);
  const weights = idfWeights(index, analysis, lang).map((w) => w.weight);
  return index.search(analysis, weights, lang);
}

test('a question in the words of a fact\'s asked questions finds that fact', () => {
  const found = search('Kan jeg velge noe annet om jeg angrer?', 'nb');
  expect(found[0]?.fact.id).toBe('bytte');
});

test('a word found only among the asked questions earns less than the fact\'s own word', () => {
  const found = search('angrer', 'nb');
  const own = found.find((m) => m.fact.id === 'angrer');
  const asked = found.find((m) => m.fact.id === 'bytte');
  expect(own?.credits[0]).toBe(1);
  expect(asked?.credits[0]).toBeCloseTo(ASKED_CREDIT, 5);
  expect(found[0]?.fact.id).toBe('angrer');
});

test('the words of the asked questions are known to the index, with their own idf', () => {
  expect(index.has(nb.query('angrer', () => true).words[0].stem, 'nb')).toBe(true);
  expect(index.has('regret', 'en')).toBe(true);
});

test('English questions are matched against askedEn', () => {
  const found = search('Can I switch if I regret it?', 'en');
  expect(found[0]?.fact.id).toBe('bytte');
});

test('a fact without asked questions is matched by its own words only', () => {
  const found = search('Kan jeg velge noe annet om jeg angrer?', 'nb');
  expect(found.find((m) => m.fact.id === 'flere')).toBeUndefined();
});

test('asked questions credit only the words the caller lends them (not "kan", "trenger")', () => {
  const analysis = nb.query('angrer', () => true);
  const weights = idfWeights(index, analysis, 'nb').map((w) => w.weight);
  const lentNone = index.search(analysis, weights, 'nb', [], [false]);
  expect(lentNone.find((m) => m.fact.id === 'bytte')?.credits[0] ?? 0).toBe(0);
  expect(lentNone.find((m) => m.fact.id === 'angrer')?.credits[0]).toBe(1);
});

test('English: a phrase of stop words that means a word ("get into" = admission) is read as that word, in questions and texts', () => {
  const words = english.query('What do I need to get into a fagskole?').words.map((w) => w.stem);
  expect(words).toContain('admission');
  expect(english.stems('the questions a fact answers: how do I get into fagskole')).toContain('admission');
  expect(english.query('What do I need to get a fagskole degree?').words.map((w) => w.stem)).not.toContain('admission');
  expect(english.query('admission: how to get into fagskole').words.filter((w) => w.stem === 'admission')).toHaveLength(1);
});

test('English: what is left of a contraction ("I\'ve", "don\'t", "won\'t") is no word of the question', () => {
  const words = english.query("I've been laid off and I don't know if I won't get a trade certificate").words.map((w) => w.surface);
  for (const fragment of ['ve', 'don', 'won']) expect(words).not.toContain(fragment);
  expect(words).toEqual(expect.arrayContaining(['trade', 'certificate']));
});

describe('a compound is what its last part names', () => {
  /** The credit of a one-word question's word in each of the facts (by id), searched in an index of them alone. */
  function creditsOf(facts: Fact[], word: string): (id: string) => number {
    const idx = buildFactIndex(facts, [], nb, english);
    const analysis = nb.query(word, (t) => idx.has(t, 'nb'));
    const found = idx.search(analysis, idfWeights(idx, analysis, 'nb').map((w) => w.weight), 'nb');
    return (id) => found.find((m) => m.fact.id === id)?.credits[0] ?? 0;
  }

  test('a fact with the last part of a compound is credited more than one with the part before it', () => {
    const credit = creditsOf([fact('head', 'Fordypningen dokumenteres på vitnemålet.'), fact('modifier', 'Batteriet må lades før bruk.')], 'batterifordypningen');
    expect(credit('head')).toBeGreaterThan(credit('modifier'));
    expect(credit('modifier')).toBeGreaterThan(0);
  });

  test("a word a fact has only as a compound's first part is credited less than the word itself", () => {
    const credit = creditsOf(
      [
        fact('whole', 'Lærlingen får lønn fra bedriften.'),
        fact('part', 'Lønnsnivået og lærlingeplassene påvirker motivasjonen.'),
        fact('both', 'Lønnsnivået følger lønn i bransjen.'),
      ],
      'lønn',
    );
    expect(credit('whole')).toBe(1);
    expect(credit('both')).toBe(1);
    expect(credit('part')).toBeGreaterThan(0);
    expect(credit('part')).toBeLessThan(1);
  });
});
