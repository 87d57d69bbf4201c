// The quote checker behind npm run kb:check: it must accept real citations and reject broken ones.
import { loadSources } from '../../src/knowledge/sources';
import type { Citation } from '../../src/knowledge/schema';
import {
  isValidUrl,
  locateQuote,
  normaliseLines,
  normaliseQuote,
  quoteInLines,
  sourceMap,
  verifyCitation,
} from '../../src/knowledge/verify';

const sources = loadSources();
const ctx = { sources: sourceMap(sources) };
const BATTKOMP = '002_373d7c6cf6bd4a35.txt';
const battkomp = sources.find((s) => s.entry.file === BATTKOMP);
if (!battkomp) throw new Error('BattKOMP 3 is missing from the manifest');

const good: Citation = {
  source: BATTKOMP,
  title: battkomp.entry.title,
  lines: [783, 787],
  quote: 'Målgruppen er voksne i arbeidslivet som har fullført grunnskolen eller tilsvarende opplæring.',
};

describe('normaliseLines', () => {
  test.each([
    ['drops blank lines and joins with a space', ['Første linje ', '', '  andre   linje'], 'første linje andre linje'],
    ['undoes end-of-line hyphenation across blank lines', ['resirkulering av batteri-', '', 'materialer, er'], 'resirkulering av batterimaterialer, er'],
    ['keeps "helse- og" when the next word is a conjunction', ['både helse-', 'og omsorg'], 'både helse- og omsorg'],
    ['treats a hyphenated proper noun like the split one', ['Eyde-', 'klyngens bedrifter'], 'eydeklyngens bedrifter'],
    ['collapses whitespace and lower-cases', ['FAGBREV\tPÅ   JOBB'], 'fagbrev på jobb'],
  ])('%s', (_name, lines, expected) => {
    expect(normaliseLines(lines)).toBe(expected);
  });

  test('a quote written whole matches the source split over lines', () => {
    expect(normaliseQuote('Eyde-klyngens bedrifter')).toBe(normaliseLines(['Eyde-', 'klyngens bedrifter']));
    expect(quoteInLines('batterimaterialer', battkomp.lines, [13, 15])).toBe(true);
  });
});

describe('quoteInLines and locateQuote', () => {
  test('finds a quote in its lines and not in other lines', () => {
    expect(quoteInLines(good.quote, battkomp.lines, [783, 783])).toBe(true);
    expect(quoteInLines(good.quote, battkomp.lines, [785, 797])).toBe(false);
  });

  test('locateQuote returns the smallest line range', () => {
    expect(locateQuote('Et vilkår for å ta i bruk denne ordningen er at den voksne er i et arbeidsforhold.', battkomp.lines)).toEqual([789, 791]);
    expect(locateQuote('Dette står ikke i rapporten i det hele tatt.', battkomp.lines)).toBeUndefined();
  });
});

describe('verifyCitation', () => {
  test('accepts a sound citation', () => {
    expect(verifyCitation(good, ctx)).toEqual([]);
  });

  test.each<[string, Citation, RegExp]>([
    ['a changed word in the quote', { ...good, quote: good.quote.replace('grunnskolen', 'videregående') }, /quote not found .* lines 783–787/],
    ['the wrong line range (and says where the quote is)', { ...good, lines: [800, 810] }, /lines 800–810 \(it is at lines 783–783\)/],
    ['a line range past the end of the file', { ...good, lines: [1340, 99999] }, /outside 002_373d7c6cf6bd4a35\.txt/],
    ['an unknown file', { ...good, source: '009_0000000000000000.txt' }, /not in knowledge\/manifest\.json/],
    ['a wrong title', { ...good, title: 'En annen rapport' }, /does not match the manifest title/],
    ['an empty quote', { ...good, quote: '  ' }, /quote is empty or too short/],
  ])('rejects %s', (_name, citation, message) => {
    const errors = verifyCitation(citation, ctx);
    expect(errors.join('\n')).toMatch(message);
  });

  test('checks web citations against the public rules', () => {
    const rules = [{ id: 'r1', text: 'I Trøndelag kreves minst ett års praksis i faget.', urls: ['https://example.no/fagbrev'] }];
    const web: Citation = { source: 'web', title: 'Eksempel', url: 'https://example.no/fagbrev', quote: 'minst ett års praksis i faget' };
    expect(verifyCitation(web, { ...ctx, publicRules: rules })).toEqual([]);
    expect(verifyCitation({ ...web, quote: 'minst to års praksis i faget' }, { ...ctx, publicRules: rules }).join()).toMatch(/not in the text of the public rule/);
    expect(verifyCitation({ ...web, url: 'https://example.no/annet' }, { ...ctx, publicRules: rules }).join()).toMatch(/not the url of any rule/);
    expect(verifyCitation({ ...web, url: 'ikke en url' }, ctx).join()).toMatch(/not a valid http\(s\) URL/);
  });
});

test('isValidUrl', () => {
  expect(isValidUrl('http://www.tromsfylke.no/tjenester/')).toBe(true);
  expect(isValidUrl('https://www.nav.no/no/lokalt/trondelag')).toBe(true);
  expect(isValidUrl('ftp://example.no/x')).toBe(false);
  expect(isValidUrl('www.nav.no')).toBe(false);
  expect(isValidUrl('https://localhost/x')).toBe(false);
});
