// The Norwegian analyzer over the real lexicon: a question naming two members of one synonym group
// ("videregående" and "vgs") gives each the other, as the English analyzer does.
import { loadLexicon } from '../../src/retrieval/lexicon';
import { buildAnalyzer } from '../../src/retrieval/retriever';
import type { Analyzer } from '../../src/retrieval/analyzer';
import { KNOWLEDGE_DIR } from '../support/knowledge';

let analyzer: Analyzer;
beforeAll(() => {
  analyzer = buildAnalyzer(['videregående opplæring for voksne'], loadLexicon(KNOWLEDGE_DIR));
});

const synonymsOf = (question: string, surface: string) =>
  analyzer.query(question).words.find((w) => w.surface === surface)?.synonyms.map((s) => s.stems.join(' ')) ?? [];

test('every member of a synonym group the question has gets the others', () => {
  const question = 'Jeg fullførte aldri videregående. Har jeg rett til vgs nå?';
  expect(synonymsOf(question, 'vgs')).toContain(analyzer.query('videregående').words[0].stem);
  expect(synonymsOf(question, 'videregående')).toContain('vgs');
});

test('a member asked alone gets the others, as before', () => {
  expect(synonymsOf('rett til vgs', 'vgs')).toContain(analyzer.query('videregående').words[0].stem);
});
