// The evaluation's phrase check (bench/questions.ts) reads typography as a reader does: an en dash, a space
// inside a number or before a percent sign does not make an answer miss its phrase.
import { scoreCase, typographyFolded, type QuestionCase } from '../../bench/questions';

const answerable = (phrase: string[]): QuestionCase => ({ id: 't', question: 'q', lang: 'nb', expect: { source: 'web', url: 'https://example.org', phrase } }) as QuestionCase;
const scored = (answer: string, phrase: string[]) => scoreCase(answerable(phrase), { question: 'q', answer, citations: [], lang: 'nb' }, { isScopeMessage: () => false }).phrase;

describe('phrase check', () => {
  test('dashes, number spacing and the space before % are read alike', () => {
    expect(typographyFolded('Perioden 2023–2027')).toBe('perioden 2023-2027');
    expect(scored('Strategien gjelder for perioden 2023–2027 [1].', ['2023-2027'])).toBe(true);
    expect(scored('I Trøndelag fullfører 79,5 % av elevene.', ['79,5%'])).toBe(true);
    expect(scored('om lag 6 000 nye arbeidsplasser', ['6000'])).toBe(true);
  });

  test('other words, numbers or years still miss', () => {
    expect(scored('Strategien gjelder for perioden 2023–2026 [1].', ['2023-2027'])).toBe(false);
    expect(scored('I Trøndelag fullfører 80,4 % av elevene.', ['79,5%'])).toBe(false);
    expect(scored('i 2022 og 2023', ['20222023'])).toBe(false);
  });
});
