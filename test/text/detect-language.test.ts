// The language a message is written in, and the short messages that must not change it.
import { detectLanguage } from '../../src/text/detect-language';
import { languageChoice } from '../../src/text/language-choice';
import { languageOfLocale } from '../../src/text';

test.each([
  ['Hello', 'en'],
  ['Hi there!', 'en'],
  ['Thank you', 'en'],
  ['I want to find my way to a trade certificate', 'en'],
  ['Can I take fagbrev på jobb if I work 80 %?', 'en'],
  ["I'm 41, I live in Trondheim and have worked 6 years in a warehouse", 'en'],
  ['What is the difference between praksiskandidat and fagbrev på jobb?', 'en'],
  ['assess candidate: 32 years old, registered with NAV, 3 years as a warehouse worker, has not completed upper secondary, lives in Namsos', 'en'],
  ['Hei', 'nb'],
  ['Tusen takk!', 'nb'],
  ['Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?', 'nb'],
  ['jeg har jobbet 6 år som operatør, 80 % stilling, bor i Trøndelag', 'nb'],
  ['vurder kandidat: 32 år, NAV-registrert, 3 år som lagermedarbeider, ikke fullført vgs, bor i Namsos', 'nb'],
  ['æ e 38 og har jobba på lager i ti år', 'nb'],
  ['kva kan eg gjere no?', 'nb'],
  ['ja, 100 %', 'nb'],
  ['nei, 60', 'nb'],
  ['yes, 80 %', 'en'],
  ['Why did Vestfold og Telemark stop?', 'en'],
  ['Hva gjorde Møre og Romsdal med pengene?', 'nb'],
  ['Does Rogaland offer fagbrev på jobb?', 'en'],
  ['How much does the fagprøve cost?', 'en'],
] as const)('%s → %s', (text, lang) => {
  expect(detectLanguage(text)).toBe(lang);
});

test.each([
  'ok',
  '5',
  '100 %',
  'Trøndelag',
  'Namsos',
  'Yes',
  'Nei',
  'fagbrev på jobb',
  'Praksiskandidat?',
  'help',
  'assess candidate',
  'vurder kandidat',
  'find courses',
  '👍',
  '',
])('%j says nothing about the language', (text) => {
  expect(detectLanguage(text)).toBeUndefined();
});

test.each([
  ['English', 'en'],
  ['in English please', 'en'],
  ['På engelsk', 'en'],
  ['Norsk', 'nb'],
  ['på norsk, takk', 'nb'],
  ['In Norwegian please.', 'nb'],
  ['I speak English at work', undefined],
  ['norsk fagbrev', undefined],
] as const)('language asked for in %j: %s', (text, lang) => {
  expect(languageChoice(text)).toBe(lang);
});

test.each([
  ['en-US', 'en'],
  ['en', 'en'],
  ['nb-NO', 'nb'],
  ['nn-NO', 'nb'],
  [undefined, 'nb'],
] as const)('a client locale %s welcomes in %s', (locale, lang) => {
  expect(languageOfLocale(locale)).toBe(lang);
});
