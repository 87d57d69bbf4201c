// The course finder on its own (DialogTestClient): its choices come from the categories in
// knowledge/offers.json, each path through it ends in offers or an honest "none", and a question
// typed at any step is answered before the step is asked again.
import { ChoicePrompt, DialogTurnStatus } from 'botbuilder-dialogs';
import { CourseFinderDialog } from '../../dialogs/course-finder-dialog';
import { loadCatalogue } from '../../src/catalogue/loader';
import { nb } from '../../src/text/nb';
import { buttons, dialogHarness, texts } from '../support/dialog-services';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const { offerCategories } = loadCatalogue(KNOWLEDGE_DIR);
const t = nb.courseFinder;
const start = async () => {
  const harness = dialogHarness((services) => new CourseFinderDialog(services));
  const [first] = await harness.say('Finn kurs og tilbud');
  expect(first.text).toBe(t.topicPrompt);
  return harness;
};

test('the topic, level and format buttons are the categories in offers.json, then "Alle …"', async () => {
  const harness = dialogHarness((services) => new CourseFinderDialog(services));
  const [topic] = await harness.say('Finn kurs og tilbud');
  expect(buttons(topic)).toEqual([...offerCategories.topic.map((c) => c.label), t.allTopics]);
  const [level] = await harness.say(offerCategories.topic[0].label);
  expect(level.text).toBe(t.levelPrompt);
  expect(buttons(level)).toEqual([...offerCategories.level.map((c) => c.label), t.allLevels]);
  const [format] = await harness.say(t.allLevels);
  expect(buttons(format)).toEqual([...offerCategories.format.map((c) => c.label), t.allFormats]);
});

test.each<[string, string[], RegExp, Record<string, unknown>]>([
  ['battery at fagskole level, anywhere', ['Batteri', 'Fagskole', 'Alle former', 'hele landet'], /^Jeg fant \d+ tilbud/, { topic: 'batteri', level: ['fagskole'] }],
  ['"alle" for everything, in Trøndelag', ['alle', 'alle', 'alle', 'Trøndelag'], /^Jeg fant \d+ tilbud/, { region: 'Trøndelag' }],
  ['a combination nothing matches', ['Kjemiprosess', 'Kurs', 'På arbeidsplassen', 'Finnmark'], new RegExp(`^${t.noOffers}$`), { topic: 'kjemiprosess', level: ['kurs'], format: ['arbeidsplass'], region: 'Finnmark' }],
])('%s', async (_name, answers, result, filter) => {
  const { say, client } = await start();
  let replies = await say(answers[0]);
  for (const answer of answers.slice(1)) replies = await say(answer);
  expect(replies).toHaveLength(1);
  expect(replies[0].text).toMatch(result);
  expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  expect(client.dialogTurnResult.result).toMatchObject(filter);
});

test('the offers come as cards, each naming its source', async () => {
  const { say } = await start();
  for (const answer of ['Batteri', 'Alle nivåer', 'Alle former']) await say(answer);
  const [offers] = await say('hele landet');
  expect(offers.attachmentLayout).toBe('carousel');
  expect(offers.attachments?.length).toBeGreaterThan(0);
  for (const card of offers.attachments ?? []) expect(JSON.stringify(card.content)).toMatch(/Kilde: /);
});

test.each([
  ['the topic', [], t.topicPrompt],
  ['the region', ['Batteri', 'Fagskole', 'Alle former'], t.regionPrompt],
])('a question at %s step is answered with sources, then the step is asked again', async (_step, before, prompt) => {
  const { say, client } = await start();
  for (const answer of before) await say(answer);
  const replies = await say('Hva er Batterifagskolen?');
  expect(replies[0].text).toMatch(/\[1\] Kilde: /);
  expect(texts(replies.slice(1))).toEqual([nb.backToQuestion, prompt]);
  expect(buttons(replies[2]).length).toBeGreaterThan(0);
  expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
});

test('a number inside a question is not a pick: the question is answered and the topic asked again; "2" alone picks', async () => {
  const { say, client } = await start();
  const replies = await say('Kan jeg ta fagbrev på jobb etter 2 år i jobben?');
  expect(replies[0].text).toMatch(/\[1\] Kilde: /);
  expect(texts(replies.slice(1))).toEqual([nb.backToQuestion, t.topicPrompt]);
  expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
  const [level] = await say('2');
  expect(level.text).toBe(t.levelPrompt);
});

test.each([
  ['a choice that is not offered', [], 'romfart', t.chooseOneOf([...offerCategories.topic.map((c) => c.label), t.allTopics])],
  ['a region that is not a county', ['Batteri', 'Fagskole', 'Alle former'], 'Narnia', t.regionRetry],
])('%s gets the retry prompt', async (_name, before, answer, retry) => {
  const { say } = await start();
  for (const a of before) await say(a);
  expect(texts(await say(answer))).toEqual([retry]);
});

test('a message at a choice prompt is recognised once a turn, though botbuilder asks for it twice (the activityReceived event, then the prompt)', async () => {
  const { say } = await start();
  const recognise = jest.spyOn(ChoicePrompt.prototype as unknown as { onRecognize: () => Promise<unknown> }, 'onRecognize');
  try {
    expect(texts(await say('romfart'))).toEqual([t.chooseOneOf([...offerCategories.topic.map((c) => c.label), t.allTopics])]);
    expect(recognise).toHaveBeenCalledTimes(1);
    const [level] = await say('2');
    expect(level.text).toBe(t.levelPrompt);
    expect(recognise).toHaveBeenCalledTimes(2);
  } finally {
    recognise.mockRestore();
  }
});

test('"vet ikke" at a choice takes them all; "ikke batteri" rules the choice out instead of picking it', async () => {
  const unsure = await start();
  expect(texts(await unsure.say('vet ikke'))).toEqual([t.levelPrompt]);
  const negated = await start();
  expect(texts(await negated.say('ikke batteri'))).toEqual([t.chooseOneOf([...offerCategories.topic.map((c) => c.label), t.allTopics])]);
});

test('a third answer it cannot read to one choice takes them all, and to the county the whole country, says so, and goes on', async () => {
  const { say, client } = await start();
  await say('noe med data');
  await say('hmm');
  expect(texts(await say('tja'))).toEqual([t.tookAll, t.levelPrompt]);
  for (const answer of ['alle', 'alle']) await say(answer);
  for (const answer of ['blå', 'grønn']) expect(texts(await say(answer))).toEqual([t.regionRetry]);
  expect(texts(await say('gul'))[0]).toBe(t.tookWholeCountry);
  expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  const filter = client.dialogTurnResult.result as Record<string, unknown>;
  expect([filter.topic, filter.level, filter.format, filter.region]).toEqual([undefined, undefined, undefined, undefined]);
});

test('a choice is read in the words people use for it (offers.json), in either language: "battery stuff", "korte kurs", "helst digitalt"', async () => {
  const { say, client } = await start();
  expect(texts(await say('battery stuff please'))).toEqual([nb.courseFinder.levelPrompt]);
  expect(texts(await say('korte kurs'))).toEqual([t.formatPrompt]);
  expect(texts(await say('helst digitalt'))).toEqual([t.regionPrompt]);
  const [result] = await say('hele landet');
  expect(result.text).toMatch(/^Jeg fant \d+ tilbud|^Jeg fant ingen/u);
  expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  expect(client.dialogTurnResult.result).toMatchObject({ topic: 'batteri', level: ['kurs'], format: ['nett-og-samling'] });
});
