// Loading knowledge/: the real data loads and is complete; broken data fails loudly, naming file and entry.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CatalogueError, allCitations, loadCatalogue } from '../../src/catalogue/loader';
import { PATH_IDS } from '../../src/catalogue/schema';
import { KNOWLEDGE_DIR } from '../support/knowledge';

type Entry = Record<string, unknown>;

describe('the real knowledge', () => {
  const kb = loadCatalogue(KNOWLEDGE_DIR);

  test('has every path, in PATH_IDS order, each with a national or county variant', () => {
    expect(kb.paths.map((p) => p.id)).toEqual([...PATH_IDS]);
    for (const p of kb.paths) expect(p.variants.length).toBeGreaterThan(0);
  });

  test('fagbrev på jobb has a national default and Trøndelag and Nordland variants', () => {
    const fpj = kb.paths.find((p) => p.id === 'fagbrev-paa-jobb');
    expect(fpj?.variants.map((v) => v.county)).toEqual([null, 'Trøndelag', 'Nordland']);
  });

  test('the battery specialisation in Vg3 is only proposed', () => {
    const option = kb.paths.find((p) => p.id === 'laerling')?.options.find((o) => o.id === 'batterifaglig-fordypning');
    expect(option?.status).toBe('proposed');
    expect(kb.offers.find((o) => o.id === 'batterifaglig-fordypning-vg3')?.status).toBe('proposed');
  });

  test('offers that state what a fact states cite the fact, and get its citation', () => {
    const { offers } = JSON.parse(readFileSync(path.join(KNOWLEDGE_DIR, 'offers.json'), 'utf8')) as { offers: Entry[] };
    const stored = offers.find((o) => o.id === 'batterifagskolen');
    expect(stored?.fact).toBe('bfs-bransjeprogram');
    const fact = kb.facts.find((f) => f.id === 'bfs-bransjeprogram');
    expect(kb.offers.find((o) => o.id === 'batterifagskolen')?.citation).toEqual(fact?.citation);
  });

  test('names the offers the reports name', () => {
    const ids = new Set(kb.offers.map((o) => o.id));
    for (const id of [
      'batterifagskolen',
      'batterifagskolen-moduler',
      'industrifagskolen',
      'industrifagskolen-moduler',
      'prosessindustri-pluss',
      'kjemiprosess-vg1',
      'kjemiprosess-vg2',
      'kjemiprosess-vg3',
      'akrehamn-voksenopplaering-pilot',
      'leida',
      'karriere-agder-kveldskurs',
      'namdal-studiesenter',
      'batterifaglig-fordypning-vg3',
      'kompetansepilot-trondelag',
      'kompetansepilot-nordland-salten',
    ]) {
      expect(ids).toContain(id);
    }
    expect(kb.offers.find((o) => o.id === 'industrifagskolen-moduler')?.description).toMatch(/10 studiepoeng \(ca\. 150 studietimer\)/);
  });

  test('every fact carries a citation', () => {
    expect(allCitations(kb).length).toBeGreaterThan(100);
    for (const { citation } of allCitations(kb)) expect(citation.quote.length).toBeGreaterThan(10);
  });

  test('fact references get the fact\'s citation: the public page, or the report when the rule is also in one', () => {
    const fpj = kb.paths.find((p) => p.id === 'fagbrev-paa-jobb');
    const stilling = fpj?.variants.find((v) => v.county === 'Trøndelag')?.conditions.find((c) => c.id === 'stilling');
    expect(stilling?.fact).toBe('fpj-trondelag-stilling');
    expect(stilling?.citation.source).toBe('web');
    expect(stilling?.citation.url).toMatch(/^https:\/\/www\.trondelagfylke\.no\//);
    expect(stilling?.citation.quote).toMatch(/at least an 80 % position/);
    expect(stilling?.params.minPercent).toBe(80);
    const arbeid = fpj?.variants.find((v) => v.county === null)?.conditions.find((c) => c.id === 'arbeid');
    expect(arbeid?.fact).toBe('fpj-nasjonal-arbeidsforhold');
    expect(arbeid?.citation).toMatchObject({ source: '002_373d7c6cf6bd4a35.txt', lines: [789, 791] });
  });

  test('has the fact base, every fact on a topic of the topic lexicon', () => {
    expect(kb.facts.length).toBeGreaterThan(500);
    expect(new Set(kb.facts.map((f) => f.id)).size).toBe(kb.facts.length);
  });
});

describe('broken knowledge', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'veiviser-kb-'));
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, change: (data: unknown) => unknown) => {
    const full = path.join(dir, file);
    writeFileSync(full, JSON.stringify(change(JSON.parse(readFileSync(full, 'utf8')))));
  };
  const withOffers = (change: (offers: Entry[]) => Entry[]) => (d: unknown) => ({ ...(d as Entry), offers: change((d as { offers: Entry[] }).offers) });

  test.each<[string, () => void, RegExp]>([
    [
      'an offer with an unknown level',
      () => edit('offers.json', withOffers((offers) => offers.map((o) => (o.id === 'leida' ? { ...o, level: 'master' } : o)))),
      /knowledge\/offers\.json, entry #\d+ \(id "leida"\): level/,
    ],
    [
      'an offer citation with lines backwards',
      () =>
        edit('offers.json', withOffers((offers) => offers.map((o) => (o.id === 'namdal-studiesenter' ? { ...o, citation: { ...(o.citation as Entry), lines: [740, 730] } } : o)))),
      /id "namdal-studiesenter"\): citation\.lines: lines: start must be <= end/,
    ],
    [
      'a duplicate offer id',
      () => edit('offers.json', withOffers((offers) => [...offers, offers[0]])),
      /offers\.json, entry #\d+: duplicate id "batterifagskolen"/,
    ],
    [
      'a course finder category no offer falls in',
      () => edit('offers.json', (d) => {
        const file = d as { categories: { topic: Entry[] } };
        file.categories.topic.push({ label: 'Romfart', topic: 'romfart' });
        return file;
      }),
      /offers\.json, categories\.topic "Romfart": no offer falls in this category/,
    ],
    [
      'a path naming a contact that does not exist',
      () => edit('paths/kompetanseprove.json', (d) => ({ ...(d as Entry), contacts: ['ingen-slik'] })),
      /knowledge\/paths\/kompetanseprove\.json, contacts: contact "ingen-slik" is not in contacts\.json/,
    ],
    [
      'a condition citing an unknown fact',
      () =>
        edit('paths/trondelagsmodellen.json', (d) => {
          const p = d as { variants: { conditions: Entry[] }[] };
          const c = p.variants[0]?.conditions[0];
          if (c) {
            delete c.citation;
            delete c.fact;
            c.fact = 'finnes-ikke';
          }
          return p;
        }),
      /paths\/trondelagsmodellen\.json, variants\[0\] \(Trøndelag\) condition "fylke": fact "finnes-ikke" is not in knowledge\/facts\//,
    ],
    [
      'a contact with both a citation and a fact',
      () => edit('contacts.json', (d) => (d as Entry[]).map((c) => (c.id === 'karriere-agder' ? { ...c, fact: 'tm-roller' } : c))),
      /contacts\.json, entry #\d+ \(id "karriere-agder"\): \(entry\): give exactly one of "citation"/,
    ],
    [
      'an offer citing an unknown fact',
      () =>
        edit('offers.json', (d) => {
          const file = d as { offers: Entry[] };
          return { ...file, offers: file.offers.map((o) => (o.id === 'batterifagskolen' ? { ...o, fact: 'finnes-ikke' } : o)) };
        }),
      /offers\.json, entry #\d+ \(id "batterifagskolen"\): fact "finnes-ikke" is not in knowledge\/facts\//,
    ],
    [
      'a fact without an English sentence',
      () =>
        edit('facts/public-rules.json', (d) => {
          const file = d as { facts: Entry[] };
          return { facts: file.facts.map((f) => (f.id === 'pk-praksiskrav' ? { ...f, en: undefined } : f)) };
        }),
      /facts\/public-rules\.json: fact #\d+ \(id "pk-praksiskrav"\): en:/,
    ],
    [
      'a fact on a topic the lexicon does not know',
      () =>
        edit('facts/public-rules.json', (d) => {
          const file = d as { facts: Entry[] };
          return { facts: file.facts.map((f) => (f.id === 'pk-praksiskrav' ? { ...f, topic: 'ukjent-tema' } : f)) };
        }),
      /topic "ukjent-tema" is not in knowledge\/lexicon\/topics\.json/,
    ],
    [
      'two facts with the same id',
      () =>
        edit('facts/public-rules.json', (d) => {
          const file = d as { facts: Entry[] };
          return { facts: file.facts.map((f) => (f.id === 'pk-praksiskrav' ? { ...f, id: 'pk-hva-er' } : f)) };
        }),
      /id "pk-hva-er" is also used in public-rules\.json/,
    ],
    ['a missing path file', () => unlinkSync(path.join(dir, 'paths', 'fagskole.json')), /knowledge\/paths\/: no file for path\(s\): fagskole/],
    ['a file that is not JSON', () => writeFileSync(path.join(dir, 'places.json'), '{ nope'), /knowledge\/places\.json: not valid JSON/],
  ])('fails on %s', (_name, breakIt, message) => {
    breakIt();
    expect(() => loadCatalogue(dir)).toThrow(CatalogueError);
    expect(() => loadCatalogue(dir)).toThrow(message);
  });
});
