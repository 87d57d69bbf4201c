// botbuilder 4.23's connector client dropped every entity property but type, text and mentioned on the
// way to the channel; the bot's replies must reach the connector with their entities whole.
import type { Activity } from 'botbuilder';
import { BotHost } from '../../src/hosting/adapter';
import { startFakeConnector } from '../support/fake-connector';

it('sends citation, AI-label, streaminfo and mention entities to the connector with all their properties', async () => {
  const connector = await startFakeConnector();
  const host = new BotHost({ auth: undefined });
  const entities = [
    {
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      citation: [{ '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument', name: 'Kilde', abstract: 'Sitat', url: 'https://example.no/' } }],
      additionalType: ['AIGeneratedContent'],
    },
    { type: 'streaminfo', streamId: 'stream-1', streamType: 'final' },
    { type: 'mention', text: '<at>Kari</at>', mentioned: { id: '29:kari', name: 'Kari' } },
  ];
  try {
    const inbound = {
      type: 'message',
      id: 'in-1',
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: { id: '29:kari' },
      recipient: { id: '28:bot' },
      conversation: { id: 'a:1' },
      text: 'hei',
    } as Activity;
    const outcome = await host.runTurn('', inbound, async (context) => {
      await context.sendActivity({ type: 'message', text: 'Svar [1]', entities });
    });
    expect(outcome.kind).toBe('ok');
    expect(connector.received.map((r) => r.activity.entities)).toEqual([entities]);
  } finally {
    await connector.close();
  }
});
