// The connector and user-token clients a turn carries are made once per service URL (and app id and
// audience) and shared by later turns, instead of being built for every turn; replies sent through the
// connector still arrive.
import type { Activity, TurnContext } from 'botbuilder';
import { BotHost } from '../../src/hosting/adapter';
import { OUTBOUND_CLIENTS_MAX } from '../../src/hosting/outbound-clients';
import { startFakeConnector } from '../support/fake-connector';

function inbound(serviceUrl: string, deliveryMode?: 'expectReplies'): Activity {
  return {
    type: 'message',
    id: 'in-1',
    channelId: 'test',
    serviceUrl,
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    conversation: { id: 'c-1' },
    text: 'hei',
    ...(deliveryMode ? { deliveryMode } : {}),
  } as Activity;
}

async function clientsOf(host: BotHost, activity: Activity): Promise<{ connector: unknown; tokens: unknown }> {
  let seen: { connector: unknown; tokens: unknown } | undefined;
  const outcome = await host.runTurn('', activity, async (context: TurnContext) => {
    seen = { connector: context.turnState.get(host.ConnectorClientKey), tokens: context.turnState.get(host.UserTokenClientKey) };
  });
  expect(outcome.kind).toBe('ok');
  if (!seen) throw new Error('the turn did not run');
  return seen;
}

test('turns for one service URL share their clients; another service URL gets its own connector', async () => {
  const host = new BotHost({ auth: undefined });
  const first = await clientsOf(host, inbound('http://localhost:3978', 'expectReplies'));
  const second = await clientsOf(host, inbound('http://localhost:3978', 'expectReplies'));
  const elsewhere = await clientsOf(host, inbound('http://localhost:3979', 'expectReplies'));
  expect(first.connector).toBeDefined();
  expect(first.tokens).toBeDefined();
  expect(second.connector).toBe(first.connector);
  expect(second.tokens).toBe(first.tokens);
  expect(elsewhere.connector).not.toBe(first.connector);
  expect(elsewhere.tokens).toBe(first.tokens);
});

test('a shared connector still delivers every turn\'s replies', async () => {
  const connector = await startFakeConnector();
  const host = new BotHost({ auth: undefined });
  try {
    for (const text of ['svar 1', 'svar 2']) {
      const outcome = await host.runTurn('', inbound(connector.url), async (context) => {
        await context.sendActivity(text);
      });
      expect(outcome.kind).toBe('ok');
    }
    expect(connector.received.map((r) => r.activity.text)).toEqual(['svar 1', 'svar 2']);
  } finally {
    await connector.close();
  }
});

test('the kept connectors are bounded: past the limit the cache starts over', async () => {
  const host = new BotHost({ auth: undefined });
  const first = await clientsOf(host, inbound('http://localhost:4000', 'expectReplies'));
  for (let i = 1; i <= OUTBOUND_CLIENTS_MAX; i++) await clientsOf(host, inbound(`http://localhost:${4000 + i}`, 'expectReplies'));
  const again = await clientsOf(host, inbound('http://localhost:4000', 'expectReplies'));
  expect(again.connector).not.toBe(first.connector);
});
