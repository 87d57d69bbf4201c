import { parseAge, parsePercent, parseYears, parseYesNo, rewriteNumbers } from '../../src/nlu';

describe('parseYears', () => {
  it.each([
    ['seks år', 6],
    ['6 år', 6],
    ['6,5 år', 6.5],
    ['3 1/2 år', 3.5],
    ['3½ år', 3.5],
    ['tre og et halvt år', 3.5],
    ['et halvt år', 0.5],
    ['halvannet år', 1.5],
    ['18 måneder', 1.5],
    ['6 mnd', 0.5],
    ['2 år og 6 måneder', 2.5],
    ['to år og seks måneder', 2.5],
    ['6', 6],
    ['Jeg har jobbet i tjue år', 20],
    ['mellom 5 og 6 år', 5],
    ['ca. 10 år', 10],
    ['ingen', 0],
    ['ett år', 1],
  ])('%s → %s', (text, expected) => {
    expect(parseYears(text)).toBe(expected);
  });

  it.each(['vet ikke', 'lenge', '', '1990', '75 år'])('%s → undefined', (text) => {
    expect(parseYears(text)).toBeUndefined();
  });
});

describe('parsePercent', () => {
  it.each([
    ['80 %', 80],
    ['80%', 80],
    ['80 prosent', 80],
    ['åtti prosent', 80],
    ['80-prosent stilling', 80],
    ['full stilling', 100],
    ['heltid', 100],
    ['Jeg jobber fulltid', 100],
    ['halv stilling', 50],
    ['en halv stilling', 50],
    ['0,8 stilling', 80],
    ['80', 80],
    ['62,5 %', 62.5],
  ])('%s → %s', (text, expected) => {
    expect(parsePercent(text)).toBe(expected);
  });

  it.each(['deltid', 'vet ikke', '120 %', '150', 'mye'])('%s → undefined', (text) => {
    expect(parsePercent(text)).toBeUndefined();
  });
});

describe('parseYesNo', () => {
  it.each(['ja', 'Ja!', 'jepp', 'ja, det har jeg', 'Jada', 'det stemmer', 'jo', 'det har jeg'])('%s → true', (text) => {
    expect(parseYesNo(text)).toBe(true);
  });
  it.each(['nei', 'Nei.', 'ikke', 'nope', 'har ikke', 'nei, det har jeg ikke', 'aldri', 'Jeg har ikke det'])('%s → false', (text) => {
    expect(parseYesNo(text)).toBe(false);
  });
  it.each([
    'vet ikke', 'kanskje', 'ja, men ikke ferdig', 'Trøndelag', '', 'tja',
    // "not sure" is not "no"
    'ikke sikker', 'Jeg er ikke helt sikker', 'Det vet jeg ikke', 'nei, det husker jeg ikke', 'Ikke godt å si',
  ])('%s → undefined', (text) => {
    expect(parseYesNo(text)).toBeUndefined();
  });
});

describe('parseAge', () => {
  it.each([
    ['34', 34],
    ['34 år', 34],
    ['er 34 år', 34],
    ['jeg er 34 år', 34],
    ['34 år gammel', 34],
    ['trettifire', 34],
    ['alder: 52', 52],
    ['en 45-åring', 45],
  ])('%s → %s', (text, expected) => {
    expect(parseAge(text)).toBe(expected);
  });
  it.each(['født i 1990', '5', '200', 'vet ikke', 'jeg har jobbet 6 år'])('%s → undefined', (text) => {
    expect(parseAge(text)).toBeUndefined();
  });
});

describe('rewriteNumbers', () => {
  it('writes Norwegian number words as digits and keeps other words', () => {
    expect(rewriteNumbers('Tre og et halvt år, åtti prosent, fem og tyve kolleger')).toBe('3.5 år, 80 prosent, 25 kolleger');
    expect(rewriteNumbers('jeg har en jobb')).toBe('jeg har en jobb');
  });
});
