// An English conversation through the real /api/messages: from the greeting through the guided
// assessment to the card, the text version, offers, an answer from the Norwegian sources and the
// course finder — every prompt, retry and button in English. The language follows what the person
// writes; a client's locale only chooses the welcome; "Norsk"/"English" switch.
import { assess, recordAnswer } from '../../knowledge/rules/assess';
import type { App } from '../../src/app';
import { loadCatalogue } from '../../src/catalogue/loader';
import type { Profile, ProfileField } from '../../src/catalogue/schema';
import { detectLanguage } from '../../src/text/detect-language';
import { en } from '../../src/text/en';
import { nb } from '../../src/text/nb';
import { startApp } from '../support/app';
import { Conversation, adaptiveCards, allText, suggestions, type ReplyActivity } from '../support/conversation';
import { KNOWLEDGE_DIR } from '../support/knowledge';
import { assessmentSentences } from '../support/assessment-sentences';

const kb = loadCatalogue(KNOWLEDGE_DIR);

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

const texts = (replies: ReplyActivity[]) => replies.map((r) => r.text ?? '');
const last = (replies: ReplyActivity[]) => replies[replies.length - 1];

/** The English answer to each guidance question, by the question asked. */
const ANSWERS: Record<ProfileField, string> = {
  county: 'Trøndelag',
  employed: 'Yes',
  employmentPercent: '100 %',
  practiceYears: '6',
  practicePercent: '100 %',
  practiceUntil: 'Still working',
  certificateTrade: "Don't know",
  hasTradeCertificate: 'No',
  completedPrimarySchool: 'Yes',
  completedUpperSecondary: 'No',
  navJobSeeker: 'No',
  practiceAbroad: 'No',
  age: '41',
  trade: 'Kjemiprosessfaget',
  interests: 'Batteri',
};
/** What each answer above records in the profile (certificateTrade: "Don't know" records nothing). */
const VALUES: Partial<Record<ProfileField, Profile[ProfileField]>> = {
  county: 'Trøndelag',
  employed: true,
  employmentPercent: 100,
  practiceYears: 6,
  practicePercent: 100,
  hasTradeCertificate: false,
  completedPrimarySchool: true,
  completedUpperSecondary: false,
  navJobSeeker: false,
  age: 41,
  trade: 'kjemiprosessfaget',
  interests: ['batteri'],
};
const FIELD_BY_ASK = new Map(Object.entries(en.guidance.questions).map(([field, q]) => [q.ask, field as ProfileField]));

/** Every sentence the rules can say in bokmål that comes from knowledge/ as it stands. */
const NB_KNOWLEDGE_TEXTS: string[] = [
  ...kb.paths.flatMap((p) => [
    ...p.variants.flatMap((v) => [
      ...v.conditions.flatMap((c) => [c.text, ...(c.presume ? [c.presume] : [])]),
      ...v.notes.map((n) => n.text),
      ...v.nextSteps.map((s) => s.text),
    ]),
    ...p.nextSteps.map((s) => s.text),
    ...p.suitability.map((s) => s.text),
  ]),
  ...kb.contacts.map((c) => c.description),
  ...kb.offers.map((o) => o.description),
];

/** Texts of this length say which language they are in (shorter ones are names, numbers, buttons). */
function expectEnglish(replies: ReplyActivity[]) {
  for (const text of texts(replies).filter((t) => t.split(/\s+/u).length >= 6)) {
    expect([text, detectLanguage(text)]).toEqual([text, 'en']);
  }
}

describe('an English conversation from greeting to assessment', () => {
  let user: Conversation;
  let cardReplies: ReplyActivity[] = [];
  /** The profile the answers gave, in the order they were asked, as the guidance records it. */
  let profile: Profile = {};

  beforeAll(() => {
    user = new Conversation(app.url);
  });

  it('the welcome is in bokmål for a Norwegian client, and "Hello" answers in English with the English menu', async () => {
    expect(texts(await user.join())[0]).toBe(nb.welcome('Veiviser'));
    const menu = await user.say('Hello');
    expect(texts(menu)).toEqual([en.greeted]);
    expect(suggestions(menu)).toEqual([en.menu.guidance, en.menu.courseFinder, en.menu.question, en.menu.help, 'Norsk']);
  });

  it('the guidance asks in English, with English buttons, and retries in English', async () => {
    const first = await user.say(en.menu.guidance);
    expect(texts(first)).toEqual([en.guidance.questions.county.ask]);
    expect(suggestions(first)).toEqual([...en.guidance.questions.county.suggestions]);
    expect(texts(await user.say('blue'))).toEqual([en.guidance.questions.county.retry]);
  });

  it('short answers (a county, a number, "Yes") keep the conversation in English until the card', async () => {
    const record = (field: ProfileField) => {
      const value = VALUES[field];
      if (value !== undefined) profile = recordAnswer(profile, field, value, kb);
    };
    let replies = await user.say(ANSWERS.county);
    record('county');
    for (let turn = 0; turn < 14 && adaptiveCards(replies).length === 0; turn += 1) {
      const field = FIELD_BY_ASK.get(last(replies).text ?? '');
      expect(field).toBeDefined();
      replies = await user.say(ANSWERS[field as ProfileField]);
      record(field as ProfileField);
    }
    cardReplies = replies;
    expect(adaptiveCards(cardReplies)).toHaveLength(1);
  });

  it('the assessment card is in English: title, profile, path names and verdicts', () => {
    const card = JSON.stringify(adaptiveCards(cardReplies)[0]);
    expect(card).toContain(en.recommendation.cardTitle);
    expect(card).toContain('I have understood: ');
    expect(card).toContain('lives in Trøndelag');
    for (const path of kb.paths) expect(card).toContain(path.titleEn);
    expect(Object.values(en.recommendation.verdict).some((v) => card.includes(v))).toBe(true);
    expect(card).not.toMatch(/Passer for deg|Dine muligheter|Jeg har forstått/u);
    // The sources are Norwegian reports and pages, and say so.
    expect(card).toContain('Source (in Norwegian)');
    expectEnglish(cardReplies);
  });

  it('the card gives the rules\' reasons and next steps in English, with no bokmål reason in it', () => {
    const shown = allText(cardReplies); // lower case
    const english = assess(profile, kb, { lang: 'en' });
    const bokmal = assess(profile, kb, { lang: 'nb' });
    // The card is the English assessment of the profile the answers gave …
    const recommended = english.paths.filter((p) => p.recommended);
    expect(recommended.length).toBeGreaterThan(0);
    for (const path of recommended) {
      expect(shown).toContain(path.why?.toLowerCase());
      expect(shown).toContain(path.nextSteps[0]?.toLowerCase());
    }
    // … and none of the bokmål one, nor any bokmål sentence from knowledge/.
    for (const text of [...assessmentSentences(bokmal), ...NB_KNOWLEDGE_TEXTS]) expect([text, shown.includes(text.toLowerCase())]).toEqual([text, false]);
    // Every reason on the card is written in English (names of Norwegian schemes aside).
    const marker = ' source (in norwegian): ';
    const reasons = shown.split('\n').filter((line) => line.includes(marker));
    expect(reasons.length).toBeGreaterThan(3);
    for (const line of reasons) {
      const reason = line.slice(0, line.indexOf(marker));
      expect([reason, detectLanguage(reason)]).toEqual([reason, 'en']);
      expect(assessmentSentences(english).map((t) => t.toLowerCase())).toContain(reason);
    }
    expect(suggestions(cardReplies)).toEqual(expect.arrayContaining([en.recommendation.showAsText, en.recommendation.restart]));
  });

  it('the assessment as text is in English', async () => {
    const asText = await user.say(en.recommendation.showAsText);
    const lines = texts(asText)[0].split('\n');
    expect(lines[0]).toBe(en.recommendation.textTitle);
    expect(lines[1]).toMatch(/^I have understood: /u);
    expect(lines[lines.length - 1]).toBe(en.recommendation.confirmWithCounty);
    // Every path, under its English name, with an English verdict.
    const paths = kb.paths.map((p) => lines.find((l) => l.startsWith(`${p.titleEn}: `)) ?? p.id);
    const verdicts = [...Object.values(en.recommendation.verdict), en.recommendation.recommended, en.recommendation.notAdvised];
    for (const line of paths) expect(verdicts.some((v) => line.includes(`: ${v}`))).toBe(true);
    // Every reason and next step in English; only the sources are marked as Norwegian.
    const all = texts(asText)[0];
    for (const text of [...assessmentSentences(assess(profile, kb, { lang: 'nb' })), ...NB_KNOWLEDGE_TEXTS]) expect([text, all.includes(text)]).toEqual([text, false]);
    for (const line of lines.filter((l) => l.startsWith('- ') && !l.startsWith('- Information missing about: '))) {
      const sentence = line.replace(/^- (?:RECOMMENDED: |Not recommended: |This could change the verdict: |Next step: )?/u, '').replace(/ \(Source, in Norwegian: .*\)$/u, '');
      // A contact is mostly names and an address: English where it says anything, never bokmål.
      const contact = sentence.startsWith('Contact: ');
      const language = detectLanguage(sentence.replace(/\(https?:\/\/\S+\)/gu, ''));
      expect([sentence, contact ? language !== 'nb' : language === 'en']).toEqual([sentence, true]);
    }
  });

  it('a question is answered in English from the Norwegian sources, the sources marked as Norwegian', async () => {
    const answer = await user.say('What is Batterifagskolen?');
    const text = texts(answer)[0];
    // The facts' English rendering: no Norwegian answer behind an English preface.
    expect(text.startsWith(en.knowledge.answerFromSources(''))).toBe(false);
    expect(text).toMatch(/^Batterifagskolen is /u);
    expect(text).toMatch(/\[1\] Source \(in Norwegian\): \[/u);
    expect(answer[0].suggestedActions?.actions.map((a) => a.title)).toEqual([en.menu.guidance, en.menu.courseFinder, en.feedback.upTitle, en.feedback.downTitle]);
  });

  it('"Norsk" switches to bokmål, and English text switches back', async () => {
    const norsk = await user.say('Norsk');
    expect(texts(norsk)).toEqual([nb.language.switched]);
    expect(suggestions(norsk)).toContain(nb.menu.guidance);
    expect(texts(await user.say('Thank you very much'))).toEqual([en.thanksReply]);
  });
});

test('the course finder in English: topics, levels and formats offered and understood in English', async () => {
  const user = new Conversation(app.url);
  await user.say('Hello there');
  // A button's text is a choice, not writing: it keeps the language the conversation has.
  const topics = await user.say('Find courses and offers');
  expect(texts(topics)).toEqual([en.courseFinder.topicPrompt]);
  expect(suggestions(topics)).toEqual(['Batteries', 'Process industry', 'Chemical process', en.courseFinder.allTopics]);
  expect(texts(await user.say('Batteries'))).toEqual([en.courseFinder.levelPrompt]);
  expect(texts(await user.say(en.courseFinder.allLevels))).toEqual([en.courseFinder.formatPrompt]);
  expect(texts(await user.say(en.courseFinder.allFormats))).toEqual([en.courseFinder.regionPrompt]);
  const offers = await user.say(en.courseFinder.wholeCountry);
  expect(texts(offers)[0]).toMatch(/^I found \d+ offers/u);
  expect(allText(offers)).toContain('batterifagskolen');
  // The offers' descriptions and target groups in English, not bokmål.
  const battery = kb.offers.find((o) => o.id === 'batterifagskolen');
  expect(allText(offers)).toContain(battery?.descriptionEn.toLowerCase());
  expect(allText(offers)).toContain(battery?.targetGroupEn.toLowerCase());
  for (const offer of kb.offers) expect(allText(offers)).not.toContain(offer.description.toLowerCase());
});

test('a client locale en-US only chooses the welcome: a Norwegian message gets Norwegian replies', async () => {
  const teams = new Conversation(app.url, 'msteams');
  const welcome = await teams.post({ type: 'installationUpdate', action: 'add', locale: 'en-US', conversation: { id: teams.id, conversationType: 'personal' } });
  expect(welcome.replies.filter((r) => r.type === 'message').map((r) => r.text)).toEqual([en.welcome('Veiviser')]);
  const replies = await teams.say('Hei, jeg lurer på hva fagbrev på jobb er');
  expect(texts(replies)[0]).not.toContain(en.knowledge.answerFromSources(''));
  expect(suggestions(replies)).toContain(nb.menu.guidance);
});

test('"English" in the bokmål menu switches the conversation, also inside a dialog', async () => {
  const user = new Conversation(app.url);
  expect(texts(await user.say(nb.menu.guidance))).toEqual([nb.guidance.questions.county.ask]);
  const switched = await user.say(nb.language.switchButton);
  expect(texts(switched)).toEqual([en.language.switched, en.guidance.questions.county.ask]);
  expect(texts(await user.say('blue'))).toEqual([en.guidance.questions.county.retry]);
});

test('"I don\'t know" skips a question in English', async () => {
  const user = new Conversation(app.url);
  await user.say('Hello');
  expect(texts(await user.say(en.menu.guidance))).toEqual([en.guidance.questions.county.ask]);
  expect(texts(await user.say("I don't know"))).toEqual([en.guidance.questions.employed.ask]);
});

test('a first message of English keywords with a Norwegian name is answered in English; Norwegian keywords stay bokmål', async () => {
  const english = texts(await new Conversation(app.url).say('Batterifagskolen modules credits total?'));
  expect(english[0]).toMatch(/^Batterifagskolen has six modules/u);
  const norwegian = texts(await new Conversation(app.url).say('Batterifagskolen moduler studiepoeng totalt?'));
  expect(norwegian[0]).toMatch(/^Batterifagskolen har seks moduler/u);
});

test('only a first message is guessed: a word later that the small words do not decide keeps the conversation\'s language', async () => {
  const user = new Conversation(app.url);
  await user.say(nb.menu.courseFinder);
  expect(texts(await user.say('whatever'))).toEqual([nb.courseFinder.levelPrompt]);
});

test('an English off-topic question gets the English scope message', async () => {
  const replies = await new Conversation(app.url).say('What is the recipe for pancakes?');
  expect(texts(replies)).toEqual([en.answer.offTopic]);
});

test('an English question inside a Norwegian assessment: answered in English, the question asked again in English; "ja, 100 %" goes on in bokmål', async () => {
  const user = new Conversation(app.url);
  const opening = await user.say('Jeg har jobba 7 år på lager i Steinkjer uten fagbrev, er 41. Hva kan jeg gjøre?');
  expect(texts(opening)).toEqual([nb.guidance.opening, 'Jeg har forstått: 41 år, 7 års praksis i logistikkfaget, bor i Trøndelag, ikke fagbrev.', nb.guidance.questions.employed.ask]);
  const asked = texts(await user.say('What does fagbrev på jobb cost?'));
  expect(detectLanguage(asked[0])).toBe('en');
  expect(asked.slice(1)).toEqual([en.backToQuestion, en.guidance.questions.employed.ask]);
  const next = texts(await user.say('ja, 100 %'));
  const nbQuestions = Object.values(nb.guidance.questions).map((q) => ('ask' in q ? q.ask : ''));
  expect(nbQuestions).toContain(next.at(-1));
});

test('an English question inside the Norwegian course finder: answered in English, the choice asked again in English with English buttons, which it understands', async () => {
  const user = new Conversation(app.url);
  expect(texts(await user.say(nb.menu.courseFinder))).toEqual([nb.courseFinder.topicPrompt]);
  const asked = await user.say('How long does Batterifagskolen take?');
  expect(detectLanguage(texts(asked)[0])).toBe('en');
  expect(texts(asked).slice(1)).toEqual([en.backToQuestion, en.courseFinder.topicPrompt]);
  expect(suggestions([last(asked)])).toEqual(['Batteries', 'Process industry', 'Chemical process', en.courseFinder.allTopics]);
  expect(texts(await user.say('Batteries'))).toEqual([en.courseFinder.levelPrompt]);
});
