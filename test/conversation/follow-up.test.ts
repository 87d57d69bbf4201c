// Follow-ups through the real /api/messages: a question that only names another county asks the question before
// again there, and what the conversation keeps of that question is the words the knowledge uses, never the person's own.
// Also a voice-typed message: punctuation dictated as words ("komma", "spørsmålstegn") is read as the marks.
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

test('the county a person tells with their question is where a later "who do I call?" is answered, until another is named', async () => {
  const conversation = new Conversation(app.url);
  allText(await conversation.say('Jobber på et lager i Hammerfest, 11 år nå, men har ikke fagbrev. Kan jeg ta fagbrev?'));
  expect(allText(await conversation.say('hvem kan jeg ringe?'))).toMatch(/i finnmark/u);
  // (A county named later is where they are from then on.)
  allText(await conversation.say('Jeg har flyttet til Molde nå. Kan jeg fortsatt ta fagbrev?'));
  const after = allText(await conversation.say('hvem kan jeg ringe?'));
  expect(after).toMatch(/i møre og romsdal/u);
  expect(after).not.toMatch(/finnmark/u);
});

test('"… komma kan jeg ta fagbrev spørsmålstegn" is answered as the question it is, not taken as a story that starts the assessment', async () => {
  const dictated = allText(await new Conversation(app.url).say('jeg har jobbet på et lager i elleve år komma kan jeg ta fagbrev spørsmålstegn'));
  const typed = allText(await new Conversation(app.url).say('jeg har jobbet på et lager i elleve år, kan jeg ta fagbrev?'));
  expect(dictated).toBe(typed);
  expect(dictated).not.toMatch(/hvilket fylke bor eller jobber du i/u);
});
