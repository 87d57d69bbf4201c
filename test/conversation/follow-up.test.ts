// Follow-ups through the real /api/messages: a question that only names another county asks the question before
// again there, and what the conversation keeps of that question is the words the knowledge uses, never the person's own.
import type { App } from '../../src/app';
import { startApp } from '../support/app';
import { Conversation, allText } from '../support/conversation';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

test('"og i Trøndelag?" after a question about Nordland asks it in Trøndelag', async () => {
  const conversation = new Conversation(app.url);
  const first = allText(await conversation.say('Hvor mange prosent stilling må man ha under kontrakten for fagbrev på jobb i Nordland?'));
  expect(first).toMatch(/nordland/i);
  const again = allText(await conversation.say('og i Trøndelag?'));
  expect(again).toMatch(/i trøndelag må du være ansatt i en godkjent lærebedrift i minst 80 % stilling/i);
  const english = allText(await conversation.say('what about Nordland?'));
  expect(english).toMatch(/nordland/i);
  expect(english).not.toMatch(/trøndelag må du være ansatt/i);
});
