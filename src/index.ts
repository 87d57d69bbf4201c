// Composition root: read the configuration once, start the bot, stop cleanly on SIGTERM/SIGINT.
import { ConfigError, loadConfig } from './config';
import { createApp } from './app';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Veiviser kan ikke starte: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const app = await createApp(config);
  process.stderr.write(`Veiviser svarer på ${app.url} (POST /api/messages, nettprat på ${app.url}/)\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      app.log.info('already stopping', { signal });
      return;
    }
    stopping = true;
    app.log.info('stopping', { signal, graceMs: config.shutdownGraceMs });
    // Should closing the state store itself hang, exit anyway shortly after the grace period.
    setTimeout(() => process.exit(1), config.shutdownGraceMs + 3000).unref();
    app.close(config.shutdownGraceMs).then(
      (report) => process.exit(report.forced ? 1 : 0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Veiviser stoppet på grunn av en feil: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
