// A real restify server with the web routes, configured like src/server.ts, and a small test bot
// (echo + a cited answer + cards + feedback) for Direct Line protocol tests.
import type { AddressInfo } from 'node:net';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import restify from 'restify';
import { createGuardedServer } from '../../src/server';
import { loadConfig, type Config } from '../../src/config';
import { handleFeedback } from '../../src/feedback/handle';
import { MemoryFeedbackStore, type FeedbackStore } from '../../src/feedback/store';
import { BotHost, type TurnLogic } from '../../src/hosting/adapter';
import { createLogger, type Logger } from '../../src/log';
import { answerActivity, answerSurface, type AnswerSurface } from '../../src/replies/answer';
import { createCitationFormatter, type CitationFormatter } from '../../src/replies/citations';
import { registerWebRoutes, type WebRoutesHandle, type WebRoutesOptions } from '../../src/web/routes';
import { SourceLibrary } from '../../src/web/sources-page';

export const CITED_FILE = '002_373d7c6cf6bd4a35.txt';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1' }), ...overrides };
}

export interface TestBotHooks {
  /** Awaited before the bot answers a message (lets a test hold the bot "thinking"). */
  beforeReply?: (text: string) => Promise<void>;
}

/**
 * The test bot: greets on join, echoes as an answer citing one source (as the real bot renders
 * answers: sources, 👍/👎, suggestions), sends cards on «kort», handles feedback.
 */
export function testBot(feedback: FeedbackStore, cite: CitationFormatter, hooks: TestBotHooks = {}, channelAnswers = false): TurnLogic {
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
    const citation = { source: CITED_FILE, title: 'BattKOMP 3', lines: [773, 797] as [number, number], quote: 'Fagbrev på jobb er en ordning for voksne.' };
    const surface: AnswerSurface = channelAnswers ? answerSurface(a.channelId) : 'plain';
    await context.sendActivity(answerActivity(text, { question: text, answer: `Ekko: ${text}`, citations: [citation] }, cite, surface));
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
  options: {
    config?: Partial<Config>;
    logic?: TurnLogic;
    hooks?: TestBotHooks;
    routes?: WebRoutesOptions;
    log?: Logger;
    /** Render answers for the channel as the app does (Web Chat: link definitions, 👍/👎 on the answer); else the plain rendering. */
    webChatAnswers?: boolean;
  } = {},
): Promise<WebServer> {
  const config = testConfig(options.config);
  const feedback = new MemoryFeedbackStore();
  const log = options.log ?? createLogger('silent');
  const host = new BotHost(config);
  const sources = options.routes?.sources ?? SourceLibrary.load(config.knowledgeDir);
  const cite = createCitationFormatter(sources.entries());
  const logic = options.logic ?? testBot(feedback, cite, options.hooks, options.webChatAnswers);
  const server = createGuardedServer('veiviser-test', { trustedProxyHops: config.trustedProxyHops });
  const handle = registerWebRoutes(server, { config, host, logic, feedback, log }, { ...options.routes, sources });
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
