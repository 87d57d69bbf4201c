// The quote checker behind npm run kb:check: it must accept real citations and reject broken ones.
import { loadSources } from '../../src/catalogue/sources';
import type { Citation } from '../../src/catalogue/schema';
import {
  isValidUrl,
  locateQuote,
  normaliseLines,
  normaliseQuote,
  quoteInLines,
  sourceMap,
  verifyCitation,
} from '../../src/catalogue/verify';
import { parsePublicRulesPage } from '../../src/catalogue/public-rules-page';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const sources = loadSources(KNOWLEDGE_DIR);
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

describe('what a quote may leave out of a PDF extract, and what it may not', () => {
  const report = (prefix: string): readonly string[] => {
    const doc = sources.find((s) => s.entry.file.startsWith(prefix));
    if (!doc) throw new Error(`no report ${prefix}`);
    return doc.lines;
  };
  const industri = report('000_');

  test('a footnote number glued to a word ("STEM2 fagenes")', () => {
    const quote = 'Vi ser også at STEM fagenes andel av høyere utdanning er lavere enn land det er naturlig å sammenlikne seg med.';
    expect(quoteInLines(quote, industri, [59, 61])).toBe(true);
    expect(quoteInLines('Vi ser også at STEM2 fagenes andel', industri, [59, 61])).toBe(true);
    // Not a different number, and not a word.
    expect(quoteInLines('Vi ser også at STEM3 fagenes andel', industri, [59, 61])).toBe(false);
    expect(quoteInLines('Vi ser også at fagenes andel av høyere utdanning', industri, [59, 61])).toBe(false);
  });

  test('a roman endnote number glued to a word ("Trøndelag fylkeskommunexi")', () => {
    expect(quoteInLines('12 prinsipper for karriereveiledning i Trøndelag Fylkeskommune.', report('001_'), [407, 408])).toBe(true);
    expect(quoteInLines('12 prinsipper for karriereveiledning i Trøndelag Fylkeskommunen.', report('001_'), [407, 408])).toBe(false);
  });

  test('the space in a word split between two columns ("ungdoms opplæringen")', () => {
    expect(quoteInLines('Gode og relevante opplæringstilbud i ungdomsopplæringen er viktig', report('001_'), [167, 169])).toBe(true);
  });

  test('footnotes that interrupt a sentence at a page break, but no other line', () => {
    const quote = 'Systemkompetanse vil være organisasjonens og virksomhetens mangfoldige evne til å utnytte';
    expect(quoteInLines(quote, industri, [358, 368])).toBe(true);
    expect(locateQuote(quote, industri)).toEqual([358, 366]);
    // Leaving out a line of body text is not allowed.
    const skipsBodyText = 'Målgruppen er voksne i arbeidslivet som har fullført grunnskolen eller tilsvarende opplæring. personer under 25 år';
    expect(quoteInLines(skipsBodyText, battkomp.lines, [783, 787])).toBe(false);
  });

  test('digits that are not a glued footnote are never optional', () => {
    expect(quoteInLines('personer under 25 år kan også inngå kontrakt', battkomp.lines, [785, 787])).toBe(true);
    expect(quoteInLines('personer under 2 år kan også inngå kontrakt', battkomp.lines, [785, 787])).toBe(false);
    expect(quoteInLines('personer under 5 år kan også inngå kontrakt', battkomp.lines, [785, 787])).toBe(false);
  });

  test('"…" stands for left-out text; the parts must come in order and inside the lines', () => {
    const first = 'Det er ingen aldersbegrensning';
    const later = 'Fylkeskommunen har ikke en plikt til å tilby fagbrev på jobb.';
    expect(quoteInLines(`${first} … ${later}`, battkomp.lines, [785, 793])).toBe(true);
    expect(quoteInLines(`${later} … ${first}`, battkomp.lines, [785, 793])).toBe(false);
    expect(quoteInLines(`${first} … ${later}`, battkomp.lines, [785, 789])).toBe(false);
    expect(quoteInLines(' … ', battkomp.lines, [785, 793])).toBe(false);
    expect(verifyCitation({ ...good, lines: [783, 793], quote: `${good.quote} … ${later}` }, ctx)).toEqual([]);
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

  test('checks web citations against the section of the public rules page that holds their URL', () => {
    const publicPage = parsePublicRulesPage(
      [
        '# Public rules',
        '## Fagbrev på jobb',
        'Trøndelag (https://example.no/fagbrev):',
        '- At least one year of varied practice in the trade.',
        '## Praksiskandidat',
        '- Practice must be 25 % longer than the training period (https://example.no/praksis).',
      ].join('\n'),
    );
    const web: Citation = { source: 'web', title: 'Eksempel', url: 'https://example.no/fagbrev', quote: 'at least one year of varied practice' };
    const page = { ...ctx, publicPage };
    expect(verifyCitation(web, page)).toEqual([]);
    expect(verifyCitation({ ...web, quote: 'at least two years of varied practice' }, page).join()).toMatch(/not in the section .*\("Fagbrev på jobb"\)/);
    expect(verifyCitation({ ...web, quote: 'Trøndelag … varied practice' }, page)).toEqual([]);
    expect(verifyCitation({ ...web, quote: 'varied practice … Trøndelag' }, page).join()).toMatch(/not in the section/);
    // The quote is on the page, but in another section than the one with the URL.
    expect(verifyCitation({ ...web, quote: 'Practice must be 25 % longer' }, page).join()).toMatch(/not in the section/);
    expect(verifyCitation({ ...web, url: 'https://example.no/annet' }, page).join()).toMatch(/not on knowledge\/public-rules\.md/);
    expect(verifyCitation({ ...web, url: 'ikke en url' }, ctx).join()).toMatch(/not a valid http\(s\) URL/);
  });

  test('accepts a word split at a line end copied with a space ("Kompe- tansepiloter"), but not a split conjunction', () => {
    expect(normaliseQuote('Kompe- tansepiloter er')).toBe(normaliseLines(['Kompe-', 'tansepiloter er']));
    expect(normaliseQuote('Kompe- tansepiloter er')).toBe(normaliseQuote('Kompetansepiloter er'));
    expect(normaliseQuote('helse- og omsorg')).toBe('helse- og omsorg');
    expect(quoteInLines('etablering av battericelle- fabrikker i Norge', battkomp.lines, [3, 7])).toBe(true);
  });
});

test('isValidUrl', () => {
  expect(isValidUrl('http://www.tromsfylke.no/tjenester/')).toBe(true);
  expect(isValidUrl('https://www.nav.no/no/lokalt/trondelag')).toBe(true);
  expect(isValidUrl('ftp://example.no/x')).toBe(false);
  expect(isValidUrl('www.nav.no')).toBe(false);
  expect(isValidUrl('https://localhost/x')).toBe(false);
});
