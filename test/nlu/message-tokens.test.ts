import { BREAK, tokenizeMessage } from '../../src/nlu/message-tokens';

const words = (text: string) => tokenizeMessage(text).tokens.map((t) => t.lower);

describe('tokenizeMessage', () => {
  it.each([
    ['Jeg er 34 år.', ['jeg', 'er', '34', 'år']],
    ['80%-stilling', ['80', '%', 'stilling']],
    ['30år og 100prosent', ['30', 'år', 'og', '100', 'prosent']],
    ['1,5 år og 3.5 år', ['1,5', 'år', 'og', '3.5', 'år']],
    ['3 1/2 år', ['3', '1/2', 'år']],
    ['IT-support og don\u2019t', ['it-support', 'og', 'don\u2019t']],
    ['barne- og ungdomsarbeider', ['barne-', 'og', 'ungdomsarbeider']],
    ['vg1 og vg2', ['vg1', 'og', 'vg2']],
    ['Tromsø', ['tromsø']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps where each word came from', () => {
    const text = 'Bor i  Bodø, jobber 80 %';
    for (const t of tokenizeMessage(text).tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
  });

  it.each([
    ['Jeg er 34. Bor i Bodø', [BREAK.hard, BREAK.space, BREAK.space, BREAK.hard, BREAK.space, BREAK.space]],
    ['ca. 60 prosent', [BREAK.hard, BREAK.space, BREAK.space]],
    ['gikk ut av 10. klasse', [BREAK.hard, BREAK.space, BREAK.space, BREAK.space, BREAK.space]],
    ['Bruker, 48 år: Bodø • ledig', [BREAK.hard, BREAK.soft, BREAK.space, BREAK.soft, BREAK.soft]],
  ])('breaks in "%s"', (text, expected) => {
    expect(tokenizeMessage(text).tokens.map((t) => t.before)).toEqual(expected);
  });

  it('marks sentences that end with a question mark, and capitals', () => {
    const { tokens, questions } = tokenizeMessage('Jeg er 59. Er det en aldersgrense? Jobber i IT');
    expect([...questions]).toEqual([1]);
    expect(tokens.find((t) => t.lower === 'it')?.capitals).toBe(true);
    expect(tokens[0].upper).toBe(true);
  });
});
