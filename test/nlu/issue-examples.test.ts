// Every example of issue 9, understood: free text, answers in the guided assessment, and openings
// that start it. (The dialog side, through /api/messages, is in test/dialogs/guidance.test.ts.)
import { describesPerson, readAnswer } from '../../src/nlu';
import { understander } from '../support/understanding';

const understand = (text: string) => understander.understand(text).profile;

describe('free text from the issue', () => {
  it.each([
    [
      'Jeg er 34 år, jobber 100 % som operatør i Trøndelag og har 3 års praksis.',
      { age: 34, county: 'Trøndelag', employed: true, employmentPercent: 100, practiceYears: 3 },
    ],
    [
      'har jobba på lager i Namsos i fire år, 80 % stilling',
      { county: 'Trøndelag', employed: true, employmentPercent: 80, practiceYears: 4, trade: 'logistikkfaget' },
    ],
    ['for tiden mellom to jobber', { employed: false }],
    ['æ e 38 og har jobba tre og et halvt år på verkstedet', { age: 38, practiceYears: 3.5 }],
    [
      'I live in Bodø and work 80 % as a cleaner, no trade certificate',
      { county: 'Nordland', employed: true, employmentPercent: 80, hasTradeCertificate: false, trade: 'renholdsoperatørfaget' },
    ],
    ['forresten skrev jeg feil, jeg bor i Trondheim nå, ikke Bodø', { county: 'Trøndelag' }],
    ['e jobbe på sagbruket på orkanger … ka ska æ gjør', { county: 'Trøndelag', employed: true, trade: 'trearbeiderfaget' }],
    ['Jeg vil omskolere meg til batteriindustrien.', { interests: ['batteri'] }],
    ['Jeg vil ta fagbrev som barne- og ungdomsarbeider.', { trade: 'barne- og ungdomsarbeiderfaget' }],
    ['Jeg har jobbet 6 år i 70 % stilling som renholder.', { practiceYears: 4.2, practicePercent: 70, trade: 'renholdsoperatørfaget' }],
  ])('%s', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });

  it('reads a correction as a correction, and a place shared by several counties as a question', () => {
    expect(understander.understand('forresten skrev jeg feil, jeg bor i Trondheim nå, ikke Bodø').corrected).toEqual(['county']);
    const heroy = understander.understand('Bor på Herøy.');
    expect(heroy.profile).toEqual({});
    expect(heroy.ambiguousCounty?.candidates).toEqual(['Møre og Romsdal', 'Nordland']);
  });
});

describe('answers in the guided assessment', () => {
  it('"ja, 100%" to "Er du i jobb nå?" is employed and 100 %', () => {
    const r = readAnswer(understander, 'employed', 'ja, 100%');
    expect(r.profile).toEqual({ employed: true, employmentPercent: 100 });
  });

  it('"Ja, fast 100 % … ryggen er ikke hva den var" is still yes: the negation is about the back', () => {
    const r = readAnswer(understander, 'employed', 'Ja, fast 100 % … ryggen er ikke hva den var');
    expect(r.profile).toEqual({ employed: true, employmentPercent: 100 });
  });

  it('school abroad with a question: no "no", the question kept, school asked about as equivalent', () => {
    const r = readAnswer(understander, 'completedPrimarySchool', 'jeg har 12 år skole fra Eritrea, men ikke fra Norge. Er det tilsvarende?');
    expect(r.profile.completedPrimarySchool).toBeUndefined();
    expect(r.abroadSchool).toEqual(['completedPrimarySchool']);
    expect(r.question).toBe('Er det tilsvarende?');
  });

  it('"vet ikke helt, rundt 90 % tror jeg" is 90 %, to be confirmed', () => {
    const r = readAnswer(understander, 'employmentPercent', 'vet ikke helt, rundt 90 % tror jeg');
    expect(r.profile).toEqual({ employmentPercent: 90, employed: true });
    expect(r.hedged).toEqual(['employmentPercent']);
    expect(r.dontKnow).toBe(false);
  });

  it.each([
    ['county', 'nei, jeg bor i Bodø', { county: 'Nordland' }],
    ['employed', 'nei, jeg mente Nordland', { county: 'Nordland' }],
    ['practiceYears', 'jeg har 4 år, ikke 3', { practiceYears: 4 }],
    ['practiceYears', '6 år i 70 %', { practiceYears: 4.2, practicePercent: 70 }],
    ['employed', 'forresten skrev jeg feil, jeg bor i Trondheim nå, ikke Bodø', { county: 'Trøndelag' }],
  ] as const)('to %s: "%s"', (field, text, expected) => {
    expect(readAnswer(understander, field, text).profile).toEqual(expected);
  });

  it('"Hvorfor spør du om det?" asks why, and is no answer', () => {
    const r = readAnswer(understander, 'practiceYears', 'Hvorfor spør du om det?');
    expect(r.asksWhy).toBe(true);
    expect(r.answered).toBe(false);
  });
});

describe('openings that describe the person start the assessment', () => {
  it.each([
    'e jobbe på sagbruket på orkanger … ka ska æ gjør',
    'I live in Bodø and work 80 % as a cleaner, no trade certificate',
    'æ e 38 og har jobba tre og et halvt år på verkstedet',
    'Jeg er 34 år, jobber 100 % som operatør i Trøndelag og har 3 års praksis.',
  ])('%s', (text) => {
    expect(describesPerson(text)).toBe(true);
  });

  it.each(['Hva er fagbrev på jobb?', 'hei', 'Kan jeg ta fagbrev hvis jeg jobber deltid?', 'takk for hjelpen'])('not "%s"', (text) => {
    expect(describesPerson(text)).toBe(false);
  });
});
