// The English analyzer over the real lexicon: synonyms of every group member a question has, and the
// words a question leans on left out of it while facts keep them, and misspellings read as the knowledge's words.
import { loadCatalogue } from '../../src/catalogue/loader';
import path from 'node:path';
import { loadPlaceIndex } from '../../src/catalogue/places';
import { loadTopics } from '../../src/catalogue/topics';
import { EnglishAnalyzer, englishKnowledgeTexts, loadEnglishLexicon } from '../../src/retrieval/english';
import { KNOWLEDGE_DIR } from '../support/knowledge';

let english: EnglishAnalyzer;
beforeAll(() => {
  english = new EnglishAnalyzer(loadEnglishLexicon(KNOWLEDGE_DIR));
});

const synonymsOf = (question: string, surface: string) =>
  english.query(question).words.find((w) => w.surface === surface)?.synonyms.map((s) => s.stems.join(' ')) ?? [];

test('each word of a synonym group in a question gets the group, not only the first one found', () => {
  expect(synonymsOf('how much grant money was paid out', 'money')).toContain('fund');
  expect(synonymsOf('how much grant money was paid out', 'grant')).toContain('fund');
  expect(synonymsOf('how much grant money was paid out', 'money')).not.toContain('money');
});

test('vague words are left out of a question but stay in a fact', () => {
  expect(english.query('what is the normal route, school vs apprenticeship').words.map((w) => w.surface)).toEqual(['route', 'school', 'apprenticeship']);
  expect(english.stems('Apprentices normally spend two years in a company.')).toContain('normally');
});

describe('spelling', () => {
  let corrected: EnglishAnalyzer;
  beforeAll(() => {
    const lexicon = loadEnglishLexicon(KNOWLEDGE_DIR);
    corrected = new EnglishAnalyzer(lexicon, englishKnowledgeTexts(loadCatalogue(KNOWLEDGE_DIR).facts, loadTopics(KNOWLEDGE_DIR), loadPlaceIndex(path.join(KNOWLEDGE_DIR, 'places.json')).names.map((n) => n.name)));
  });

  test('a misspelt word of the knowledge is read as that word, Norwegian names in English text too', () => {
    expect(corrected.query('how long is an aprenticeship').words.map((w) => w.surface)).toEqual(['apprenticeship']);
    expect(corrected.correct('certficate')).toBe('certificate');
    expect(corrected.correct('praksiskandiat')).toBe('praksiskandidat');
    expect(corrected.correct('trondelagsmodelen')).toBe('trøndelagsmodellen');
  });

  test('a real English word the facts do not have is read as typed ("waiting" is not "writing")', () => {
    for (const word of ['waiting', 'password', 'vacation', 'canteen', 'shorten']) expect(corrected.correct(word)).toBe(word);
  });

  test('a place name is read as typed ("Kristiansand" is not "Kristiansund", "Horten" not "shorten")', () => {
    for (const word of ['kristiansand', 'horten', 'tromsø', 'hardanger', 'stange']) expect(corrected.correct(word)).toBe(word);
  });

  test('without the knowledge, a question is read as typed', () => {
    expect(english.correct('aprenticeship')).toBe('aprenticeship');
  });
});
