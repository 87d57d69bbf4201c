// Starts the real bot (createApp) on a free port, with configuration given as environment variables.
// Feedback goes to a fresh file in a temporary folder (not yet created), never into the repository.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config';
import { createApp, type App, type AppOptions } from '../../src/app';
import { createLogger, type Logger } from '../../src/log';

export async function startApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<App> {
  const feedbackFile = path.join(mkdtempSync(path.join(tmpdir(), 'veiviser-app-')), 'feedback.jsonl');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', FEEDBACK_FILE: feedbackFile, ...env });
  return createApp(config, undefined, options);
}

export interface StartAppOptions {
  /** Environment variables, as for startApp. */
  env?: Record<string, string>;
  /** Where the app logs (createApp's default logs to stderr at LOG_LEVEL). */
  log?: Logger;
  /** Changes to the configuration read from `env` (e.g. smaller rate limits). */
  adjust?: (config: Config) => void;
  /** createApp's own options (the clock). */
  app?: AppOptions;
}

/** startApp with a logger of the test's own and configuration it may adjust. */
export async function startAppWith(options: StartAppOptions): Promise<App> {
  const feedbackFile = path.join(mkdtempSync(path.join(tmpdir(), 'veiviser-app-')), 'feedback.jsonl');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', FEEDBACK_FILE: feedbackFile, ...options.env });
  options.adjust?.(config);
  return createApp(config, options.log, options.app);
}

/** A logger that keeps every record as a JSON line, for tests that read what was logged. */
export function recordingLogger(level: 'debug' | 'info' | 'warn' = 'debug'): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return { log: createLogger(level, (line) => lines.push(line)), lines };
}
