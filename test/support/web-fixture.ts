// A real restify server with the web routes, configured like src/server.ts, and a small test bot
// (echo + a cited answer + cards + feedback) for Direct Line protocol tests.
import type { AddressInfo } from 'node:net';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import restify from 'restify';
import { createGuardedServer } from '../../src/server';
import { loadConfig, type Config } from '../../src/config';
import { handleFeedback } from '../../src/feedback/handle';
import { withFeedbackActions } from '../../src/feedback/actions';
import { MemoryFeedbackStore, type FeedbackStore } from '../../src/feedback/store';
import { BotHost, type TurnLogic } from '../../src/hosting/adapter';
import { createLogger, type Logger } from '../../src/log';
import { registerWebRoutes, type WebRoutesHandle, type WebRoutesOptions } from '../../src/web/routes';
import { sourceLink } from '../../src/web/source-link';

export const CITED_FILE = '002_373d7c6cf6bd4a35.txt';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1' }), ...overrides };
}

export interface TestBotHooks {
  /** Awaited before the bot answers a message (lets a test hold the bot "thinking"). */
  beforeReply?: (text: string) => Promise<void>;
}

/** The test bot: greets on join, echoes with a cited link, sends cards on «kort», handles feedback. */
export function testBot(feedback: FeedbackStore, hooks: TestBotHooks = {}): TurnLogic {
  return async (context: TurnContext) => {
    if (await handleFeedback(context, feedback)) return;
    const a = context.activity;
    if (a.type === 'conversationUpdate') {
      if ((a.membersAdded ?? []).some((m) => m.id !== a.recipient.id)) {
        await context.sendActivity('Hei! Jeg er testboten.');
      }
      return;
    }
    if (a.type === 'event') {
      await context.sendActivity(`Hendelse: ${a.name}`);
      return;
    }
    if (a.type !== 'message') return;
    const text = a.text ?? '';
    await hooks.beforeReply?.(text);
    if (text === 'kort') {
      await context.sendActivity({ type: 'typing' });
      await context.sendActivity(
        MessageFactory.attachment(CardFactory.heroCard('Fagbrev på jobb', 'For deg som jobber i faget', [], ['Les mer'])),
      );
      await context.sendActivity(
        MessageFactory.attachment(
          CardFactory.adaptiveCard({
            type: 'AdaptiveCard',
            version: '1.3',
            body: [{ type: 'TextBlock', text: 'Anbefaling: praksiskandidat', wrap: true, weight: 'Bolder' }],
          }),
        ),
      );
      return;
    }
    if (text === 'feil') throw new Error('test failure');
    const link = sourceLink(CITED_FILE, [773, 797]);
    const reply = withFeedbackActions(
      { type: 'message', text: `Ekko: ${text}\n\nKilde: [BattKOMP 3, Norsk Industri 2022, linje 773–797](${link})` },
      { question: text, sources: [`${CITED_FILE}#L773-L797`] },
    );
    await context.sendActivity(reply);
  };
}

export interface WebServer {
  url: string;
  server: restify.Server;
  handle: WebRoutesHandle;
  feedback: MemoryFeedbackStore;
  config: Config;
  close(): Promise<void>;
}

export async function startWebServer(
  options: { config?: Partial<Config>; logic?: TurnLogic; hooks?: TestBotHooks; routes?: WebRoutesOptions; log?: Logger } = {},
): Promise<WebServer> {
  const config = testConfig(options.config);
  const feedback = new MemoryFeedbackStore();
  const log = options.log ?? createLogger('silent');
  const host = new BotHost(config);
  const logic = options.logic ?? testBot(feedback, options.hooks);
  const server = createGuardedServer('veiviser-test', { trustedProxyHops: config.trustedProxyHops });
  const handle = registerWebRoutes(server, { config, host, logic, feedback, log }, options.routes);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    handle,
    feedback,
    config,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
