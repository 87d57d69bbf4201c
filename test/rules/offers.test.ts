// The course finder over knowledge/offers.json.
import { loadCatalogue } from '../../src/catalogue/loader';
import { findOffers, offersForProfile, regionCounties, topicMatches } from '../../knowledge/rules/assess';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const kb = loadCatalogue(KNOWLEDGE_DIR);
const ids = (list: { id: string }[]) => list.map((o) => o.id);

test.each([
  ['batterier', 'batteri', true],
  ['batteri', 'batteriindustri', true],
  ['industri', 'prosessindustri', true],
  ['kjemi', 'kjemiprosess', true],
  ['IT', 'industri', false],
  ['helse', 'prosessindustri', false],
])('topicMatches(%s, %s) = %s', (word, topic, expected) => {
  expect(topicMatches(word, topic)).toBe(expected);
});

test.each([
  ['Hele landet', 'national'],
  ['Åkrehamn', ['Rogaland']],
  ['Viken, Agder', ['Agder', 'Akershus', 'Buskerud', 'Østfold']],
  ['Namdalen, Trøndelag', ['Trøndelag']],
  ['Nord-Troms (Troms)', ['Troms']],
  ['Agder, Vestland, Viken, Innlandet', ['Agder', 'Akershus', 'Buskerud', 'Innlandet', 'Vestland', 'Østfold']],
])('regionCounties(%s)', (region, expected) => {
  const got = regionCounties(region, kb);
  expect(got === 'national' ? got : [...got].sort()).toEqual(expected);
});

describe('findOffers', () => {
  test('topic "batteri": Batterifagskolen first, proposals last, nothing ended', () => {
    const found = findOffers({ topic: 'batteri' }, kb.offers, kb);
    expect(ids(found).slice(0, 2)).toEqual(['batterifagskolen', 'batterifagskolen-moduler']);
    expect(found.map((o) => o.status)).not.toContain('ended');
    expect(found[found.length - 1]?.status).toBe('proposed');
  });

  test('level and format narrow the list', () => {
    const fagskole = findOffers({ topic: 'batteri', level: 'fagskole', format: 'nett-og-samling' }, kb.offers, kb);
    expect(ids(fagskole)).toEqual(['batterifagskolen', 'batterifagskolen-moduler']);
    expect(findOffers({ topic: 'kjemiprosess', level: ['vgs', 'fagbrev'] }, kb.offers, kb).map((o) => o.id)).toEqual(
      expect.arrayContaining(['kjemiprosess-vg1', 'kjemiprosess-vg2', 'kjemiprosess-vg3']),
    );
  });

  test('region keeps nationwide offers and the county’s own, local ones first', () => {
    const rogaland = findOffers({ topic: 'industri', region: 'Rogaland' }, kb.offers, kb);
    expect(ids(rogaland)).toContain('akrehamn-voksenopplaering-pilot');
    expect(ids(rogaland)).toContain('industrifagskolen');
    const trondelag = findOffers({ topic: 'industri', region: 'Trøndelag' }, kb.offers, kb);
    expect(ids(trondelag)).not.toContain('akrehamn-voksenopplaering-pilot');
    expect(ids(trondelag)).not.toContain('prosessindustri-pluss');
    const agder = findOffers({ topic: 'prosessindustri', region: 'agder' }, kb.offers, kb);
    expect(agder[0]?.region).not.toBe('Hele landet');
  });

  test('ended pilots only when asked for', () => {
    expect(ids(findOffers({ region: 'Nordland' }, kb.offers, kb))).not.toContain('kompetansepilot-nordland-salten');
    expect(ids(findOffers({ region: 'Nordland', status: ['ended'] }, kb.offers, kb))).toEqual([
      'kompetansepilot-nordland-helgeland',
      'kompetansepilot-nordland-salten',
    ]);
  });

  test('a former county (Viken) is found from its successors', () => {
    expect(ids(findOffers({ topic: 'batteri', region: 'Buskerud' }, kb.offers, kb))).toContain('batterimoduler-viken-agder');
  });
});

describe('offersForProfile', () => {
  test('matches interests in the person’s county or nationwide', () => {
    const found = offersForProfile({ county: 'Agder', interests: ['prosessindustri', 'batteri'] }, kb.offers, kb);
    expect(ids(found)).toEqual(expect.arrayContaining(['prosessindustri-pluss', 'batterifagskolen', 'industrifagskolen-moduler']));
    // Offers matching both interests come first.
    expect(found[0]?.topics).toEqual(expect.arrayContaining(['batteri', 'prosessindustri']));
  });

  test('with a trade certificate, fagskole offers come before upper secondary', () => {
    const found = offersForProfile({ interests: ['kjemiprosess', 'prosessindustri'], hasTradeCertificate: true }, kb.offers, kb);
    const firstVgs = found.findIndex((o) => o.level === 'vgs');
    const lastFagskole = found.map((o) => o.level).lastIndexOf('fagskole');
    expect(firstVgs).toBeGreaterThan(-1);
    expect(lastFagskole).toBeLessThan(firstVgs);
  });

  test('no interests, no offers', () => {
    expect(offersForProfile({ county: 'Trøndelag' }, kb.offers, kb)).toEqual([]);
    expect(offersForProfile({ interests: [] }, kb.offers, kb)).toEqual([]);
  });
});
