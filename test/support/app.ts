// Starts the real bot (createApp) on a free port, with configuration given as environment variables.
import { loadConfig } from '../../src/config';
import { createApp, type App } from '../../src/app';

export async function startApp(env: Record<string, string> = {}): Promise<App> {
  return createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env }));
}
