// Every reason the rules give must carry a citation that resolves (file, lines, quote – or a web page
// and its section of the public rules page), and unknown must never count as yes or no.
import { loadCatalogue } from '../../src/catalogue/loader';
import type { Profile, ProfileField } from '../../src/catalogue/schema';
import { loadSources } from '../../src/catalogue/sources';
import { sourceMap, verifyCitation } from '../../src/catalogue/verify';
import { loadPublicRulesPage } from '../../src/catalogue/public-rules-page';
import { probeProfiles } from '../../src/cli/kb-check';
import { assess } from '../../knowledge/rules/assess';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const kb = loadCatalogue(KNOWLEDGE_DIR);
const ctx = { sources: sourceMap(loadSources(KNOWLEDGE_DIR)), publicPage: loadPublicRulesPage(KNOWLEDGE_DIR) };
const NOW = new Date(Date.UTC(2025, 5, 1));
const profiles = probeProfiles();

test.each(profiles.map((p) => [JSON.stringify(p), p] as const))('every reason has a citation that resolves: %s', (_name, profile) => {
  const assessment = assess(profile, kb, { now: NOW });
  for (const p of assessment.paths) {
    expect(p.reasons.length).toBeGreaterThan(0);
    for (const r of p.reasons) {
      expect({ path: p.id, reason: r.text, errors: verifyCitation(r.citation, ctx) }).toEqual({ path: p.id, reason: r.text, errors: [] });
    }
  }
  for (const o of assessment.offers) expect(verifyCitation(o.citation, ctx)).toEqual([]);
});

test('unknown is never treated as yes or no', () => {
  let compared = 0;
  for (const profile of profiles) {
    const before = new Map(assess(profile, kb, { now: NOW }).paths.map((p) => [p.id, p.status]));
    for (const field of Object.keys(profile) as ProfileField[]) {
      const without: Profile = { ...profile };
      delete without[field];
      for (const p of assess(without, kb, { now: NOW }).paths) {
        const was = before.get(p.id);
        compared += 1;
        // Forgetting a fact may turn a verdict into needs-info, but never flip it.
        if (was === 'eligible') expect({ path: p.id, field, status: p.status }).not.toEqual({ path: p.id, field, status: 'not-eligible' });
        if (was === 'not-eligible') expect({ path: p.id, field, status: p.status }).not.toEqual({ path: p.id, field, status: 'eligible' });
      }
    }
  }
  expect(compared).toBeGreaterThan(1000);
});
