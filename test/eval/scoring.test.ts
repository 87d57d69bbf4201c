// The evaluation's phrase check (bench/questions.ts) reads typography as a reader does: an en dash, a space
// inside a number or before a percent sign, a percentage or a number written out does not make an answer miss its phrase.
import { scoreCase, typographyFolded, type QuestionCase } from '../../bench/questions';

const answerable = (phrase: string[]): QuestionCase => ({ id: 't', question: 'q', lang: 'nb', expect: { source: 'web', url: 'https://example.org', phrase } }) as QuestionCase;
const scored = (answer: string, phrase: string[], lang: 'nb' | 'en' = 'nb') => scoreCase(answerable(phrase), { question: 'q', answer, citations: [], lang }, { isScopeMessage: () => false }).phrase;

describe('phrase check', () => {
  test('dashes, number spacing and the space before % are read alike', () => {
    expect(typographyFolded('Perioden 2023–2027')).toBe('perioden 2023-2027');
    expect(scored('Strategien gjelder for perioden 2023–2027 [1].', ['2023-2027'])).toBe(true);
    expect(scored('I Trøndelag fullfører 79,5 % av elevene.', ['79,5%'])).toBe(true);
    expect(scored('om lag 6 000 nye arbeidsplasser', ['6000'])).toBe(true);
  });

  test('a percentage or a number written out is its figure', () => {
    expect(scored('The share is 54 per cent in rural areas [1].', ['54 %'], 'en')).toBe(true);
    expect(scored('Andelen er 54 prosent på bygda [1].', ['54 pst'])).toBe(true);
    expect(scored('Fra og med 2021 var det ni karrieresentre i Innlandet [1].', ['9 karrieresentre'])).toBe(true);
    expect(scored('four years in total for most trades', ['4 years'], 'en')).toBe(true);
    expect(scored('Kompetansepiloter consisted of 16 pilot projects [1].', ['sixteen'], 'en')).toBe(true);
    expect(scored('Det var fjorten godkjente studieforbund.', ['14'])).toBe(true);
  });

  test('a bare number is found only as a number of its own', () => {
    expect(scored('The project started in 2016 [1].', ['sixteen'], 'en')).toBe(false);
    // (A variant in the other language is read as a number too; an English one may say "to".)
    expect(scored('Det var ni karrieresentre i Innlandet [1].', ['nine'])).toBe(true);
    expect(scored('Almost all companies struggle to recruit enough apprentices [1].', ['struggle to recruit'], 'en')).toBe(true);
    // (In English "to" is no two: "from 319 to 574" has 574.)
    expect(scored('Applicants rose from 319 in 2017 to 574 in 2020 [1].', ['574'], 'en')).toBe(true);
    expect(scored('En modul gir 2,5 studiepoeng.', ['5'])).toBe(false);
    expect(scored('Det er 16.', ['16'])).toBe(true);
  });

  test('other words, numbers or years still miss', () => {
    expect(scored('The share is 45 per cent in rural areas [1].', ['54 %'], 'en')).toBe(false);
    expect(scored('Det var åtte karrieresentre i Innlandet [1].', ['9 karrieresentre'])).toBe(false);
    expect(scored('en time ekstra', ['1 time'])).toBe(false);
    expect(scored('Strategien gjelder for perioden 2023–2026 [1].', ['2023-2027'])).toBe(false);
    expect(scored('I Trøndelag fullfører 80,4 % av elevene.', ['79,5%'])).toBe(false);
    expect(scored('i 2022 og 2023', ['20222023'])).toBe(false);
  });
});
