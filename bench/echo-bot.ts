// The ceiling for bench/turns.ts: a bot that only echoes, on the same stack as Veiviser (restify with
// the same body parser, BotHost = botbuilder CloudAdapter, POST /api/messages, expectReplies).
// Run: PORT=3979 npx tsx bench/echo-bot.ts
import restify from 'restify';
import { loadConfig } from '../src/config';
import { BotHost } from '../src/hosting/adapter';
import { parseIncomingActivity } from '../src/hosting/activity';
import { createGuardedServer } from '../src/server';

const config = loadConfig();
const host = new BotHost(config);
const server = createGuardedServer('echo-bot');

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
  if (outcome.kind === 'ok') {
    res.status(outcome.status);
    if (outcome.body !== undefined) res.json(outcome.body);
    else res.end();
  } else {
    res.status(outcome.kind === 'unauthorized' ? 401 : 500);
    res.json({ error: outcome.kind === 'unauthorized' ? outcome.message : outcome.error.message });
  }
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
