// A condition's "fields" in knowledge/paths are exactly what its rule function reads: found by running
// the check (knowledge/rules/fields-read.ts), so a list that drifts from the code is caught.
import { loadCatalogue } from '../../src/catalogue/loader';
import type { PathCondition } from '../../src/catalogue/types';
import { RULES, ruleContext } from '../../knowledge/rules/assess';
import { fieldsProblems, fieldsRead } from '../../knowledge/rules/fields-read';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const kb = loadCatalogue(KNOWLEDGE_DIR);
const contextFor = (profile: object) => ruleContext(profile, kb, { now: new Date(Date.UTC(2025, 0, 1)) });
const condition = (pathId: keyof typeof RULES, id: string): PathCondition => {
  const found = kb.paths.find((p) => p.id === pathId)?.variants.flatMap((v) => v.conditions).find((c) => c.id === id);
  if (!found) throw new Error(`no condition ${id} in ${pathId}`);
  return found;
};

test.each([
  ['laerling', 'rett-til-opplaering', ['completedUpperSecondary', 'hasTradeCertificate']],
  ['fagbrev-paa-jobb', 'stilling', ['employed', 'employmentPercent']],
  ['praksiskandidat', 'praksistid', ['employed', 'employmentPercent', 'practiceAbroad', 'practicePercent', 'practiceYears', 'trade']],
  ['trondelagsmodellen', 'fylke', ['county']],
] as const)('%s "%s" reads %j', (pathId, id, fields) => {
  const c = condition(pathId, id);
  const found = fieldsRead(RULES[pathId].checks[id], c, contextFor);
  expect([...found.read].sort()).toEqual([...fields].sort());
  expect(fieldsProblems(c.fields, found)).toEqual([]);
});

test('a list that leaves out what the rule reads, or names what it never reads, is reported', () => {
  const c = condition('laerling', 'rett-til-opplaering');
  const found = fieldsRead(RULES.laerling.checks['rett-til-opplaering'], c, contextFor);
  expect(fieldsProblems([], found)).toEqual(['the rule reads completedUpperSecondary, hasTradeCertificate, which "fields" does not list']);
  expect(fieldsProblems(['completedUpperSecondary', 'hasTradeCertificate', 'age'], found)).toEqual(['"fields" lists age, which the rule never reads']);
});

test('fields the rule asks for count as read', () => {
  const c = condition('fagbrev-paa-jobb', 'arbeid');
  const found = fieldsRead(RULES['fagbrev-paa-jobb'].checks.arbeid, c, contextFor);
  expect([...found.missing]).toEqual(['employed']);
});
