import path from 'node:path';
import fc from 'fast-check';
import { foldText } from '../../src/normalise';
import { loadPlaceIndex, type County } from '../../src/catalogue/places';
import { createPlaceMatcher, type PlaceMatch } from '../../src/nlu/places';
import { foldPhrase, tokenize } from '../../src/nlu/place-tokens';

const index = loadPlaceIndex(path.join(__dirname, '..', '..', 'knowledge', 'places.json'));
const matcher = createPlaceMatcher(index);

type Expected = County | County[] | null;

/** A county, the candidates of an ambiguous match (in county order), or null for none. */
function outcome(m: PlaceMatch): Expected {
  if (m.kind === 'county') return m.county;
  if (m.kind === 'ambiguous') return m.candidates;
  return null;
}

describe('matchPlace: where the person lives or works', () => {
  const cases: Array<[string, Expected]> = [
    // The messages from the issue
    ['Jeg er 34 år, jobber 100 % som operatør i Trøndelag og har 3 års praksis.', 'Trøndelag'],
    ['har jobba på lager i Namsos i fire år, 80 % stilling', 'Trøndelag'],
    ['Jeg jobber i Levanger', 'Trøndelag'],
    ['Jobber som prosessoperatør på Mo i Rana', 'Nordland'],
    ['I live in Bodø and work 80 % as a cleaner, no trade certificate', 'Nordland'],
    ['forresten skrev jeg feil, jeg bor i Trondheim nå, ikke Bodø', 'Trøndelag'],
    ['e jobbe på sagbruket på orkanger, ka ska æ gjør', 'Trøndelag'],
    // Residence and work, inside longer sentences
    ['Hei! Jeg heter Kari, er 47 år og bor i Lillestrøm.', 'Akershus'],
    ['Jeg er 52, bor i Alta og har jobbet på fiskebruk hele livet', 'Finnmark'],
    ['bosatt i Sunndalsøra, jobber på Hydro Sunndal', 'Møre og Romsdal'],
    ['Jobber skift på Herøya, har ikke fagbrev ennå', 'Telemark'],
    ['jobber på Hydro Karmøy som operatør', 'Rogaland'],
    ['Har vært lærling hos Elkem i Mo i Rana', 'Nordland'],
    ['jobber hos Kiwi i Namsos', 'Trøndelag'],
    ['har fast jobb på Finnfjord', 'Troms'],
    ['operatør på Thamshavn i snart ti år', 'Trøndelag'],
    ['jobbe på verkstedet i Verdal', 'Trøndelag'],
    ['Jeg jobber i Tromsø kommune som renholder', 'Troms'],
    ['Jeg jobber i Trøndelag fylkeskommune', 'Trøndelag'],
    ['jobber offshore, bor på Stord', 'Vestland'],
    ['bor i Haugesund men jobber på Kårstø', 'Rogaland'],
    ['Jeg bor i Moss og jobber i Sarpsborg', 'Østfold'],
    ['I Namsos har jeg jobbet i ti år', 'Trøndelag'],
    ['Bosted: Namsos', 'Trøndelag'],
    ['Fylke: Nordland', 'Nordland'],
    ['jobber hos Alcoa Mosjøen', 'Nordland'],
    ['bor på Husnes og jobber på verket', 'Vestland'],
    ['jobber på Tyssedal', 'Vestland'],
    ['jobber på Eydehavn', 'Agder'],
    ['jobber på Fiskaa', 'Agder'],
    ['bor i Årdalstangen', 'Vestland'],
    ['bor i Høyanger', 'Vestland'],
    ['jobber i Glomfjord', 'Nordland'],
    ['bor i Sandnessjøen', 'Nordland'],
    ['jobber på Raufoss', 'Innlandet'],
    ['bor på Hønefoss', 'Buskerud'],
    ['jobber på Mongstad', 'Vestland'],
    ['bor på Brekstad', 'Trøndelag'],
    ['bor i Hommelvik', 'Trøndelag'],
    ['bor i Lakselv', 'Finnmark'],
    ['jobber på Kirkenes', 'Finnmark'],
    ['Jobber på Jessheim', 'Akershus'],
    ['Jeg bor i Ski', 'Akershus'],
    ['jobber i Porsgrunn', 'Telemark'],
    ['bor i Grenland', 'Telemark'],
    ['bor på Jæren', 'Rogaland'],
    ['bor på Helgeland', 'Nordland'],
    ['bor i Lofoten', 'Nordland'],
    ['bor i Valdres', 'Innlandet'],
    ['jobber på Sunnmøre', 'Møre og Romsdal'],
    ['bor i Namdalen', 'Trøndelag'],
    ['bor i Setesdal', 'Agder'],
    ['bor på Sørlandet', 'Agder'],
    // Dialect and nynorsk
    ['Æ bur på Brekstad og jobbe på Ørland', 'Trøndelag'],
    ['Eg bur i Førde og jobbar i Sunnfjord kommune', 'Vestland'],
    ['e fra Steinkjer', 'Trøndelag'],
    ['eg kjem frå Voss', 'Vestland'],
    ['Æ har jobba på Sortland i mange år', 'Nordland'],
    // Origin counts when nothing stronger is said
    ['jeg er fra Steinkjer', 'Trøndelag'],
    ['Jeg er fra Bodø, men bor i Trondheim', 'Trøndelag'],
    ['Jeg kommer fra Eritrea og bor i Namsos', 'Trøndelag'],
    // Moves and commutes
    ['pendler fra Steinkjer til Trondheim hver dag', 'Trøndelag'],
    ['Vi flyttet til Namsos i fjor', 'Trøndelag'],
    ['flytta fra Bodø til Tromsø for to år sia', 'Troms'],
    ['bodde i Bodø før, nå bor jeg i Tromsø', 'Troms'],
    ['Jeg jobber ikke i Oslo lenger, jeg jobber i Drammen', 'Buskerud'],
    // Someone else's place, or something else happening there, alongside the person's own
    ['Jeg bor i Bodø. Søsteren min bor i Trondheim.', 'Nordland'],
    ['Jeg har en søster i Bergen, men selv bor jeg i Ålesund', 'Møre og Romsdal'],
    ['Jeg var på kurs i Oslo i fjor, men jeg jobber i Hamar', 'Innlandet'],
    ['Jeg bor i Steinkjer, men skal på samling i Bodø', 'Trøndelag'],
    ['bor i Gjøvik og vil flytte til Oslo', 'Innlandet'],
    ['bor hos mora mi i Bergen', 'Vestland'],
    // Lower case, inflection, areas, old and parallel names
    ['jeg bor i trondhjem', 'Trøndelag'],
    ['bor i Aalesund', 'Møre og Romsdal'],
    ['Jeg bor i Bodø-området', 'Nordland'],
    ['jobber i Trondheimsområdet', 'Trøndelag'],
    ['jobber i Stavanger-regionen', 'Rogaland'],
    ['bor i nærheten av Namsos', 'Trøndelag'],
    ['bor like utenfor Hamar', 'Innlandet'],
    ['bor i Kárášjohka', 'Finnmark'],
    ['bor i Guovdageaidnu', 'Finnmark'],
    ['bor i Snåase', 'Trøndelag'],
    ['bor i Sør-Varanger', 'Finnmark'],
    ['bor i Sørvaranger', 'Finnmark'],
    ['bor i Nord-Trøndelag', 'Trøndelag'],
    ['bor i Hedmark', 'Innlandet'],
    ['bor i Hordaland', 'Vestland'],
    ['jobber i Vest-Agder', 'Agder'],
    ['bor i Sogn og Fjordane', 'Vestland'],
    ['bor på Herøy i Nordland', 'Nordland'],
    ['bor på Herøy, Nordland', 'Nordland'],
    ['Jeg bor i Time', 'Rogaland'],
    ['Jeg bur i Hol', 'Buskerud'],
    // Misspellings
    ['jobber i Tronheim', 'Trøndelag'],
    ['bor i Trondhiem', 'Trøndelag'],
    ['bor i Kristiansnad', 'Agder'],
    ['bor i Kristiansnd', null], // one letter from both Kristiansand and Kristiansund: not guessed
    ['jobber på Sunndalsøya', 'Møre og Romsdal'],
    ['bor i Fredrikstadt', 'Østfold'],
    ['jobber i Haugsund', 'Rogaland'],
    ['bor i Sandnesjøen', 'Nordland'],
    ['I live in Lillehamer', 'Innlandet'],
    // English
    ['I work at Hydro in Sunndalsøra', 'Møre og Romsdal'],
    ["I'm from Tromsø", 'Troms'],
    ["I've lived in Hammerfest for ten years", 'Finnmark'],
    ['we live in Kirkenes', 'Finnmark'],
    ['I am staying in Harstad and work in a shop', 'Troms'],
    ['I come from Narvik', 'Nordland'],
    ['working as a welder in Stavanger', 'Rogaland'],
    ["I'm based in Kongsberg", 'Buskerud'],
    ['I moved to Trondheim last year', 'Trøndelag'],
    // Names shared by several counties, former counties, regions: the dialog asks
    ['bor på Herøy', ['Møre og Romsdal', 'Nordland']],
    ['Jeg bor i Våler', ['Østfold', 'Innlandet']],
    ['bor i Bø', ['Nordland', 'Telemark']],
    ['bor på Os', ['Innlandet', 'Vestland']],
    ['bor på Nes', ['Akershus', 'Buskerud', 'Innlandet']],
    ['bor i Sande', ['Møre og Romsdal', 'Vestfold']],
    ['bor i Straumen', ['Nordland', 'Trøndelag']],
    ['jobber i Viken', ['Østfold', 'Akershus', 'Buskerud']],
    ['bor i Vestfold og Telemark', ['Vestfold', 'Telemark']],
    ['jobber i Troms og Finnmark', ['Troms', 'Finnmark']],
    ['bor på Vestlandet', ['Rogaland', 'Møre og Romsdal', 'Vestland']],
    ['bor i Nord-Norge', ['Nordland', 'Troms', 'Finnmark']],
    ['bor på Hadeland', ['Akershus', 'Innlandet']],
    ['bor i Moss og jobber i Oslo', ['Oslo', 'Østfold']],
    // Not where the person lives or works
    ['Jeg skal på kurs i Oslo neste uke', null],
    ['Vi var på ferie i Spania', null],
    ['Søsteren min bor i Bergen', null],
    ['Mannen min jobber i Tromsø', null],
    ['Kona jobber på Kongsberg', null],
    ['Jeg har en sønn som bor i Trondheim', null],
    ['flytte til Oslo?', null],
    ['Jeg vil flytte til Oslo', null],
    ['Jeg skal begynne å jobbe i Bergen', null],
    ['Er det noen kurs i Trondheim?', null],
    ['Hvor mange timer må jeg jobbe i Trøndelag for å ta fagbrev?', null],
    ['Kan jeg ta fagbrev i Nordland når jeg bor i Troms?', 'Troms'],
    ['Can I work in Oslo?', null],
    ['Tidligere jobbet jeg i Bergen, nå jobber jeg i Stavanger', 'Rogaland'],
    ['har vært permittert fra Hydro i Årdal', 'Vestland'],
    ['Finnes det fagskoler i Bergen?', null],
    ['Kurset holdes i Bodø', null],
    ['Jeg tok fagprøven i Stavanger', null],
    ['Jeg har tatt truckkurs i Trondheim', null],
    ['Jeg har hytte på Hitra', null],
    ['Vi besøkte familien i Ålesund', null],
    ['Jeg bodde i Bodø i mange år', null],
    ['Jeg bor ikke i Oslo', null],
    ['Jeg bor i Sverige', null],
    ['Jeg kommer fra Bodø, men bor i Sverige nå', null],
    ['Trøndelagsmodellen, hva er det?', null],
    ['Hva er Viken?', null],
    ['Jeg jobber i liten stilling', null],
    ['jobber i kveld', null],
    ['jobber på skolen', null],
    ['jobber i barnehage', null],
    ['jobber på lager', null],
    ['jobber i helgene', null],
    ['bor i leilighet i sentrum', null],
    ['jobber i industrien', null],
    ['satt i sola hele dagen', null],
    ['vi var på stranda', null],
    ['går på ski i helga', null],
    ['jobber i time', null],
    ['jobber på Lerøy', null],
    ['Jeg jobber som barnevakt hos Lena', null],
    ['Jeg har 12 år skole fra Eritrea, men ikke fra Norge. Er det tilsvarende?', null],
    ['My sister lives in Oslo', null],
    ['I want to move to Bergen', null],
    ['We spent a holiday in Lofoten', null],
    ['I live in Sweden', null],
    ['Hei', null],
    ['', null],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(outcome(matcher.matchPlace(text))).toEqual(expected);
  });

  it('says which words it read and what they matched', () => {
    expect(matcher.matchPlace('jeg har jobba på Mo i Rana siden 2015')).toEqual({
      kind: 'county',
      county: 'Nordland',
      phrase: 'Mo i Rana',
      place: 'Mo i Rana',
      via: 'name',
    });
    expect(matcher.matchPlace('bor i Bodø-området')).toMatchObject({ phrase: 'Bodø-området', place: 'Bodø' });
    expect(matcher.matchPlace('jobber i Tronheim')).toMatchObject({ phrase: 'Tronheim', place: 'Trondheim', via: 'misspelling' });
  });

  it.each([
    ['bor på Herøy', 'shared-name'],
    ['jobber i Viken', 'former-county'],
    ['bor på Vestlandet', 'region'],
    ['bor i Moss og jobber i Oslo', 'several-places'],
  ])('tells why %s is ambiguous (%s)', (text, reason) => {
    expect(matcher.matchPlace(text)).toMatchObject({ kind: 'ambiguous', reason });
  });
});

describe('matchCountyAnswer: a whole short answer to "Hvilket fylke bor du i?"', () => {
  const cases: Array<[string, Expected]> = [
    ['Namsos', 'Trøndelag'],
    ['trøndelag', 'Trøndelag'],
    ['Trondelag', 'Trøndelag'],
    ['Tröndelag', 'Trøndelag'],
    ['i bodø', 'Nordland'],
    ['Nordland fylke', 'Nordland'],
    ['jeg bor i Steinkjer kommune', 'Trøndelag'],
    ['Rogland', 'Rogaland'],
    ['møre og romsdal', 'Møre og Romsdal'],
    ['More og Romsdal', 'Møre og Romsdal'],
    ['Møre & Romsdal', 'Møre og Romsdal'],
    ['Sør-Trøndelag', 'Trøndelag'],
    ['i Kárášjohka', 'Finnmark'],
    ['tromsø', 'Troms'],
    ['Oslo', 'Oslo'],
    ['Agder', 'Agder'],
    ['time', 'Rogaland'],
    ['Herøy, Nordland', 'Nordland'],
    ['Bø i Telemark', 'Telemark'],
    ['nordland, ikke trøndelag', 'Nordland'],
    ['Trøndelag tror jeg', 'Trøndelag'],
    ['Viken', ['Østfold', 'Akershus', 'Buskerud']],
    ['viken', ['Østfold', 'Akershus', 'Buskerud']],
    ['Troms og Finnmark', ['Troms', 'Finnmark']],
    ['Herøy', ['Møre og Romsdal', 'Nordland']],
    ['Oslo og Akershus', ['Oslo', 'Akershus']],
    ['Trøndelag, men jobber i Oslo', ['Oslo', 'Trøndelag']],
    ['Jeg bor i Namsos, men er fra Bodø', 'Trøndelag'],
    ['fra Bodø', 'Nordland'],
    ['Søsteren min bor i Bergen', null],
    ['vet ikke', null],
    ['ja', null],
    ['hei', null],
    ['Sverige', null],
    ['det tar jeg om en time', null],
    ['Ja, fast 100 % på fabrikken, ryggen er ikke hva den var', null],
    ['jeg bor i Trondhiem', 'Trøndelag'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(outcome(matcher.matchCountyAnswer(text))).toEqual(expected);
  });

  it('reads a long answer as free text', () => {
    const long = `Jeg har jobbet mange steder opp gjennom årene, både på lager og i butikk, men nå bor jeg i Namsos og trives godt der ${'og '.repeat(20)}`;
    expect(outcome(matcher.matchCountyAnswer(long))).toBe('Trøndelag');
  });
});

describe('place tokens', () => {
  it('fold words the way foldText does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const skip = /[đŧŋßðþłœ]/iu; // folded to letters here, dropped by foldText
        fc.pre(!skip.test(text));
        expect(foldPhrase(text)).toBe(foldText(text));
      }),
      { numRuns: 500 },
    );
  });

  it('keep offsets into the original text', () => {
    const text = 'Jeg bor i Bodø-området, ikke i Trondheim.';
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Jeg', 'bor', 'i', 'Bodø', 'området', 'ikke', 'i', 'Trondheim']);
    expect(tokens.map((t) => t.key)).toEqual(['jeg', 'bor', 'i', 'bodo', 'omradet', 'ikke', 'i', 'trondheim']);
  });
});

describe('properties', () => {
  // Words that are not place names, mixed with the place words the matcher reacts to.
  const WORDS = [
    'jeg', 'bor', 'jobber', 'i', 'på', 'fra', 'hos', 'og', 'men', 'har', 'er', 'som', 'lager', 'butikk', 'barnehage',
    'operatør', 'fagbrev', 'praksis', 'år', 'prosent', 'stilling', 'fast', 'deltid', 'skift', 'kurs', 'ikke', 'nå',
    'live', 'work', 'in', 'at', 'from', 'the', 'cleaner', 'hospital', 'full', 'time', 'helse', 'sykehjem', 'renhold',
    'verksted', 'sveiser', 'elektriker', 'lærling', 'kommunen', 'industrien', 'jobb', 'arbeid', 'hjemme', 'dag',
    'fire', 'tolv', '80', '%', ',', '.', '?', 'Ja', 'Nei', 'Hei', 'æ', 'e', 'jobba', 'bur', 'kompetanse', 'omskolering',
  ];

  it('finds no place in text made of words that are not places', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), (words) => {
        expect(matcher.matchPlace(words.join(' '))).toEqual({ kind: 'none' });
      }),
      { numRuns: 500 },
    );
  });

  const municipalities = index.municipalities.filter((m) => {
    const same = index.names.filter((n) => foldPhrase(n.name) === foldPhrase(m.name));
    return !m.ordinaryWord && same.every((n) => n.counties.length === 1 && n.counties[0] === m.county);
  });

  it('reads every municipality with a name of its own, in any case, after "bor i"', () => {
    expect(municipalities.length).toBeGreaterThan(300);
    for (const m of municipalities) {
      expect([m.name, outcome(matcher.matchPlace(`Jeg bor i ${m.name}`))]).toEqual([m.name, m.county]);
      expect([m.name, outcome(matcher.matchPlace(`jobber i ${m.name.toLowerCase()}`))]).toEqual([m.name, m.county]);
      expect([m.name, outcome(matcher.matchCountyAnswer(m.name))]).toEqual([m.name, m.county]);
    }
  });

  it("never reads a municipality as the person's place after a course, a trip or a relative", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...municipalities),
        fc.constantFrom('Jeg var på kurs i', 'Vi hadde ferie i', 'Søsteren min bor i', 'Skal jeg flytte til', 'Foreldrene mine jobber i', 'I visited'),
        (m, frame) => {
          expect(matcher.matchPlace(`${frame} ${m.name}.`)).toEqual({ kind: 'none' });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a letter dropped inside a long name finds its county, or nothing when another name is as close', () => {
    const long = municipalities.filter((m) => foldPhrase(m.name).replace(/ /g, '').length >= 9 && !/[ -]/.test(m.name));
    let right = 0;
    let tried = 0;
    for (const m of long) {
      for (let i = 1; i < m.name.length - 1; i++) {
        const misspelt = m.name.slice(0, i) + m.name.slice(i + 1);
        const result = outcome(matcher.matchPlace(`jeg bor i ${misspelt}`));
        expect([misspelt, result === null || result === m.county]).toEqual([misspelt, true]);
        tried++;
        if (result === m.county) right++;
      }
    }
    expect(long.length).toBeGreaterThan(50);
    expect(right / tried).toBeGreaterThan(0.9);
  });

  it('any input, however long, gives a well-formed answer taken from the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20000 }), fc.constantFrom('', ' bor i Namsos ', ' kurs i Oslo '), (noise, inserted) => {
        const text = noise.slice(0, noise.length / 2) + inserted + noise.slice(noise.length / 2);
        for (const result of [matcher.matchPlace(text), matcher.matchCountyAnswer(text)]) {
          if (result.kind === 'none') continue;
          for (const part of result.phrase.split(', ')) expect(text).toContain(part);
          if (result.kind === 'ambiguous') expect(result.candidates.length).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 50 },
    );
  });
});
