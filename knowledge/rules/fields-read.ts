// What each condition check really reads. A condition (or suitability entry) in knowledge/paths/<id>.json
// lists the profile fields it looks at ("fields"), for counsellors; kb:check runs every check over the profiles below,
// records each field it reads (directly, through a helper, or as the context's county) and each field
// it reports missing, and fails when that differs from the list. So the list cannot drift from the code.
import { PROFILE_FIELDS, type Profile, type ProfileField } from '../../src/catalogue/schema';
import type { Bilingual, RuleContext } from './engine';

/** Values each field takes while exploring: around every threshold in knowledge/paths, and the odd ones out. */
const SAMPLES: { [F in ProfileField]-?: NonNullable<Profile[F]>[] } = {
  age: [16, 20, 21, 22, 30, 60],
  county: ['Trøndelag', 'Nordland', 'Oslo', 'Sverige'],
  completedPrimarySchool: [true, false],
  completedUpperSecondary: [true, false],
  hasTradeCertificate: [true, false],
  certificateTrade: ['tømrerfaget'],
  employed: [true, false],
  employmentPercent: [0, 50, 79, 80, 100],
  practiceYears: [0, 0.5, 1, 4, 5, 6, 10],
  practicePercent: [50, 70, 80, 100],
  practiceUntil: [2009, 2020, 'now', 'past'],
  practiceAbroad: [true, false],
  trade: ['elektrikerfaget', 'kjemiprosessfaget'],
  navJobSeeker: [true, false],
  interests: [[], ['batteri'], ['helse']],
};

/** A hard stop for a check that reads very many fields (it then reads more than any condition should). */
const MAX_PROFILES = 20_000;

export interface FieldsRead {
  /** Every profile field the check read, on any of the profiles tried. */
  read: Set<ProfileField>;
  /** Every field it reported missing ("unknown" results). */
  missing: Set<ProfileField>;
}

const isField = (key: string | symbol): key is ProfileField => typeof key === 'string' && (PROFILE_FIELDS as string[]).includes(key);

/**
 * Runs `check` on the empty profile, then on every profile that gives a field it read one more sample
 * value, and so on, so every branch that depends on the fields it reads is taken. `contextFor` builds
 * the RuleContext the way assess does (its `county` counts as reading the profile's county).
 */
export function fieldsRead<E>(
  check: (profile: Profile, entry: E, ctx: RuleContext) => { missing: readonly ProfileField[] } | Bilingual | undefined,
  entry: E,
  contextFor: (profile: Profile) => RuleContext,
): FieldsRead {
  const read = new Set<ProfileField>();
  const missing = new Set<ProfileField>();
  const queue: Profile[] = [{}];
  const seen = new Set<string>([JSON.stringify({})]);
  while (queue.length > 0 && seen.size <= MAX_PROFILES) {
    const profile = queue.shift() as Profile;
    const readHere = new Set<ProfileField>();
    const watched = new Proxy(profile, {
      get(target, key, receiver) {
        if (isField(key)) readHere.add(key);
        return Reflect.get(target, key, receiver);
      },
    });
    const ctx = contextFor(profile);
    const watchedCtx: RuleContext = {
      ...ctx,
      get county() {
        readHere.add('county');
        return ctx.county;
      },
    };
    const result = check(watched, entry, watchedCtx);
    for (const field of result !== undefined && 'missing' in result ? result.missing : []) missing.add(field);
    for (const field of readHere) {
      read.add(field);
      if (profile[field] !== undefined) continue;
      for (const value of SAMPLES[field]) {
        const next = { ...profile, [field]: value } as Profile;
        const key = JSON.stringify(next, Object.keys(next).sort());
        if (seen.has(key)) continue;
        seen.add(key);
        queue.push(next);
      }
    }
  }
  return { read, missing };
}

/** What is wrong with a condition's `fields`, as readable messages; [] when they are exactly what the check reads. */
export function fieldsProblems(declared: readonly ProfileField[], found: FieldsRead): string[] {
  const listed = new Set(declared);
  const problems: string[] = [];
  const unlisted = [...found.read].filter((f) => !listed.has(f));
  const unread = declared.filter((f) => !found.read.has(f));
  const missingUnlisted = [...found.missing].filter((f) => !listed.has(f) && !found.read.has(f));
  if (unlisted.length > 0) problems.push(`the rule reads ${unlisted.join(', ')}, which "fields" does not list`);
  if (unread.length > 0) problems.push(`"fields" lists ${unread.join(', ')}, which the rule never reads`);
  if (missingUnlisted.length > 0) problems.push(`the rule asks for ${missingUnlisted.join(', ')}, which "fields" does not list`);
  return problems;
}
