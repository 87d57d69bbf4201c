// Answers to one question of the guided assessment, read with the question as their context.
import type { ProfileField } from '../../src/catalogue/schema';
import { readAnswer } from '../../src/nlu';
import { understander } from '../support/understanding';

const read = (field: ProfileField, text: string) => readAnswer(understander, field, text);

describe('readAnswer', () => {
  it.each<[ProfileField, string, object]>([
    ['county', 'Namsos', { county: 'Trøndelag' }],
    ['county', 'i bodø', { county: 'Nordland' }],
    ['employed', 'ja', { employed: true }],
    ['employed', 'nei, jeg er arbeidsledig', { employed: false }],
    ['employed', 'nei', { employed: false }],
    ['employmentPercent', '80', { employmentPercent: 80, }],
    ['employmentPercent', 'full stilling', { employmentPercent: 100 }],
    ['practiceYears', '6', { practiceYears: 6 }],
    ['practiceYears', 'halvannet år', { practiceYears: 1.5 }],
    ['practiceYears', 'ingen', { practiceYears: 0 }],
    ['practicePercent', '70 %', { practicePercent: 70 }],
    ['age', '34', { age: 34 }],
    ['age', 'jeg er trettifire', { age: 34 }],
    ['hasTradeCertificate', 'ja, som elektriker', { hasTradeCertificate: true, certificateTrade: 'elektrikerfaget' }],
    ['hasTradeCertificate', 'har ikke', { hasTradeCertificate: false }],
    ['completedUpperSecondary', 'ja, men ikke grunnskolen i Norge', { completedUpperSecondary: true }],
    ['trade', 'helsefagarbeider', { trade: 'helsearbeiderfaget' }],
    ['trade', 'Kjemiprosessfaget', { trade: 'kjemiprosessfaget' }],
    ['interests', 'batteri og automasjon', { interests: ['batteri', 'automatisering'] }],
    // In English: a short answer with one English word is read as English.
    ['practiceYears', '3 years', { practiceYears: 3 }],
    ['practiceYears', '6 years at 70 %', { practiceYears: 4.2, practicePercent: 70 }],
    ['age', "I'm 34", { age: 34 }],
    ['age', 'I am 34', { age: 34 }],
    ['employmentPercent', '80 %', { employmentPercent: 80 }],
    ['employmentPercent', '80 percent', { employmentPercent: 80 }],
    ['employmentPercent', '30 hours a week', { employmentPercent: 80 }],
    ['employed', 'yes, full time', { employed: true, employmentPercent: 100 }],
    ['employed', 'No', { employed: false }],
    ['employed', 'no, I live in Bodø', { employed: false, county: 'Nordland' }],
    ['hasTradeCertificate', 'No', { hasTradeCertificate: false }],
  ])('to %s: "%s"', (field, text, expected) => {
    expect(read(field, text).profile).toMatchObject(expected);
    expect(read(field, text).answered).toBe(true);
  });

  it.each(['siden 2018', 'sidan 2018', 'fra 2018 til nå', 'since 2018'])('to practiceYears: "%s" counts the years from then until now', (text) => {
    const years = understander.today().getUTCFullYear() - 2018;
    expect(read('practiceYears', text).profile).toMatchObject({ practiceYears: years, practiceUntil: 'now' });
  });

  it.each<[ProfileField, string]>([
    ['county', 'blå'],
    ['employed', 'hmm'],
    ['practiceYears', 'mange'],
    ['age', 'gammel nok'],
  ])('to %s, "%s" is no answer', (field, text) => {
    expect(read(field, text).answered).toBe(false);
  });

  it('says so when the answer is "vet ikke", a vague number of years, or a place in several counties', () => {
    expect(read('age', 'vet ikke').dontKnow).toBe(true);
    for (const text of ["I don't know", 'I don’t know', 'not sure', 'no idea']) expect([text, read('county', text).dontKnow]).toEqual([text, true]);
    expect(read('practiceYears', 'et par år').vague).toBe(true);
    expect(read('county', 'Herøy').ambiguousCounty?.candidates).toEqual(['Møre og Romsdal', 'Nordland']);
  });

  it('to practiceYears, a "nei" without years is none in the trade asked about, and the other work it names is not that trade', () => {
    const reading = read('practiceYears', 'Nei, jeg har jobbet med renhold, ikke pleie');
    expect(reading.profile.practiceYears).toBe(0);
    expect(reading.profile.trade).toBeUndefined();
    expect(read('practiceYears', 'nei, bare 2 år').profile.practiceYears).toBe(2);
    expect(read('practiceYears', 'nei vet ikke').answered).toBe(false);
    expect(read('practiceYears', 'No, I have only worked in a shop').profile).toMatchObject({ practiceYears: 0 });
  });

  it('to practiceYears, years told in parts with their own stilling count each part as it was ("de første 2 årene i 50 %")', () => {
    expect(read('practiceYears', 'ca 7 år, men dei første 2 åra i 50 %').profile.practiceYears).toBe(6);
    expect(read('practiceYears', '8 years, the last 4 at 50 %').profile.practiceYears).toBe(6);
    // (All the years in one stilling as before.)
    expect(read('practiceYears', '5 år i 60 %').profile).toMatchObject({ practiceYears: 3, practicePercent: 60 });
  });

  it('hands back a question asked inside an answer', () => {
    expect(read('employed', 'ja, 80 %. Hva betyr det for fagbrev på jobb?').question).toBe('Hva betyr det for fagbrev på jobb?');
  });
});
