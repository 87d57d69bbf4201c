// npm run teams:package [-- --out PATH]   → dist/veiviser-teams.zip, the app package to upload to Teams.
// Ids, links and branding come from the configuration (MicrosoftAppId, TEAMS_APP_ID, PUBLIC_BASE_URL,
// TEAMS_*, BRAND_*); without them the package has placeholders and a warning on stderr says what to set.
// Exit codes: 0 written, 2 bad configuration or arguments.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config';
import { packageRoot } from '../package-root';
import { buildTeamsPackage, TeamsPackageConfigError } from '../channels/teams/app-package';

const DEFAULT_OUT = path.join(packageRoot(), 'dist', 'veiviser-teams.zip');

class UsageError extends Error {}

function parseArgs(argv: string[]): { out: string } {
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' && argv[i + 1]) out = path.resolve(argv[++i]);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('Bruk: npm run teams:package -- [--out FIL]   (standard: dist/veiviser-teams.zip)\n');
      process.exit(0);
    } else throw new UsageError(`Ukjent argument (unknown argument): ${arg}`);
  }
  return { out };
}

function packageVersion(): string {
  const pkg = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')));
  return pkg.version;
}

async function main(): Promise<void> {
  const { out } = parseArgs(process.argv.slice(2));
  const config = loadConfig(undefined, { credentialsNotNeeded: true });
  const { zip, definition } = await buildTeamsPackage(config, packageVersion());
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  for (const warning of definition.warnings) process.stderr.write(`warning: ${warning}\n`);
  const { manifest } = definition;
  process.stdout.write(
    `${path.relative(process.cwd(), out) || out}: manifest ${manifest.manifestVersion}, app ${manifest.id}, ` +
      `bot ${manifest.bots?.[0]?.botId}, version ${manifest.version}, ${zip.length} bytes\n`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof TeamsPackageConfigError || error instanceof UsageError) {
    process.stderr.write(`teams:package: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`teams:package: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
