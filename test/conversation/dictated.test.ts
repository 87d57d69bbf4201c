// A voice-typed message through the real /api/messages: punctuation dictated as words ("komma", "spørsmålstegn") is read
// as the marks, so a question typed that way is answered like one typed with its question mark.
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

test('"… komma kan jeg ta fagbrev spørsmålstegn" is answered as the question it is, not taken as a story that starts the assessment', async () => {
  const dictated = allText(await new Conversation(app.url).say('jeg har jobbet på et lager i elleve år komma kan jeg ta fagbrev spørsmålstegn'));
  const typed = allText(await new Conversation(app.url).say('jeg har jobbet på et lager i elleve år, kan jeg ta fagbrev?'));
  expect(dictated).toBe(typed);
  expect(dictated).not.toMatch(/hvilket fylke bor eller jobber du i/u);
});
