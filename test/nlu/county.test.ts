import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CountiesFileSchema } from '../../src/catalogue/input-schemas';
import { COUNTIES, countyClarification, extractProfile, matchCounty, parseCounty } from '../../src/nlu';
import { KNOWLEDGE_DIR } from '../support/knowledge';

describe('parseCounty', () => {
  it('knows the 15 counties of 2024 by name', () => {
    expect(COUNTIES).toHaveLength(15);
    for (const county of COUNTIES) {
      expect(parseCounty(county)).toBe(county);
      expect(parseCounty(county.toLowerCase())).toBe(county);
      expect(parseCounty(county.toUpperCase())).toBe(county);
    }
  });

  it.each([
    ['Trondelag', 'Trøndelag'],
    ['trøndelag', 'Trøndelag'],
    ['Tröndelag', 'Trøndelag'],
    ['Trøndelang', 'Trøndelag'],
    ['Trondheim', 'Trøndelag'],
    ['Sør-Trøndelag', 'Trøndelag'],
    ['Nord-Trøndelag', 'Trøndelag'],
    ['Bodø', 'Nordland'],
    ['Mo i Rana', 'Nordland'],
    ['mo i rana', 'Nordland'],
    ['Rogland', 'Rogaland'],
    ['Finmark', 'Finnmark'],
    ['olso', 'Oslo'],
    ['Innlande', 'Innlandet'],
    ['Hedmark', 'Innlandet'],
    ['Hordaland', 'Vestland'],
    ['Sogn og Fjordane', 'Vestland'],
    ['Aust-Agder', 'Agder'],
    ['More og Romsdal', 'Møre og Romsdal'],
    ['møre og romsdahl', 'Møre og Romsdal'],
    ['Sunndalsøra', 'Møre og Romsdal'],
    ['Herøya', 'Telemark'],
    ['Jeg bor i Trondheim', 'Trøndelag'],
    // Places the offers and rules name (knowledge/counties.json); "Varanger" is not a misspelt "Hardanger".
    ['Sør-Varanger', 'Finnmark'],
    ['Varanger', 'Finnmark'],
    ['Hardanger', 'Vestland'],
    ['Fosen', 'Trøndelag'],
    ['Haugalandet', 'Rogaland'],
  ])('%s → %s', (text, expected) => {
    expect(parseCounty(text)).toBe(expected);
  });

  it('knows every county, alias and place of knowledge/counties.json, except places that are ordinary words', () => {
    const file = CountiesFileSchema.parse(JSON.parse(readFileSync(path.join(KNOWLEDGE_DIR, 'counties.json'), 'utf8')));
    expect(file.counties.map((c) => c.name).sort()).toEqual([...COUNTIES].sort());
    const ordinaryWords = ['strand', 'lister', 'salten', 'dalane', 'lyngen'];
    for (const c of file.counties) {
      for (const name of [c.name, ...c.aliases, ...c.places.filter((p) => !ordinaryWords.includes(p))]) {
        expect([name, parseCounty(name)]).toEqual([name, c.name]);
      }
    }
    for (const word of ordinaryWords) expect([word, parseCounty(`Jeg har ${word}`)]).toEqual([word, undefined]);
    expect(extractProfile('Jeg bor på Fosen og jobber i industrien').county).toBe('Trøndelag');
  });

  it.each(['ja', 'nei', 'vet ikke', 'alder', '', 'Sverige'])('%s → undefined', (text) => {
    expect(parseCounty(text)).toBeUndefined();
  });

  it('does not settle on one county for old regions that were split, and says how to ask', () => {
    const viken = matchCounty('Viken');
    expect(viken).toEqual({ kind: 'ambiguous', candidates: ['Østfold', 'Akershus', 'Buskerud'], matched: 'viken' });
    expect(parseCounty('Viken')).toBeUndefined();
    if (viken.kind !== 'ambiguous') throw new Error('expected ambiguous');
    expect(countyClarification(viken)).toBe('Viken er nå delt i tre fylker: Østfold, Akershus og Buskerud. Hvilket fylke bor du i?');

    expect(matchCounty('Vestfold og Telemark')).toMatchObject({ kind: 'ambiguous', candidates: ['Vestfold', 'Telemark'] });
    expect(matchCounty('Troms og Finnmark')).toMatchObject({ kind: 'ambiguous', candidates: ['Troms', 'Finnmark'] });
    // The longer old name wins over the county inside it; the county alone is not ambiguous.
    expect(parseCounty('Troms')).toBe('Troms');
    expect(parseCounty('Vestfold')).toBe('Vestfold');
  });

  it('reports two different counties as ambiguous', () => {
    expect(matchCounty('Oslo eller Akershus')).toMatchObject({ kind: 'ambiguous', candidates: ['Oslo', 'Akershus'] });
  });

  it('can be told not to accept misspellings', () => {
    expect(matchCounty('Trøndelang', { fuzzy: false })).toEqual({ kind: 'none' });
    expect(matchCounty('Trondelag', { fuzzy: false })).toMatchObject({ kind: 'county', county: 'Trøndelag', via: 'name' });
  });
});
