// The ceiling for bench/turns.ts: a bot that only echoes, on the same stack as Veiviser (restify with
// the same body parser, BotHost = botbuilder CloudAdapter, POST /api/messages, expectReplies).
// Run: PORT=3979 npx tsx bench/echo-bot.ts
import restify from 'restify';
import { loadConfig } from '../src/config';
import { BotHost } from '../src/hosting/adapter';
import { parseIncomingActivity } from '../src/hosting/activity';
import { createLogger } from '../src/log';
import { createGuardedServer, sendTurnOutcome } from '../src/server';

const config = loadConfig();
const log = createLogger(config.logLevel);
const host = new BotHost(config, { log });
const server = createGuardedServer('echo-bot', { trustedProxyHops: config.trustedProxyHops });

server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
  const parsed = parseIncomingActivity(req.body);
  if (!parsed.ok) {
    res.status(400);
    res.json({ error: parsed.message });
    return;
  }
  const outcome = await host.runTurn(req.header('authorization') ?? '', parsed.activity, async (context) => {
    await context.sendActivity(`Du skrev: ${context.activity.text ?? ''}`);
  });
  sendTurnOutcome(req, res, outcome, log);
});

server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
  res.json({ status: 'ok' });
});

server.listen(config.port, config.host, () => {
  process.stderr.write(`echo bot on http://${config.host}:${config.port}\n`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
