// The English analyzer over the real lexicon: synonyms of every group member a question has, and the
// words a question leans on left out of it while facts keep them.
import { EnglishAnalyzer, loadEnglishLexicon } from '../../src/retrieval/english';
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
