// Starts the real bot (createApp) on a free port, with configuration given as environment variables.
// Feedback goes to a fresh file in a temporary folder (not yet created), never into the repository.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createApp, type App, type AppOptions } from '../../src/app';

export async function startApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<App> {
  const feedbackFile = path.join(mkdtempSync(path.join(tmpdir(), 'veiviser-app-')), 'feedback.jsonl');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', FEEDBACK_FILE: feedbackFile, ...env });
  return createApp(config, undefined, options);
}
