import { describeProfile } from '../../src/nlu';

describe('describeProfile', () => {
  it.each([
    [{}, 'Jeg fant ingen opplysninger om deg i det du skrev.'],
    [
      { age: 34, practiceYears: 6, employmentPercent: 80, employed: true, county: 'Trøndelag', hasTradeCertificate: false },
      'Jeg har forstått: 34 år, 6 års praksis, 80 % stilling, bor eller jobber i Trøndelag, ikke fagbrev.',
    ],
    [{ practiceYears: 4.2, practicePercent: 70 }, 'Jeg har forstått: 4,2 års praksis regnet som heltid (i 70 % stilling).'],
    [{ hasTradeCertificate: true, certificateTrade: 'kokkfaget', trade: 'industrimekanikerfaget' }, 'Jeg har forstått: fag: industrimekanikerfaget, har fagbrev i kokkfaget.'],
    [{ employed: false, navJobSeeker: true, interests: ['batteri', 'ikt', 'helse'] }, 'Jeg har forstått: ikke i jobb, registrert som arbeidssøker hos NAV, interessert i batteri, ikt og helse.'],
  ])('%j', (profile, expected) => {
    expect(describeProfile(profile)).toBe(expected);
  });
});
