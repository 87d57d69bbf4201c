import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  COUNTIES,
  PlacesFileError,
  buildPlaceIndex,
  loadPlaceIndex,
  parsePlacesFile,
  type County,
  type PlacesFile,
} from '../../src/catalogue/places';

const FILE = path.join(__dirname, '..', '..', 'knowledge', 'places.json');
const raw = (): PlacesFile => JSON.parse(readFileSync(FILE, 'utf8')) as PlacesFile;
const file = parsePlacesFile(raw());

// SSB's published number of municipalities per county from 1 January 2024, written here independently
// of the data file so that a changed count in the file cannot pass unnoticed.
const PUBLISHED_2024: Record<County, number> = {
  Oslo: 1,
  Rogaland: 23,
  'Møre og Romsdal': 27,
  Nordland: 41,
  Østfold: 12,
  Akershus: 21,
  Buskerud: 18,
  Innlandet: 46,
  Vestfold: 6,
  Telemark: 17,
  Agder: 25,
  Vestland: 43,
  Trøndelag: 38,
  Troms: 21,
  Finnmark: 18,
};

describe('knowledge/places.json', () => {
  it('states its source and the 2024 structure', () => {
    expect(file.source).toMatch(/SSB/);
    expect(file.source).toMatch(/131/);
    expect(file.validFrom).toBe('2024-01-01');
    expect(file.totalMunicipalities).toBe(357);
  });

  it.each(COUNTIES.map((c) => [c]))('%s: listed municipalities = the published count in the file = SSB 2024', (county) => {
    const entry = file.counties.find((c) => c.name === county);
    const listed = file.municipalities.filter((m) => m.county === county).length;
    expect(entry?.municipalityCount).toBe(PUBLISHED_2024[county]);
    expect(listed).toBe(entry?.municipalityCount);
  });

  it('the published counts sum to 357 and 357 municipalities are listed', () => {
    expect(file.counties.reduce((s, c) => s + c.municipalityCount, 0)).toBe(357);
    expect(Object.values(PUBLISHED_2024).reduce((a, b) => a + b, 0)).toBe(357);
    expect(file.municipalities).toHaveLength(357);
  });

  it('has unique municipality numbers that start with the county number', () => {
    const numbers = file.municipalities.map((m) => m.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    const countyNumber = new Map(file.counties.map((c) => [c.name, c.number]));
    for (const m of file.municipalities) expect([m.number, m.number.slice(0, 2)]).toEqual([m.number, countyNumber.get(m.county)]);
  });

  it.each([
    ['0301', 'Oslo', 'Oslo'],
    ['1103', 'Stavanger', 'Rogaland'],
    ['1508', 'Ålesund', 'Møre og Romsdal'],
    ['1580', 'Haram', 'Møre og Romsdal'],
    ['1833', 'Rana', 'Nordland'],
    ['3205', 'Lillestrøm', 'Akershus'],
    ['3236', 'Jevnaker', 'Akershus'],
    ['3303', 'Kongsberg', 'Buskerud'],
    ['3443', 'Vestre Toten', 'Innlandet'],
    ['3905', 'Tønsberg', 'Vestfold'],
    ['4001', 'Porsgrunn', 'Telemark'],
    ['4204', 'Kristiansand', 'Agder'],
    ['4643', 'Årdal', 'Vestland'],
    ['5007', 'Namsos', 'Trøndelag'],
    ['5059', 'Orkland', 'Trøndelag'],
    ['5512', 'Tjeldsund', 'Troms'],
    ['5530', 'Senja', 'Troms'],
    ['5610', 'Karasjok', 'Finnmark'],
    ['5636', 'Nesseby', 'Finnmark'],
  ])('%s is %s in %s', (number, name, county) => {
    expect(file.municipalities.find((m) => m.number === number)).toMatchObject({ name, county });
  });

  it.each([
    ['5610', 'Kárášjohka'],
    ['5612', 'Guovdageaidnu'],
    ['5628', 'Deatnu'],
    ['5636', 'Unjárga'],
    ['5540', 'Gáivuotna'],
    ['5540', 'Kaivuono'],
    ['5041', 'Snåase'],
    ['5043', 'Raarvihke'],
    ['1826', 'Aarborte'],
    ['1875', 'Hábmer'],
    ['5518', 'Loabák'],
    ['5512', 'Dielddanuorri'],
  ])('%s has the official parallel name %s', (number, parallel) => {
    expect(file.municipalities.find((m) => m.number === number)?.parallelNames).toContain(parallel);
  });

  it('maps every former county to its successors', () => {
    const now = Object.fromEntries(file.formerCounties.map((f) => [f.name, f.now]));
    expect(now).toMatchObject({
      Viken: ['Østfold', 'Akershus', 'Buskerud'],
      'Vestfold og Telemark': ['Vestfold', 'Telemark'],
      'Troms og Finnmark': ['Troms', 'Finnmark'],
      'Sør-Trøndelag': ['Trøndelag'],
      'Nord-Trøndelag': ['Trøndelag'],
      Hedmark: ['Innlandet'],
      Oppland: ['Innlandet'],
      'Aust-Agder': ['Agder'],
      'Vest-Agder': ['Agder'],
      Hordaland: ['Vestland'],
      'Sogn og Fjordane': ['Vestland'],
    });
  });

  it('names several hundred places beyond the municipalities, each in a county', () => {
    expect(file.places.length).toBeGreaterThanOrEqual(300);
    const required = ['Mo i Rana', 'Sunndalsøra', 'Herøya', 'Husnes', 'Hønefoss', 'Raufoss', 'Orkanger', 'Mosjøen',
      'Sandnessjøen', 'Årdalstangen', 'Mongstad', 'Kårstø', 'Tyssedal', 'Odda', 'Glomfjord', 'Fiskaa', 'Eydehavn',
      'Brekstad', 'Hommelvik', 'Finnsnes', 'Svolvær', 'Leknes', 'Kirkenes', 'Lakselv', 'Jessheim', 'Ski', 'Sandvika',
      'Rjukan', 'Grenland', 'Haugalandet', 'Jæren', 'Sunnmøre', 'Nordmøre', 'Romsdal', 'Helgeland', 'Salten',
      'Lofoten', 'Vesterålen', 'Namdalen', 'Innherred', 'Gudbrandsdalen', 'Østerdalen', 'Hadeland', 'Valdres',
      'Hallingdal', 'Sørlandet', 'Setesdal', 'Hydro Karmøy'];
    const names = new Set(file.places.flatMap((p) => [p.name, ...(p.aliases ?? [])]));
    expect(required.filter((n) => !names.has(n))).toEqual([]);
  });

  it('records shared names under several counties', () => {
    const index = buildPlaceIndex(file);
    const countiesOf = (name: string) =>
      [...new Set(index.names.filter((n) => n.name === name).flatMap((n) => n.counties))].sort();
    expect(countiesOf('Herøy')).toEqual(['Møre og Romsdal', 'Nordland']);
    expect(countiesOf('Våler')).toEqual(['Innlandet', 'Østfold']);
    expect(countiesOf('Bø')).toEqual(['Nordland', 'Telemark']);
    expect(countiesOf('Os')).toEqual(['Innlandet', 'Vestland']);
    expect(countiesOf('Sande')).toEqual(['Møre og Romsdal', 'Vestfold']);
    expect(countiesOf('Nes')).toEqual(['Akershus', 'Buskerud', 'Innlandet']);
    expect(countiesOf('Hadeland')).toEqual(['Akershus', 'Innlandet']);
  });
});

describe('parsePlacesFile refuses data that contradicts itself', () => {
  type Mutation = (f: PlacesFile) => void;
  const cases: Array<[string, Mutation, RegExp]> = [
    ['a municipality dropped', (f) => void f.municipalities.pop(), /Finnmark: 17 municipalities listed, the published number is 18/],
    ['a number in the wrong county', (f) => void (f.municipalities[1].number = '4699'), /does not start with Rogaland's county number/],
    ['a duplicated number', (f) => void (f.municipalities[2].number = f.municipalities[1].number), /used twice/],
    ['a published count changed', (f) => void (f.counties[0].municipalityCount = 2), /add up to 358/],
    ['an unknown county', (f) => void ((f.municipalities[0] as { county: string }).county = 'Viken'), /county/],
    ['a place in the wrong county', (f) => void (f.places.find((p) => p.name === 'Mo i Rana')!.counties = ['Troms']), /Mo i Rana: lies in Rana \(Nordland\)/],
    ['a place in an unknown municipality', (f) => void (f.places[0].municipality = '9999'), /municipality 9999 is not in the list/],
    ['an unknown field', (f) => void Object.assign(f.places[0], { population: 3 }), /population|Unrecognized/],
  ];
  it.each(cases)('%s', (_name, mutate, message) => {
    const data = raw();
    mutate(data);
    expect(() => parsePlacesFile(data)).toThrow(PlacesFileError);
    expect(() => parsePlacesFile(data)).toThrow(message);
  });
});

describe('loadPlaceIndex', () => {
  it('reads a path or takes parsed JSON and gives the same index', () => {
    const fromPath = loadPlaceIndex(FILE);
    const fromJson = loadPlaceIndex({ json: raw() });
    expect(fromJson).toEqual(fromPath);
    expect(fromPath.counties.map((c) => c.name)).toEqual([...COUNTIES]);
    expect(fromPath.names.find((n) => n.name === 'Viken')).toMatchObject({ kind: 'former-county', counties: ['Østfold', 'Akershus', 'Buskerud'] });
    expect(fromPath.names.find((n) => n.name === 'Sverige')).toMatchObject({ kind: 'elsewhere', counties: [] });
    expect(fromPath.names.find((n) => n.name === 'Time')).toMatchObject({ ordinaryWord: true, municipality: '1121' });
  });
});
