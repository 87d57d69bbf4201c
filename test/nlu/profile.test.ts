import { ProfileSchema } from '../../src/catalogue/schema';
import { describeProfile, extractProfile, extractProfileDetails, parseInterests, parseTrade } from '../../src/nlu';

describe('extractProfile', () => {
  it('reads a full description of the situation', () => {
    expect(
      extractProfile('jeg har jobbet 6 år som operatør på Elkem uten fagbrev, 80 % stilling, bor i Trøndelag'),
    ).toEqual({
      practiceYears: 6,
      trade: 'operatør',
      hasTradeCertificate: false,
      employed: true,
      employmentPercent: 80,
      county: 'Trøndelag',
    });
  });

  it.each([
    ['jeg er arbeidsledig og registrert hos NAV', { employed: false, navJobSeeker: true }],
    ['har fagbrev som industrimekaniker', { hasTradeCertificate: true, trade: 'industrimekaniker' }],
    ['interessert i batteri', { interests: ['batteri'] }],
    ['Jeg er interessert i å jobbe med batterier og automasjon', { interests: ['batterier', 'automasjon'] }],
    ['ikke fullført grunnskole', { completedPrimarySchool: false }],
    ['er 34 år', { age: 34 }],
    ['Jeg er 34 år og har jobbet 10 år i industrien', { age: 34, practiceYears: 10 }],
    ['Jeg har fullført grunnskolen men ikke videregående', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['Jeg droppet ut av videregående', { completedUpperSecondary: false }],
    ['Jeg har ikke fagbrev, men vil ta fagbrev på jobb', { hasTradeCertificate: false }],
    ['Jeg er ikke registrert hos NAV', { navJobSeeker: false }],
    ['jobber som prosessoperatør i full stilling, bor på Sunndalsøra', {
      trade: 'prosessoperatør', employed: true, employmentPercent: 100, county: 'Møre og Romsdal',
    }],
    ['har jobbet i tre og et halvt år i produksjonen', { practiceYears: 3.5 }],
    ['Trondheim', { county: 'Trøndelag' }],
    ['Hei! Jeg er 45, jobber deltid på et lager', { age: 45, employed: true }],
    ['Jeg har jobbet 6 år, kan jeg bli praksiskandidat?', { practiceYears: 6 }],
    ['Jeg er usikker, men jeg har fagbrev', { hasTradeCertificate: true }],
  ])('%s', (text, expected) => {
    expect(extractProfile(text)).toEqual(expected);
  });

  it.each([
    'jeg vil ta fagbrev på jobb',
    'Hva er fagbrev på jobb?',
    'sluttet for 2 år siden',
    'ja',
    'nei',
    'hei',
    'Hvordan tar jeg fagbrev?',
    'kurs i Oslo',
    // Not knowing, maybe, if, and asking are not facts.
    'Jeg vet ikke om jeg er registrert hos NAV',
    'Er jeg registrert hos NAV?',
    'Hvis jeg er registrert hos NAV, kan jeg da få hjelp?',
    'Kanskje jeg har fagbrev',
    'Usikker på om jeg har fullført videregående',
    'Jeg vet ikke om jeg jobber 80 %',
  ])('does not guess from "%s"', (text) => {
    expect(extractProfile(text)).toEqual({});
  });

  it('leaves contradicting statements unset', () => {
    expect(extractProfile('jeg er arbeidsledig, men jobber litt ekstra')).toEqual({});
    expect(extractProfile('jobbet 6 år som sveiser, og 2 år som operatør')).not.toHaveProperty('practiceYears');
  });

  it('reports an ambiguous old county name instead of guessing', () => {
    const result = extractProfileDetails('Jeg bor i Viken og jobber i industrien');
    expect(result.profile).not.toHaveProperty('county');
    expect(result.ambiguousCounty?.candidates).toEqual(['Østfold', 'Akershus', 'Buskerud']);
  });

  it('always returns a valid Profile', () => {
    const texts = ['jeg er 5 år', 'jeg har jobbet 90 år', 'stilling 250 %', 'interessert i .', 'bor i Sverige'];
    for (const t of texts) expect(ProfileSchema.safeParse(extractProfile(t)).success).toBe(true);
    expect(extractProfile('jeg har jobbet 90 år')).toEqual({});
  });
});

describe('parseTrade and parseInterests (answers to one question)', () => {
  it.each([
    ['Kjemiprosessfaget', 'kjemiprosessfaget'],
    ['industrimekaniker', 'industrimekaniker'],
    ['Jeg jobber som operatør på Hydro', 'operatør'],
    ['fagbrev i industrimekanikerfaget', 'industrimekanikerfaget'],
  ])('parseTrade(%s) → %s', (text, expected) => {
    expect(parseTrade(text)).toBe(expected);
  });
  it.each(['ja', 'nei', 'Hva betyr det?', '', 'jeg vet ikke hva jeg skal velge blant alle fagene'])('parseTrade(%s) → undefined', (t) => {
    expect(parseTrade(t)).toBeUndefined();
  });

  it('parseInterests', () => {
    expect(parseInterests('Batteri')).toEqual(['batteri']);
    expect(parseInterests('batteri og prosessindustri')).toEqual(['batteri', 'prosessindustri']);
    expect(parseInterests('kjemi, automasjon eller elektro')).toEqual(['kjemi', 'automasjon', 'elektro']);
    expect(parseInterests('Jeg er interessert i kjemi')).toEqual(['kjemi']);
    expect(parseInterests('ja')).toBeUndefined();
    expect(parseInterests('Hva finnes?')).toBeUndefined();
  });
});

describe('describeProfile', () => {
  it('confirms what was understood in bokmål', () => {
    expect(describeProfile({ practiceYears: 6, employmentPercent: 80, employed: true, county: 'Trøndelag', hasTradeCertificate: false })).toBe(
      'Jeg har forstått: 6 års praksis, 80 % stilling, bor i Trøndelag, ikke fagbrev.',
    );
    expect(describeProfile({ practiceYears: 6.5, trade: 'operatør' })).toBe('Jeg har forstått: 6,5 års praksis som operatør.');
    expect(describeProfile({ employed: false, navJobSeeker: true })).toBe(
      'Jeg har forstått: ikke i jobb, registrert som arbeidssøker hos NAV.',
    );
    expect(describeProfile({ age: 34, interests: ['batteri', 'automasjon', 'kjemi'] })).toBe(
      'Jeg har forstått: 34 år, interessert i batteri, automasjon og kjemi.',
    );
    expect(describeProfile({})).toBe('Jeg fant ingen opplysninger om deg i det du skrev.');
  });

  it('describes what extractProfile found', () => {
    expect(describeProfile(extractProfile('jeg har jobbet 6 år som operatør på Elkem uten fagbrev, 80 % stilling, bor i Trøndelag'))).toBe(
      'Jeg har forstått: 6 års praksis som operatør, 80 % stilling, bor i Trøndelag, ikke fagbrev.',
    );
  });
});
