import { stemNorwegian } from '../../src/retrieval/stemmer';

describe('stemNorwegian', () => {
  it.each([
    ['fagbrev', 'fagbrevet'],
    ['fagbrev', 'fagbrevene'],
    ['lærling', 'lærlingene'],
    ['lærlinger', 'lærlingen'],
    ['opplæring', 'opplæringen'],
    ['vurdering', 'vurderte'],
    ['vurderer', 'vurdering'],
    ['fagskole', 'fagskolen'],
    ['fagskoler', 'fagskolene'],
    ['bedriften', 'bedriftens'],
    ['muligheten', 'mulighet'],
    ['leder', 'lederen'],
    ['arbeidsledig', 'arbeidsledige'],
    ['voksen', 'voksne'],
    ['ledelse', 'ledelsen'],
    ['kompetanse', 'kompetansen'],
    ['eksamen', 'eksamenen'],
    ['eksamen', 'eksamener'],
    ['teorieksamen', 'teorieksamenene'],
    ['morgen', 'morgenen'],
  ])('"%s" and "%s" share a stem', (a, b) => {
    expect(stemNorwegian(a)).toBe(stemNorwegian(b));
  });

  it('removes the possessive -s only after a valid s-ending', () => {
    expect(stemNorwegian('navs')).toBe('nav');
    expect(stemNorwegian('prosess')).toBe('prosess');
    expect(stemNorwegian('bedriftens')).toBe('bedrift');
  });

  it('keeps short derivational stems apart: "ledig" (vacant) is not "leder" (manager)', () => {
    expect(stemNorwegian('ledig')).not.toBe(stemNorwegian('leder'));
  });

  it('meets the "-tre" plural of a "-ter" noun with its singular: "sentre" ~ "senter", "teatre" ~ "teater"', () => {
    for (const form of ['studiesentre', 'studiesentrene', 'studiesenteret']) expect(stemNorwegian(form)).toBe(stemNorwegian('studiesenter'));
    expect(stemNorwegian('teatre')).toBe(stemNorwegian('teater'));
    expect(stemNorwegian('sentral')).not.toBe(stemNorwegian('senter'));
  });

  it('meets irregular verb forms with their infinitive: "står" ~ "stå", "gikk" ~ "gå"', () => {
    expect(stemNorwegian('står')).toBe(stemNorwegian('stå'));
    expect(stemNorwegian('gikk')).toBe(stemNorwegian('gå'));
  });

  it('leaves short words and tokens with digits alone', () => {
    expect(stemNorwegian('vg3')).toBe('vg3');
    expect(stemNorwegian('nav')).toBe('nav');
    expect(stemNorwegian('år')).toBe('år');
  });

  it('never returns an empty stem', () => {
    for (const w of ['ene', 'else', 'heten', 'ing', 'ande', 'erte', 'lig', 'ig']) {
      expect(stemNorwegian(w).length).toBeGreaterThan(0);
    }
  });
});
