// The bot configured for Azure OpenAI, talking to a local server that speaks the Azure OpenAI REST
// protocol: answers come from the model, grounded in retrieved passages, personal data redacted, and
// the extractive answerer takes over when the model is slow or broken.
import type { App } from '../../src/app';
import { startApp } from '../support/app';
import { Conversation } from '../support/conversation';
import { startFakeAzureOpenAI, type FakeAzureOpenAI } from '../support/fake-azure-openai';

let azure: FakeAzureOpenAI;
let app: App;

beforeAll(async () => {
  azure = await startFakeAzureOpenAI({ apiKey: 'test-key', deployment: 'veiviser-chat' });
  app = await startApp({
    AZURE_OPENAI_ENDPOINT: azure.endpoint,
    AZURE_OPENAI_API_KEY: 'test-key',
    AZURE_OPENAI_CHAT_DEPLOYMENT: 'veiviser-chat',
    AZURE_OPENAI_TIMEOUT_MS: '1500',
  });
});
afterAll(async () => {
  await app.close();
  await azure.close();
});

const QUESTION = 'Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig? Fødselsnummeret mitt er 01019012345';

it('answers from the model with citations to the retrieved passages, and redacts the question', async () => {
  azure.setBehaviour({ kind: 'cite', passages: [1], answer: 'Fagbrev på jobb krever at du er i et arbeidsforhold [1].' });
  azure.requests.length = 0;
  const replies = await new Conversation(app.url).say(QUESTION);
  const answer = replies.find((r) => r.channelData?.veiviser?.citations?.length);
  expect(answer?.text).toContain('Fagbrev på jobb krever at du er i et arbeidsforhold');
  expect(answer?.channelData?.veiviser?.citations?.length).toBe(1);
  expect(azure.requests).toHaveLength(1);
  expect(azure.requests[0].path).toBe('/openai/deployments/veiviser-chat/chat/completions');
  expect(azure.requests[0].rawBody).not.toContain('01019012345');
});

it('asks the model a follow-up about the topic of the answer before it, and the model\'s answer keeps the topic for the next', async () => {
  azure.setBehaviour({ kind: 'cite', passages: [1], answer: 'Trøndelagsmodellen er en samhandlingsmodell mellom NAV og fylkeskommunen [1].' });
  const conversation = new Conversation(app.url);
  await conversation.say('Hva er Trøndelagsmodellen?');
  azure.requests.length = 0;
  await conversation.say('og når ble den signert?');
  expect(azure.requests).toHaveLength(1);
  expect(azure.requests[0].rawBody).toContain('Trøndelagsmodellen: og når ble den signert?');
  // A question in another conversation is asked as written.
  azure.requests.length = 0;
  await new Conversation(app.url).say('og når ble den signert?');
  expect(azure.requests.every((r) => !r.rawBody.includes('Trøndelagsmodellen: og når'))).toBe(true);
});

it('falls back to the extractive answer when the model times out', async () => {
  azure.setBehaviour({ kind: 'delay', ms: 4000 });
  const replies = await new Conversation(app.url).say('Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?');
  const answer = replies.find((r) => r.channelData?.veiviser?.citations?.length);
  expect(answer?.channelData?.veiviser?.citations?.some((c) => c.source === '002_373d7c6cf6bd4a35.txt')).toBe(true);
});

it('falls back when the model answers with something that is not the agreed JSON', async () => {
  azure.setBehaviour({ kind: 'invalid-json' });
  const replies = await new Conversation(app.url).say('Hva er Batterifagskolen?');
  expect(replies.some((r) => (r.channelData?.veiviser?.citations ?? []).length > 0)).toBe(true);
});
