// The circuit breaker around Azure OpenAI, through the real bot and a local server that speaks the
// Azure OpenAI protocol: a hanging endpoint is called only until the breaker opens (answers are
// extractive meanwhile), and a killed endpoint that comes back is used again after the interval.
import type { App } from '../../src/app';
import { startApp } from '../support/app';
import { Conversation, type ReplyActivity } from '../support/conversation';
import { startFakeAzureOpenAI, type FakeAzureOpenAI } from '../support/fake-azure-openai';

const KEY = 'test-key';
const DEPLOYMENT = 'veiviser-chat';
const LLM_TEXT = 'Svaret står i kildene';
const QUESTIONS = [
  'Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?',
  'Hva er Batterifagskolen?',
  'Hva er praksiskandidatordningen?',
  'Hva er en kompetansepilot?',
  'Hva er Trøndelagsmodellen?',
  'Hva er Industrifagskolen?',
];

const env = (azure: FakeAzureOpenAI, extra: Record<string, string>) => ({
  AZURE_OPENAI_ENDPOINT: azure.endpoint,
  AZURE_OPENAI_API_KEY: KEY,
  AZURE_OPENAI_CHAT_DEPLOYMENT: DEPLOYMENT,
  ...extra,
});

function answerOf(replies: ReplyActivity[]): ReplyActivity | undefined {
  return replies.find((r) => (r.channelData?.veiviser?.citations ?? []).length > 0);
}

describe('a hanging endpoint', () => {
  let azure: FakeAzureOpenAI;
  let app: App;

  beforeAll(async () => {
    azure = await startFakeAzureOpenAI({ apiKey: KEY, deployment: DEPLOYMENT, behaviour: { kind: 'delay', ms: 60_000 } });
    app = await startApp(
      env(azure, { AZURE_OPENAI_TIMEOUT_MS: '300', AZURE_OPENAI_BREAKER_FAILURES: '2', AZURE_OPENAI_BREAKER_OPEN_MS: '600000' }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await azure?.close();
  });

  test('is called until the breaker opens, then not at all; every question still gets a sourced answer', async () => {
    for (const question of QUESTIONS) {
      const answer = answerOf(await new Conversation(app.url).say(question));
      expect(answer?.text).toBeDefined();
      expect(answer?.text).not.toContain(LLM_TEXT);
    }
    expect(azure.requests).toHaveLength(2);
  });
});

describe('a killed endpoint that comes back', () => {
  let azure: FakeAzureOpenAI | undefined;
  let app: App;
  let port: number;

  beforeAll(async () => {
    const first = await startFakeAzureOpenAI({ apiKey: KEY, deployment: DEPLOYMENT });
    azure = first;
    port = Number(new URL(first.endpoint).port);
    app = await startApp(
      env(first, { AZURE_OPENAI_TIMEOUT_MS: '5000', AZURE_OPENAI_BREAKER_FAILURES: '1', AZURE_OPENAI_BREAKER_OPEN_MS: '500' }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await azure?.close();
  });

  test('answers extractively while it is gone and from the model again once it is back', async () => {
    expect(answerOf(await new Conversation(app.url).say(QUESTIONS[0]))?.text).toContain(LLM_TEXT);

    await azure?.close();
    azure = undefined;
    for (const question of QUESTIONS.slice(1, 4)) {
      const answer = answerOf(await new Conversation(app.url).say(question));
      expect(answer?.text).toBeDefined();
      expect(answer?.text).not.toContain(LLM_TEXT);
    }

    azure = await startFakeAzureOpenAI({ apiKey: KEY, deployment: DEPLOYMENT, port });
    let recovered = false;
    for (let i = 0; i < 100 && !recovered; i++) {
      recovered = (answerOf(await new Conversation(app.url).say(QUESTIONS[0]))?.text ?? '').includes(LLM_TEXT);
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(recovered).toBe(true);
  });
});
