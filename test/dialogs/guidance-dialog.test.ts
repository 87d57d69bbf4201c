// The guided assessment on its own (DialogTestClient): it asks only what the rules still need, takes
// "vet ikke", asks which county a former county meant, answers a question typed instead of an
// answer, and ends with the recommendation.
import { DialogTurnStatus } from 'botbuilder-dialogs';
import type { Activity } from 'botbuilder';
import { GuidanceDialog, type GuidanceOptions } from '../../dialogs/guidance-dialog';
import { PROFILE_FIELDS, type Assessment, type ProfileField } from '../../src/catalogue/schema';
import { en } from '../../src/text/en';
import { nb } from '../../src/text/nb';

const PROFILE_QUESTIONS = nb.guidance.questions;
import { buttons, dialogHarness, texts } from '../support/dialog-services';

const ASKS = new Map<string, ProfileField>(PROFILE_FIELDS.map((field) => [PROFILE_QUESTIONS[field].ask, field]));
const ASKS_EN = new Map<string, ProfileField>(PROFILE_FIELDS.map((field) => [en.guidance.questions[field].ask, field]));
const askedField = (reply: Partial<Activity> | undefined) => ASKS.get(reply?.text ?? '');

const start = async (options: GuidanceOptions = {}, defaultCounty?: string) => {
  const harness = dialogHarness((services) => new GuidanceDialog(services), options, defaultCounty ? { defaultCounty } : {});
  const first = await harness.say(options.text ?? 'Finn min vei til fagbrev');
  return { ...harness, first };
};

test.each<[string, GuidanceOptions, string | undefined, ProfileField]>([
  ['nothing known: the county first', {}, undefined, 'county'],
  ['with DEFAULT_COUNTY the county is not asked', {}, 'Trøndelag', 'employed'],
  ['an opening message with facts: what was understood, then what is still missing', { text: 'Jeg bor i Trøndelag og jobber 100 % som operatør' }, undefined, 'practiceYears'],
])('%s', async (_name, options, defaultCounty, field) => {
  const { first } = await start(options, defaultCounty);
  const question = first[first.length - 1];
  // Started by a message: what happens next, then what was understood.
  if (options.text) expect(texts(first.slice(0, 2))).toEqual([nb.guidance.opening, expect.stringMatching(/^Jeg har forstått: /)]);
  expect(askedField(question)).toBe(field);
  expect(buttons(question)).toEqual([...PROFILE_QUESTIONS[field].suggestions]);
});

test('a question that started the assessment is told what happens; the menu button is not', async () => {
  const asked = await start({ text: 'Hvordan kan jeg skaffe meg et fagbrev?' });
  expect(texts(asked.first)).toEqual([nb.guidance.opening, PROFILE_QUESTIONS.county.ask]);
  const button = await start({ text: nb.menu.guidance });
  expect(texts(button.first)).toEqual([PROFILE_QUESTIONS.county.ask]);
});

test.each<[string, string, (replies: Partial<Activity>[]) => void]>([
  ['an answer it understands moves on', 'Trøndelag', (r) => expect(askedField(r[0])).toBe('employed')],
  ['"vet ikke" moves on to the next question', 'vet ikke', (r) => expect(askedField(r[0])).toBe('employed')],
  ['an answer it does not understand gets the retry prompt', 'blå', (r) => expect(texts(r)).toEqual([PROFILE_QUESTIONS.county.retry])],
  // (A question mark of doubt on an answer to another question is no question to answer: "tja, kanskje 4-5 år?".)
  ['an answer given in doubt that it cannot read gets the retry prompt, not an answer', 'hm, sånn ca 3-4 år?', (r) => expect(texts(r)).toEqual([PROFILE_QUESTIONS.county.retry])],
  ['a former county that is now several: which one, and nothing else', 'Viken', (r) => expect(texts(r)).toEqual([expect.stringMatching(/^Viken er nå delt i Østfold, Akershus og Buskerud\. Hvilket fylke/)])],
  [
    'a question: answered with sources, then the same question again',
    'Hva er Batterifagskolen?',
    (r) => {
      expect(r[0].text).toMatch(/\[1\] Kilde: /);
      expect(texts(r.slice(1))).toEqual([nb.backToQuestion, PROFILE_QUESTIONS.county.ask]);
      expect(buttons(r[2])).toEqual([...PROFILE_QUESTIONS.county.suggestions]);
    },
  ],
])('at the county question, %s', async (_name, answer, check) => {
  const { first, say, client } = await start();
  expect(askedField(first[0])).toBe('county');
  check(await say(answer));
  expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
});

test('answering every question ends with the recommendation card, its follow-ups, and the assessment', async () => {
  const answers: Record<ProfileField, string> = {
    county: 'Trøndelag',
    employed: 'ja',
    employmentPercent: '100 %',
    practiceYears: '6 år',
    practicePercent: '100 %',
    practiceUntil: 'jobber fortsatt',
    certificateTrade: 'tømrerfaget',
    completedPrimarySchool: 'ja',
    hasTradeCertificate: 'nei',
    navJobSeeker: 'nei',
    practiceAbroad: 'nei',
    age: '40',
    trade: 'kjemiprosessfaget',
    completedUpperSecondary: 'nei',
    interests: 'batteri',
  };
  const { first, say, client } = await start();
  let replies = first;
  const asked: ProfileField[] = [];
  for (let field = askedField(replies[0]); field; field = askedField(replies[replies.length - 1])) {
    expect(asked).not.toContain(field);
    asked.push(field);
    replies = await say(answers[field]);
  }
  const [card, followUp] = replies;
  expect(card.text).toBe(nb.recommendation.cardText);
  expect(card.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(buttons(followUp)).toContain(nb.recommendation.showAsText);
  expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  const assessment = client.dialogTurnResult.result as Assessment;
  expect(assessment.paths.find((p) => p.id === 'fagbrev-paa-jobb')?.status).toBe('eligible');
  expect(assessment.paths.every((p) => p.status !== 'needs-info' || p.missing.every((f) => !asked.includes(f)))).toBe(true);
});

describe('answers that say more than asked, or ask back', () => {
  /** Everything the in-memory storage holds, as JSON. */
  const stored = async (h: Awaited<ReturnType<typeof start>>) =>
    JSON.stringify(await h.storage.read(Object.keys((h.storage as unknown as { memory: object }).memory)));

  test('a place in several counties: which county, with the counties as buttons; the answer settles it', async () => {
    const h = await start({ text: 'Jeg bor på Herøy og jobber 80 % som renholder' });
    const question = h.first[h.first.length - 1];
    expect(question.text).toBe(nb.guidance.whichCounty('Herøy', 'Møre og Romsdal og Nordland'));
    expect(buttons(question)).toEqual(['Møre og Romsdal', 'Nordland', 'Vet ikke']);
    const next = await h.say('Nordland');
    expect(askedField(next[next.length - 1])).not.toBe('county');
  });

  test('school abroad is asked about as equivalent, and the question inside the answer is answered', async () => {
    const h = await start({ text: 'Jeg bor i Trøndelag, jobber 100 % som renholder og har 6 års praksis' });
    let replies = h.first;
    for (let i = 0; i < 6 && askedField(replies[replies.length - 1]) !== 'completedPrimarySchool'; i++) replies = await h.say('vet ikke');
    expect(askedField(replies[replies.length - 1])).toBe('completedPrimarySchool');
    const answer = await h.say('jeg har 12 år skole fra Eritrea, men ikke fra Norge. Er det tilsvarende?');
    expect(answer[0].text).toMatch(/\[1\] Kilde: /); // the question, answered with sources
    expect(answer[answer.length - 1].text).toBe(nb.guidance.equivalentSchool.completedPrimarySchool);
  });

  test.each([
    'Jeg er sveiser og har jobbet fire år uten fagbrev. Hva bør jeg gjøre?',
    "I've been a welder for four years with no trade certificate. What should I do?",
  ])('a question asking for one\'s own options inside an answer gets the next question, not an answer (%s)', async (message) => {
    const h = await start();
    const replies = await h.say(message);
    expect(texts(replies)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Det finner jeg ikke|I cannot find)/)]));
    expect(replies.some((r) => /\[1\]/.test(r.text ?? ''))).toBe(false);
    expect(await stored(h)).toContain('"hasTradeCertificate":false');
    expect(askedField(replies[replies.length - 1]) ?? ASKS_EN.get(replies[replies.length - 1].text ?? '')).toBeDefined();
  });

  test('a correction changes the field and says so', async () => {
    const h = await start({ text: 'Jeg bor i Bodø og har 3 års praksis som renholder' });
    const corrected = await h.say('nei forresten, jeg bor i Trondheim');
    expect(texts(corrected)).toContain(nb.guidance.changed('fylke', 'Nordland', 'Trøndelag'));
    expect(await stored(h)).toContain('"county":"Trøndelag"');
  });

  test('the opening message itself is not kept in the dialog state', async () => {
    const opening = 'Jeg heter Ola, bor i Bodø og jobber 100 % som renholder, tlf 91234567';
    const h = await start({ text: opening });
    const state = await stored(h);
    expect(state).not.toContain('Ola');
    expect(state).not.toContain('91234567');
    expect(state).toContain('Nordland');
  });

  test('answers written in English are read with their units: "3 years", "I\'m 34", "80 %", "No", "I don\'t know"', async () => {
    const english: Partial<Record<ProfileField, string>> = {
      county: "I don't know",
      employed: 'Yes, 80 %',
      practiceYears: '3 years',
      age: "I'm 34",
      hasTradeCertificate: 'No',
    };
    const h = await start({}, 'Trøndelag');
    let replies = h.first;
    const asked: ProfileField[] = [];
    for (let i = 0; i < 14; i++) {
      const field = askedField(replies[replies.length - 1]);
      if (!field) break;
      asked.push(field);
      replies = await h.say(english[field] ?? 'vet ikke');
    }
    const state = await stored(h);
    expect(asked).not.toContain('employmentPercent'); // "Yes, 80 %" gave it
    for (const value of ['"employed":true', '"employmentPercent":80', '"practiceYears":3', '"hasTradeCertificate":false']) expect(state).toContain(value);
    if (asked.includes('age')) expect(state).toContain('"age":34');
  });
});

test('three answers it cannot read to one question: the question is left, said so, and the next one asked', async () => {
  const { say } = await start();
  expect(texts(await say('blå'))).toEqual([PROFILE_QUESTIONS.county.retry]);
  expect(texts(await say('grønn'))).toEqual([PROFILE_QUESTIONS.county.retry]);
  const third = await say('gul');
  expect(texts(third)).toEqual([nb.guidance.leftUnanswered, PROFILE_QUESTIONS.employed.ask]);
});

test('"i fjor" and "i år" answer the year the practice ended', async () => {
  for (const said of ['i fjor', 'i år']) {
    const { first, say } = await start({ text: 'Jeg bor i Bodø og har jobbet 12 år som sveiser, men er ikke i jobb nå' });
    expect(askedField(first[first.length - 1])).toBe('practiceUntil');
    const answered = await say(said);
    expect(askedField(answered[answered.length - 1])).not.toBe('practiceUntil');
    expect(texts(answered)).not.toContain(PROFILE_QUESTIONS.practiceUntil.retry);
  }
});

test('a thanks at a question gets a thanks back and the question again, and is no unclear answer', async () => {
  const { say } = await start();
  for (let i = 0; i < 3; i++) expect(texts(await say('takk, det var nyttig'))).toEqual([nb.thanksInPrompt, nb.backToQuestion, PROFILE_QUESTIONS.county.ask]);
});
