// Whether a sentence holds the value a question asks for (values.ts), on sentences of the kind the facts have.
import { countTokens, hasCount, hasValue } from '../../src/answer/values';

const tokens = (text: string) => countTokens(text, (w) => new Set([w]));
const countable = new Set(['personer', 'deltakere']);

describe('hasValue', () => {
  test('an age ("fyller 21 år", "turns 21") is no length of time; a length is', () => {
    expect(hasValue('Du kan ta fagbrev på jobb fra det året du fyller 21 år.', 'duration')).toBe(false);
    expect(hasValue('You can start from the year you turn 21 years.', 'duration')).toBe(false);
    expect(hasValue('Du må ha minst ett års praksis.', 'duration')).toBe(true);
    expect(hasValue('Kontrakten varer i fire år.', 'duration')).toBe(true);
  });
});

describe('hasCount', () => {
  test('that many more or less of something ("fikk 2 timer lengre tid", "3 weeks more") is a difference, not how many there are', () => {
    const hours = new Set(['timer', 'weeks']);
    expect(hasCount(tokens('Kandidaten fikk 2 timer lengre tid på prøven.'), { countable: hours, share: false })).toBe(false);
    expect(hasCount(tokens('The course took 3 weeks more than planned.'), { countable: hours, share: false })).toBe(false);
    expect(hasCount(tokens('Prøven varer i 5 timer.'), { countable: hours, share: false })).toBe(true);
  });

  test('a number before a countable noun counts it; a year does not', () => {
    expect(hasCount(tokens('Ved utgangen av 2023 var 408 personer i arbeid.'), { countable, share: false })).toBe(true);
    expect(hasCount(tokens('Ordningen startet i 2021.'), { countable, share: false })).toBe(false);
  });

  test('a share or a sum answers only a question that asks for one ("hvor mye", "how much", "hvor stor andel")', () => {
    const share = tokens('I Trøndelag fullfører 79,5 % av elevene.');
    const sum = tokens('The process industry brings in 166 billion kroner in export revenue a year.');
    expect(hasCount(share, { countable, share: true })).toBe(true);
    expect(hasCount(share, { countable, share: false })).toBe(false);
    expect(hasCount(sum, { countable, share: true })).toBe(true);
    expect(hasCount(sum, { countable, share: false })).toBe(false);
  });

  test('a share said in words ("halvparten", "a third of") answers "hvor mye av …" as a percentage does', () => {
    const half = tokens('Minst halvparten av praksisen bør være fra de siste ti årene.');
    expect(hasCount(half, { countable, share: true })).toBe(true);
    expect(hasCount(half, { countable, share: false })).toBe(false);
    expect(hasCount(tokens('About a third of the participants were women.'), { countable, share: true })).toBe(true);
  });

  test('a share of the very thing asked about answers "hvor mange" ("hvor mange består" – "består 62 %")', () => {
    const passed = tokens('Av kandidatene som gikk opp, består 62 % fagprøven første gang.');
    const isCounted = (stems: ReadonlySet<string>) => stems.has('består');
    expect(hasCount(passed, { countable, share: false, isCounted })).toBe(true);
    expect(hasCount(tokens('Om lag 62 % av dem var menn, og de fleste besto.'), { countable, share: false, isCounted })).toBe(false);
  });

  test('a question that counts no thing it names is answered by a share of a group, not by any percentage', () => {
    expect(hasCount(tokens('Om lag 62 % av kandidatene består.'), { countable, share: 'of' })).toBe(true);
    expect(hasCount(tokens('Du må ha minst 80 % stilling.'), { countable, share: 'of' })).toBe(false);
  });

  test('"det eneste X" counts one X', () => {
    const centres = (stems: ReadonlySet<string>) => stems.has('studiesenteret');
    expect(hasCount(tokens('Nissedal studiesenter er det eneste studiesenteret i fylket.'), { countable, share: false, isCounted: centres })).toBe(true);
  });

  test('"Antall X …" says up front what the sentence\'s numbers count', () => {
    const applicants = tokens('Antall søkere til Vg2 kjemiprosess økte fra 319 i 2017 til 574 i 2020.');
    expect(hasCount(applicants, { countable: new Set(['søkere']), share: false })).toBe(true);
    const applied = (stems: ReadonlySet<string>) => stems.has('søkte');
    expect(hasCount(tokens('Antall jenter som søkte Vg2 økte fra 60 til 152.'), { countable: new Set(), share: false, isCounted: applied })).toBe(true);
    expect(hasCount(tokens('Antall søkere til Vg2 kjemiprosess økte kraftig.'), { countable: new Set(['søkere']), share: false })).toBe(false);
  });

  test('a number of what the sentence opens with that rose or fell ("Applicants … rose from 319 to 574") counts it', () => {
    const applicants = (stems: ReadonlySet<string>) => stems.has('applicants');
    expect(hasCount(tokens('Applicants to Vg2 chemical process rose from 319 in 2017 to 574 in 2020.'), { countable: new Set(), share: false, isCounted: applicants })).toBe(true);
    expect(hasCount(tokens('Applicants to Vg2 chemical process rose sharply.'), { countable: new Set(), share: false, isCounted: applicants })).toBe(false);
    expect(hasCount(tokens('The schools in the region said that applicants are many, and prices rose from 10 to 12 kroner.'), { countable: new Set(), share: false, isCounted: applicants })).toBe(false);
  });

  test('the thing counted comes before the next article or preposition: "15 elever en dag i uka" counts no days', () => {
    const days = (stems: ReadonlySet<string>) => stems.has('dag') || stems.has('dager');
    expect(hasCount(tokens('Det var 15 elever en dag i uka.'), { countable: new Set(), share: false, isCounted: days })).toBe(false);
    expect(hasCount(tokens('Fagprøven varer normalt 3 dager.'), { countable: new Set(), share: false, isCounted: days })).toBe(true);
  });
});

describe('hasValue', () => {
  test('an amount in millions or billions, in Norwegian or English, is an amount', () => {
    expect(hasValue('Batterifagskolen fikk 5,6 millioner kroner i tilskudd.', 'amount')).toBe(true);
    expect(hasValue('It brings in 166 billion NOK a year.', 'amount')).toBe(true);
    expect(hasValue('Batterifagskolen er nettbasert med samlinger.', 'amount')).toBe(false);
  });
});
