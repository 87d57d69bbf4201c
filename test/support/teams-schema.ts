// Validators for the Teams app manifest and localization files, from the JSON schemas bundled with
// @microsoft/app-manifest (draft-04). Every bundled draft-04 schema of the version is registered under
// its public URL, so a $ref to a sibling file resolves locally (the version's other files, for agentic
// users and response templates, are other drafts and not referenced). ajv is given no loader, so
// compiling fails, instead of fetching, if a $ref does not resolve.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { TEAMS_LOCALIZATION_SCHEMA_URL, TEAMS_MANIFEST_SCHEMA_URL, TEAMS_MANIFEST_VERSION } from '../../src/channels/teams/app-package/manifest';

const ROOT = path.resolve(__dirname, '../..');
export const BUNDLED_SCHEMAS = path.join(ROOT, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams');

export interface TeamsValidators {
  manifest: ValidateFunction;
  localization: ValidateFunction;
}

export function teamsValidators(): TeamsValidators {
  const dir = path.join(BUNDLED_SCHEMAS, `v${TEAMS_MANIFEST_VERSION}`);
  const publicBase = path.posix.dirname(TEAMS_MANIFEST_SCHEMA_URL);
  // strict: the schemas leave out `type` beside `additionalProperties` and the like, which ajv's strict
  // mode objects to without it changing what validates. unicodeRegExp: the Localization schema's
  // patterns are plain JavaScript regexes (a lone `]`), invalid with the u flag ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { $schema?: string };
    if (schema.$schema === 'http://json-schema.org/draft-04/schema#') ajv.addSchema(schema, `${publicBase}/${file}`);
  }
  const compile = (url: string): ValidateFunction => {
    const validate = ajv.getSchema(url);
    if (!validate) throw new Error(`schema not bundled: ${url}`);
    return validate;
  };
  return { manifest: compile(TEAMS_MANIFEST_SCHEMA_URL), localization: compile(TEAMS_LOCALIZATION_SCHEMA_URL) };
}

/** Readable errors for a failed expectation. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('\n');
}
