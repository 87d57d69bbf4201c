// The Teams app manifest and its localization files, as a pure function of the configuration.
// Whatever is not configured gets a placeholder that is obviously one (the nil GUID, the reserved
// .invalid domain), and a warning naming the variable to set.
import type { TeamsManifestV1D30 } from '@microsoft/app-manifest';
import type { Config } from '../../../config';
import { TEAMS_APP_TEXTS, TEAMS_COMMAND_IDS, type TeamsAppLanguage, type TeamsAppTexts } from './texts';

export type TeamsManifest = TeamsManifestV1D30.TeamsManifestV1D30;
type CommandListScope = TeamsManifestV1D30.CommandListScope;

/** The newest published (non-preview) manifest schema bundled with @microsoft/app-manifest. */
export const TEAMS_MANIFEST_VERSION = '1.30';
const SCHEMA_BASE = `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}`;
export const TEAMS_MANIFEST_SCHEMA_URL = `${SCHEMA_BASE}/MicrosoftTeams.schema.json`;
export const TEAMS_LOCALIZATION_SCHEMA_URL = `${SCHEMA_BASE}/MicrosoftTeams.Localization.schema.json`;

export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
export const PLACEHOLDER_BASE_URL = 'https://placeholder.invalid/';

export const DEFAULT_LANGUAGE: TeamsAppLanguage = 'nb';
export const LOCALIZATION_FILES: Record<TeamsAppLanguage, string> = { nb: 'nb.json', en: 'en.json' };
export const ICON_FILES = { color: 'color.png', outline: 'outline.png' } as const;

/** Paths under PUBLIC_BASE_URL that the developer links point to unless configured otherwise. */
export const DEFAULT_PAGES = { website: '', privacy: 'personvern', terms: 'vilkar' } as const;

const BOT_SCOPES: readonly CommandListScope[] = ['personal', 'team', 'groupChat'];
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const NAME_SHORT_MAX = 30;

export type LocalizationFile = { $schema: string } & Record<string, string>;

export interface TeamsAppDefinition {
  manifest: TeamsManifest;
  /** File name → contents, one per language (the default language's file repeats the manifest's strings). */
  localizationFiles: Record<string, LocalizationFile>;
  /** One sentence per thing that is a placeholder or will not work in Teams, naming the variable to set. */
  warnings: string[];
}

export type TeamsManifestConfig = Pick<Config, 'auth' | 'publicBaseUrl' | 'brand' | 'teams'>;

export class TeamsPackageConfigError extends Error {}

/** Who provides the service, as it reads in a sentence ("fylkeskommunen", "Trøndelag fylkeskommune"). */
function publisher(config: TeamsManifestConfig): string {
  return config.teams.developerName ?? config.brand.county.trim();
}

/** The developer's name as a heading: BRAND_COUNTY with a capital letter unless TEAMS_DEVELOPER_NAME says otherwise. */
function developerName(config: TeamsManifestConfig): string {
  const name = publisher(config);
  return name.charAt(0).toLocaleUpperCase('nb') + name.slice(1);
}

/** The strings Teams localizes, keyed as the Localization schema names them. */
function localizedStrings(texts: TeamsAppTexts, config: TeamsManifestConfig): Record<string, string> {
  const name = config.brand.name;
  const strings: Record<string, string> = {
    'name.short': name,
    'name.full': texts.nameFull(name),
    'description.short': texts.descriptionShort,
    'description.full': texts.descriptionFull(name, publisher(config)),
  };
  BOT_SCOPES.forEach((_scope, list) => {
    TEAMS_COMMAND_IDS.forEach((id, index) => {
      const command = texts.commands[id];
      strings[`bots[0].commandLists[${list}].commands[${index}].title`] = command.title;
      strings[`bots[0].commandLists[${list}].commands[${index}].description`] = command.description(name);
    });
  });
  return strings;
}

function pageUrl(base: string, page: string): string {
  return new URL(page, base.endsWith('/') ? base : `${base}/`).toString();
}

export function buildTeamsAppDefinition(config: TeamsManifestConfig, packageVersion: string): TeamsAppDefinition {
  const warnings: string[] = [];

  const botId = config.auth?.appId;
  if (botId !== undefined && !GUID.test(botId)) {
    throw new TeamsPackageConfigError(`MicrosoftAppId must be the Azure bot's app id, a GUID (got "${botId}")`);
  }
  if (config.brand.name.length > NAME_SHORT_MAX) {
    throw new TeamsPackageConfigError(`BRAND_NAME is the app's name in Teams and may have at most ${NAME_SHORT_MAX} characters`);
  }
  const developer = developerName(config);
  if (developer.length > 32) {
    throw new TeamsPackageConfigError('the developer name in Teams may have at most 32 characters: set TEAMS_DEVELOPER_NAME (default: BRAND_COUNTY)');
  }
  if (botId === undefined) {
    warnings.push(
      config.teams.appId === undefined
        ? `MicrosoftAppId is not set: the bot id and the app id are the placeholder ${PLACEHOLDER_ID}. Set MicrosoftAppId to the Azure bot's app id (and TEAMS_APP_ID if the Teams app should have an id of its own).`
        : `MicrosoftAppId is not set: the bot id is the placeholder ${PLACEHOLDER_ID}. Set MicrosoftAppId to the Azure bot's app id.`,
    );
  }

  const base = config.publicBaseUrl;
  const link = (configured: string | undefined, page: string) => configured ?? pageUrl(base ?? PLACEHOLDER_BASE_URL, page);
  const links = {
    websiteUrl: link(config.teams.websiteUrl, DEFAULT_PAGES.website),
    privacyUrl: link(config.teams.privacyUrl, DEFAULT_PAGES.privacy),
    termsOfUseUrl: link(config.teams.termsOfUseUrl, DEFAULT_PAGES.terms),
  };
  if (base === undefined) {
    const unset = [
      ['TEAMS_WEBSITE_URL', config.teams.websiteUrl],
      ['TEAMS_PRIVACY_URL', config.teams.privacyUrl],
      ['TEAMS_TERMS_URL', config.teams.termsOfUseUrl],
    ].flatMap(([variable, value]) => (value === undefined ? [variable] : []));
    warnings.push(
      'PUBLIC_BASE_URL is not set: validDomains is empty' +
        (unset.length > 0 ? ` and the developer links are placeholders under ${PLACEHOLDER_BASE_URL} (set PUBLIC_BASE_URL, or ${unset.join(', ')}).` : '.'),
    );
  }
  const insecure = Object.entries(links).flatMap(([key, url]) => (url.startsWith('https://') ? [] : [key]));
  if (insecure.length > 0) {
    warnings.push(`Teams requires https links; not https: ${insecure.join(', ')} (check PUBLIC_BASE_URL and the TEAMS_*_URL variables).`);
  }

  const defaults = localizedStrings(TEAMS_APP_TEXTS[DEFAULT_LANGUAGE], config);
  const manifest: TeamsManifest = {
    $schema: TEAMS_MANIFEST_SCHEMA_URL,
    manifestVersion: TEAMS_MANIFEST_VERSION,
    version: config.teams.appVersion ?? packageVersion,
    id: config.teams.appId ?? botId ?? PLACEHOLDER_ID,
    localizationInfo: {
      defaultLanguageTag: DEFAULT_LANGUAGE,
      defaultLanguageFile: LOCALIZATION_FILES[DEFAULT_LANGUAGE],
      additionalLanguages: (Object.keys(LOCALIZATION_FILES) as TeamsAppLanguage[])
        .filter((language) => language !== DEFAULT_LANGUAGE)
        .map((language) => ({ languageTag: language, file: LOCALIZATION_FILES[language] })),
    },
    developer: { name: developer, ...links },
    name: { short: defaults['name.short'], full: defaults['name.full'] },
    description: { short: defaults['description.short'], full: defaults['description.full'] },
    icons: { color: ICON_FILES.color, outline: ICON_FILES.outline },
    accentColor: config.brand.primaryColor,
    bots: [
      {
        botId: botId ?? PLACEHOLDER_ID,
        scopes: [...BOT_SCOPES],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: BOT_SCOPES.map((scope, list) => ({
          scopes: [scope],
          commands: TEAMS_COMMAND_IDS.map((_id, index) => ({
            title: defaults[`bots[0].commandLists[${list}].commands[${index}].title`],
            description: defaults[`bots[0].commandLists[${list}].commands[${index}].description`],
          })),
        })),
      },
    ],
    validDomains: base === undefined ? [] : [new URL(base).hostname],
  };

  const localizationFiles = Object.fromEntries(
    (Object.keys(LOCALIZATION_FILES) as TeamsAppLanguage[]).map((language) => [
      LOCALIZATION_FILES[language],
      { $schema: TEAMS_LOCALIZATION_SCHEMA_URL, ...localizedStrings(TEAMS_APP_TEXTS[language], config) },
    ]),
  );
  return { manifest, localizationFiles, warnings };
}
