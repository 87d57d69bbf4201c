// The Teams app package: manifest and localization files validated offline against the JSON schemas
// bundled with @microsoft/app-manifest, and the zip the real `npm run teams:package` writes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { loadConfig } from '../../../src/config';
import { buildTeamsAppDefinition, buildTeamsPackage, TeamsPackageConfigError } from '../../../src/channels/teams/app-package';
import {
  PLACEHOLDER_ID,
  TEAMS_MANIFEST_SCHEMA_URL,
  TEAMS_MANIFEST_VERSION,
  type TeamsManifest,
} from '../../../src/channels/teams/app-package/manifest';
import { BUNDLED_SCHEMAS, describeErrors, teamsValidators } from '../../support/teams-schema';
import { readZip, type ZipFileEntry } from '../../support/zip-reader';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

const BOT_ID = '1b4c1f8e-5d2a-4c1e-9f3b-7a6d2e8c0f11';
const TEAMS_APP_ID = '9e7d6c5b-4a39-4827-b615-0f1e2d3c4b5a';
const CONFIGURED = {
  MicrosoftAppId: BOT_ID,
  PUBLIC_BASE_URL: 'https://veiviser.trondelagfylke.no',
  BRAND_COUNTY: 'Trøndelag fylkeskommune',
  TEAMS_APP_VERSION: '1.4.2',
};
const NB_TITLES = ['spør', 'vurder kandidat', 'finn kurs', 'hjelp'];
const EN_TITLES = ['ask', 'assess candidate', 'find courses', 'help'];

const validators = teamsValidators();
const definitionFor = (env: Record<string, string>) => buildTeamsAppDefinition(loadConfig(env, { credentialsNotNeeded: true }), '0.1.0');

function expectValid(validate: typeof validators.manifest, value: unknown): void {
  const ok = validate(value);
  if (!ok) throw new Error(`not valid:\n${describeErrors(validate.errors)}`);
}

/** The value at a Teams localization key such as `bots[0].commandLists[1].commands[2].title`. */
function valueAt(manifest: TeamsManifest, key: string): unknown {
  let node: unknown = manifest;
  for (const part of key.split(/\.|(?=\[)/)) {
    const index = /^\[(\d+)\]$/.exec(part);
    if (node === null || typeof node !== 'object') return undefined;
    node = index ? (node as unknown[])[Number(index[1])] : (node as Record<string, unknown>)[part];
  }
  return node;
}

describe('the schema version', () => {
  it('is 1.22 or later, not a preview, and bundled', () => {
    expect(TEAMS_MANIFEST_VERSION).toMatch(/^1\.\d+$/);
    expect(Number(TEAMS_MANIFEST_VERSION.split('.')[1])).toBeGreaterThanOrEqual(22);
    expect(readdirSync(path.join(BUNDLED_SCHEMAS, `v${TEAMS_MANIFEST_VERSION}`))).toContain('MicrosoftTeams.schema.json');
    expect(TEAMS_MANIFEST_SCHEMA_URL).toBe(`https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
  });
});

describe('the manifest', () => {
  it('validates against the bundled schema, with ids and domain from the configuration', () => {
    const { manifest, warnings } = definitionFor(CONFIGURED);
    expectValid(validators.manifest, manifest);
    expect(warnings).toEqual([]);
    expect(manifest.$schema).toBe(TEAMS_MANIFEST_SCHEMA_URL);
    expect(manifest.manifestVersion).toBe(TEAMS_MANIFEST_VERSION);
    expect(manifest.version).toBe('1.4.2');
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual(['veiviser.trondelagfylke.no']);
    expect(manifest.developer).toEqual({
      name: 'Trøndelag fylkeskommune',
      websiteUrl: 'https://veiviser.trondelagfylke.no/',
      privacyUrl: 'https://veiviser.trondelagfylke.no/personvern',
      termsOfUseUrl: 'https://veiviser.trondelagfylke.no/vilkar',
    });
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'nb',
      defaultLanguageFile: 'nb.json',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.accentColor).toBe('#00509e');

    const [bot] = manifest.bots ?? [];
    expect(bot.botId).toBe(BOT_ID);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.commandLists?.flatMap((list) => list.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of bot.commandLists ?? []) {
      expect(list.commands.map((c) => c.title)).toEqual(NB_TITLES);
      for (const command of list.commands) expect(command.description).toMatch(/\p{L}{3}/u);
    }
  });

  it('takes the app id from TEAMS_APP_ID when it should differ; the bot id stays the Azure bot app id', () => {
    const { manifest } = definitionFor({ ...CONFIGURED, TEAMS_APP_ID });
    expectValid(validators.manifest, manifest);
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.bots?.[0].botId).toBe(BOT_ID);
  });

  it('puts the default pages under a base URL with a path, and lets each be configured', () => {
    const { manifest } = definitionFor({
      ...CONFIGURED,
      PUBLIC_BASE_URL: 'https://www.example.no/veiviser',
      TEAMS_TERMS_URL: 'https://www.example.no/bruksvilkar',
      TEAMS_DEVELOPER_NAME: 'Agder fylkeskommune',
    });
    expect(manifest.validDomains).toEqual(['www.example.no']);
    expect(manifest.developer).toEqual({
      name: 'Agder fylkeskommune',
      websiteUrl: 'https://www.example.no/veiviser/',
      privacyUrl: 'https://www.example.no/veiviser/personvern',
      termsOfUseUrl: 'https://www.example.no/bruksvilkar',
    });
  });

  it('without configuration: placeholder ids and links, and warnings naming what to set', () => {
    const { manifest, warnings } = definitionFor({});
    expectValid(validators.manifest, manifest);
    expect(manifest.id).toBe(PLACEHOLDER_ID);
    expect(manifest.bots?.[0].botId).toBe(PLACEHOLDER_ID);
    expect(manifest.validDomains).toEqual([]);
    expect(manifest.developer.privacyUrl).toBe('https://placeholder.invalid/personvern');
    expect(warnings.join('\n')).toMatch(/MicrosoftAppId/);
    expect(warnings.join('\n')).toMatch(/TEAMS_APP_ID/);
    expect(warnings.join('\n')).toMatch(/PUBLIC_BASE_URL/);
  });

  it('warns when a link is not https (Teams refuses those)', () => {
    const { warnings } = definitionFor({ ...CONFIGURED, PUBLIC_BASE_URL: 'http://localhost:3978' });
    expect(warnings.join('\n')).toMatch(/https.*websiteUrl, privacyUrl, termsOfUseUrl/);
  });

  it.each([
    [{ MicrosoftAppId: 'my-bot' }, /MicrosoftAppId.*GUID/],
    [{ BRAND_NAME: 'Veiviser for voksne i hele Trøndelag' }, /BRAND_NAME/],
    [{ BRAND_COUNTY: 'Fylkeskommunen med et svært langt navn' }, /TEAMS_DEVELOPER_NAME/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => definitionFor(env)).toThrow(TeamsPackageConfigError);
    expect(() => definitionFor(env)).toThrow(message);
  });
});

describe('the configuration', () => {
  it.each([
    [{ TEAMS_APP_ID: 'veiviser' }, 'TEAMS_APP_ID'],
    [{ TEAMS_APP_VERSION: '1.0' }, 'TEAMS_APP_VERSION'],
    [{ TEAMS_PRIVACY_URL: 'personvern' }, 'TEAMS_PRIVACY_URL'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => loadConfig(env, { credentialsNotNeeded: true })).toThrow(variable);
  });

  it('needs the app secret for the bot, not for the package', () => {
    expect(() => loadConfig({ MicrosoftAppId: BOT_ID })).toThrow('MicrosoftAppPassword');
    expect(loadConfig({ MicrosoftAppId: BOT_ID }, { credentialsNotNeeded: true }).auth?.appId).toBe(BOT_ID);
  });
});

describe('the localization files', () => {
  const { manifest, localizationFiles } = definitionFor(CONFIGURED);

  it('are nb (the default) and en, each valid against the bundled Localization schema', () => {
    expect(Object.keys(localizationFiles).sort()).toEqual(['en.json', 'nb.json']);
    for (const file of Object.values(localizationFiles)) expectValid(validators.localization, file);
  });

  it('have the same keys, each naming a string that exists in the manifest', () => {
    const nb = localizationFiles['nb.json'];
    const en = localizationFiles['en.json'];
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const [key, value] of Object.entries(nb)) {
      if (key === '$schema') continue;
      expect([key, valueAt(manifest, key)]).toEqual([key, value]);
    }
  });

  it('give the commands in English', () => {
    const en = localizationFiles['en.json'];
    for (let list = 0; list < 3; list++) {
      expect([0, 1, 2, 3].map((i) => en[`bots[0].commandLists[${list}].commands[${i}].title`])).toEqual(EN_TITLES);
    }
    expect(en['description.short']).toMatch(/trade certificates/);
  });
});

describe('the validator', () => {
  const good = definitionFor(CONFIGURED);
  const mutated = (change: (m: Record<string, unknown>) => void): unknown => {
    const copy = structuredClone(good.manifest) as unknown as Record<string, unknown>;
    change(copy);
    return copy;
  };
  const firstBot = (m: Record<string, unknown>) => (m.bots as Record<string, unknown>[])[0];

  it.each<[string, unknown, RegExp]>([
    ['a missing required field', mutated((m) => delete m.developer), /must have required property 'developer'/],
    ['another schema version', mutated((m) => (m.manifestVersion = '1.29')), /\/manifestVersion must be equal to constant/],
    ['a bot id that is no GUID', mutated((m) => (firstBot(m).botId = 'veiviser')), /\/bots\/0\/botId must match pattern/],
    ['an unknown scope', mutated((m) => (firstBot(m).scopes = ['personal', 'channel'])), /\/bots\/0\/scopes\/1 must be equal to one of/],
    ['an unknown property', mutated((m) => (m.botName = 'Veiviser')), /must NOT have additional properties/],
    ['a too long short name', mutated((m) => ((m.name as Record<string, string>).short = 'x'.repeat(31))), /\/name\/short must NOT have more than 30/],
  ])('rejects a manifest with %s', (_what, manifest, message) => {
    expect(validators.manifest(good.manifest)).toBe(true);
    expect(validators.manifest(manifest)).toBe(false);
    expect(describeErrors(validators.manifest.errors)).toMatch(message);
  });

  it('rejects localization files with a missing or unknown key', () => {
    const { 'description.full': _dropped, ...missing } = good.localizationFiles['en.json'];
    expect(validators.localization(missing)).toBe(false);
    expect(describeErrors(validators.localization.errors)).toMatch(/required property 'description.full'/);
    expect(validators.localization({ ...good.localizationFiles['en.json'], 'name.shrot': 'Veiviser' })).toBe(false);
  });
});

const runCli = (env: Record<string, string>, out: string) =>
  spawnSync(TSX, ['src/cli/teams-package.ts', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });

function entry(entries: ZipFileEntry[], name: string): Buffer {
  const found = entries.find((e) => e.name === name);
  if (!found) throw new Error(`${name} missing from the zip`);
  return found.data;
}

// DOS date of 2024-01-01, 00:00.
const FIXED_DOS = { date: ((2024 - 1980) << 9) | (1 << 5) | 1, time: 0 };

describe('npm run teams:package', () => {
  // Each case starts the real CLI under tsx (several seconds, more on a busy machine).
  jest.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-teams-'));

  it('writes a zip with the manifest, localization files and icons at its root', async () => {
    const out = path.join(dir, 'configured', 'veiviser-teams.zip');
    // No MicrosoftAppPassword: building the package needs the app id, not the secret. Another time
    // zone than this process, so equal bytes below also mean the zip does not depend on it.
    const env = { ...CONFIGURED, TEAMS_APP_ID, TZ: 'Pacific/Auckland' };
    const run = runCli(env, out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`app ${TEAMS_APP_ID}, bot ${BOT_ID}`);

    const zip = readFileSync(out);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual(['color.png', 'en.json', 'manifest.json', 'nb.json', 'outline.png']);
    for (const e of entries) {
      expect(e.dos).toEqual(FIXED_DOS);
      expect(e.extraLength).toBe(0);
    }

    const manifest = JSON.parse(entry(entries, 'manifest.json').toString('utf8')) as TeamsManifest;
    expectValid(validators.manifest, manifest);
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.bots?.[0].botId).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual(['veiviser.trondelagfylke.no']);
    for (const name of ['nb.json', 'en.json']) expectValid(validators.localization, JSON.parse(entry(entries, name).toString('utf8')));
    const files = [manifest.icons.color, manifest.icons.outline, manifest.localizationInfo?.defaultLanguageFile];
    for (const extra of manifest.localizationInfo?.additionalLanguages ?? []) files.push(extra.file);
    expect(files.sort()).toEqual(entries.map((e) => e.name).filter((n) => n !== 'manifest.json'));

    const color = PNG.sync.read(entry(entries, 'color.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    for (let i = 0; i < color.data.length; i += 4) {
      expect(color.data[i + 3]).toBe(255);
      colours.add(color.data.subarray(i, i + 3).toString('hex'));
    }
    expect(colours).toContain('00509e');
    expect(colours).toContain('ffffff');

    const outline = PNG.sync.read(entry(entries, 'outline.png'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let white = 0;
    let transparent = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r === 255 && g === 255 && b === 255 && a === 255) white++;
      else throw new Error(`outline.png pixel ${i / 4} is rgba(${r}, ${g}, ${b}, ${a}): only white or fully transparent allowed`);
    }
    expect(white).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(100);

    // Reproducible: the same configuration gives the same bytes in this process.
    const again = await buildTeamsPackage(loadConfig(env, { credentialsNotNeeded: true }), '0.1.0');
    expect(again.zip.equals(zip)).toBe(true);
  });

  it('without configuration still writes a package, with placeholder ids and a warning naming the variables', () => {
    const out = path.join(dir, 'unconfigured.zip');
    const run = runCli({}, out);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^warning: .*MicrosoftAppId/m);
    expect(run.stderr).toMatch(/^warning: .*PUBLIC_BASE_URL/m);

    const manifest = JSON.parse(entry(readZip(readFileSync(out)), 'manifest.json').toString('utf8')) as TeamsManifest;
    expectValid(validators.manifest, manifest);
    expect(manifest.id).toBe(PLACEHOLDER_ID);
    expect(manifest.bots?.[0].botId).toBe(PLACEHOLDER_ID);
    expect(manifest.validDomains).toEqual([]);
  });

  it('stops with exit 2 and writes nothing when MicrosoftAppId is not a GUID', () => {
    const out = path.join(dir, 'bad.zip');
    const run = runCli({ MicrosoftAppId: 'veiviser-bot' }, out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/MicrosoftAppId/);
    expect(existsSync(out)).toBe(false);
  });
});
