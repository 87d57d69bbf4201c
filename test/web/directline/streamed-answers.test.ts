// Streamed LLM answers in Web Chat over the local Direct Line: the whole bot (createApp) with a local
// Azure OpenAI server that streams, a Direct Line conversation over HTTP and its WebSocket stream, as
// Web Chat uses them. The chunks arrive on the stream while the turn runs, with the stream's fields in
// channelData (Web Chat 4.18's livestreaming), and the final message joins them by streamId. The
// clock is fake and moves only when the bot waits; the app's Direct Line stamps activities with it
// when they are sent, so the pacing is checked against the times the bot chose.
import WebSocket from 'ws';
import type { App } from '../../../src/app';
import { startApp } from '../../support/app';
import { citationEntityOf } from '../../support/citation-entity-schema';
import { startFakeAzureOpenAI, type FakeAzureOpenAI } from '../../support/fake-azure-openai';
import { FakeClock } from '../../support/fake-clock';

type Json = Record<string, unknown>;
interface Frame {
  at: number;
  activity: Json & { type: string; id: string; text?: string; timestamp: string; channelData?: Json };
}

const ANSWER = 'Fagbrev på jobb krever at du er ansatt i en lærebedrift [1]. Er du arbeidsledig, kan NAV hjelpe deg [2].';
const REPLY = JSON.stringify({ answer: ANSWER, citations: [1, 2] });
const PIECES = Array.from({ length: Math.ceil(REPLY.length / 8) }, (_, i) => REPLY.slice(i * 8, (i + 1) * 8));

let azure: FakeAzureOpenAI;
let app: App;
const clock = new FakeClock();

beforeAll(async () => {
  azure = await startFakeAzureOpenAI({ apiKey: 'k', deployment: 'chat', behaviour: { kind: 'chunks', chunks: PIECES, gapMs: 15 } });
  app = await startApp(
    { AZURE_OPENAI_ENDPOINT: azure.endpoint, AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_CHAT_DEPLOYMENT: 'chat', AZURE_OPENAI_TIMEOUT_MS: '10000' },
    { clock },
  );
});
afterAll(async () => {
  await app.close();
  await azure.close();
});

async function call(method: string, path: string, token?: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as Json;
}

it('streams the answer to the WebSocket while the turn runs and ends it with the final message, citations, definitions and the label', async () => {
  const { token } = (await call('POST', '/v3/directline/tokens/generate')) as { token: string };
  const conversation = (await call('POST', '/v3/directline/conversations', token)) as { conversationId: string; streamUrl: string };
  const frames: Frame[] = [];
  const ws = new WebSocket(conversation.streamUrl);
  let finalSeen: () => void = () => undefined;
  const final = new Promise<void>((resolve) => (finalSeen = resolve));
  ws.on('message', (data) => {
    for (const activity of (JSON.parse(String(data)) as { activities: Frame['activity'][] }).activities) {
      frames.push({ at: Date.parse(activity.timestamp), activity });
      if (activity.type === 'message' && activity.channelData?.streamType === 'final') finalSeen();
    }
  });
  await new Promise<void>((resolve, reject) => ws.once('open', resolve).once('error', reject));
  try {
    await call('POST', `/v3/directline/conversations/${conversation.conversationId}/activities`, token, {
      type: 'message',
      text: 'Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?',
      from: { id: 'web-user' },
    });
    await final;
  } finally {
    ws.close();
  }

  const stream = frames.filter((f) => f.activity.channelData?.streamType !== undefined);
  const chunks = stream.filter((f) => f.activity.type === 'typing');
  const [finalFrame] = stream.filter((f) => f.activity.type === 'message');
  expect(chunks.length).toBeGreaterThanOrEqual(3);

  const streamId = chunks[0].activity.id;
  expect(streamId).toContain(conversation.conversationId);
  expect(chunks[0].activity.channelData).toEqual({ streamType: 'informative', streamSequence: 1 });
  chunks.slice(1).forEach((chunk, i) => {
    expect(chunk.activity.channelData).toEqual({ streamType: 'streaming', streamSequence: i + 2, streamId });
    expect(chunk.activity.id).not.toBe(streamId);
    if (i > 0) expect(chunk.activity.text?.startsWith(chunks[i].activity.text ?? '')).toBe(true);
    expect(ANSWER.startsWith(chunk.activity.text ?? '')).toBe(true);
  });
  stream.slice(1).forEach((f, i) => expect(f.at - stream[i].at).toBeGreaterThanOrEqual(500));

  const message = finalFrame.activity;
  expect(message.channelData).toMatchObject({ streamId, streamType: 'final' });
  expect(message.text?.startsWith(`${ANSWER}\n\n[1]: `)).toBe(true);
  const entity = citationEntityOf(message as { text?: string; entities?: unknown[] });
  expect(entity.keywords).toEqual(['AIGeneratedContent']);
  expect(entity.additionalType).toBeUndefined();
  // The final message is in the conversation's log (a watermark); the chunks are not.
  const log = (await call('GET', `/v3/directline/conversations/${conversation.conversationId}/activities`, token)) as { activities: Json[] };
  expect(log.activities.some((a) => a.id === message.id)).toBe(true);
  expect(log.activities.some((a) => a.id === streamId)).toBe(false);
});
