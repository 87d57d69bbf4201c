// How answers are shown in Web Chat: sources as Markdown link definitions (folded by the widget under
// "Kilder (n)"), citations and 👍/👎 in the root schema.org Message entity, suggestions without 👍/👎;
// only on Direct Line and Web Chat, and anything that is not an answer passes unchanged.
import { ActivityTypes, MessageFactory, TestAdapter, type Activity, type Entity } from 'botbuilder';
import type { AskResult } from '../../src/catalogue/schema';
import { answerActivity } from '../../src/replies/answer';
import { createCitationFormatter } from '../../src/replies/citations';
import { withSuggestions } from '../../src/replies/messages';
import { nb } from '../../src/text/nb';
import { forWebChat, webChatAnswers } from '../../src/web/web-chat-answers';
import { loadSources } from '../../src/catalogue/sources';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const FILE = '002_373d7c6cf6bd4a35.txt';
const cite = createCitationFormatter(loadSources(KNOWLEDGE_DIR).map((s) => s.entry));
const QUESTION = 'Kan jeg ta fagbrev på jobb?';
const RESULT: AskResult = {
  question: QUESTION,
  answer: 'Dette står i kildene mine:\n\n• Fagbrev på jobb er for voksne i arbeid. [1][2]\n• Målgruppen er permitterte. [2]',
  citations: [
    { source: FILE, title: 'BattKOMP 3', lines: [773, 791], quote: '"Fagbrev på jobb" er en ordning for voksne som er i et arbeidsforhold.' },
    { source: 'web', title: 'Fagbrev på jobb – "Trøndelag"', url: 'https://www.trondelagfylke.no/fagbrev-pa-jobb', quote: 'Du må ha minst 80 % stilling.' },
  ],
};

const messageEntity = (activity: Partial<Activity>): Record<string, unknown> | undefined =>
  (activity.entities ?? []).find((e) => e.type === 'https://schema.org/Message' && e['@id'] === '') as Record<string, unknown> | undefined;

test('an answer: the text ends in link definitions, the entity carries the citations and 👍/👎, the suggestions lose 👍/👎', () => {
  const original = answerActivity(QUESTION, RESULT, cite);
  const shown = forWebChat(original, cite);
  expect(shown.text).toBe(
    [
      'Dette står i kildene mine:',
      '',
      '- Fagbrev på jobb er for voksne i arbeid. [1] [2]',
      '- Målgruppen er permitterte. [2]',
      '',
      `[1]: </kilder/${FILE}?fra=773&til=791#L773> "BattKOMP 3, Norsk Industri 2022, linje 773–791"`,
      '[2]: <https://www.trondelagfylke.no/fagbrev-pa-jobb> "Fagbrev på jobb – \\"Trøndelag\\" (www.trondelagfylke.no)"',
    ].join('\n'),
  );
  const entity = messageEntity(shown);
  expect(entity).toMatchObject({ '@type': 'Message', '@context': 'https://schema.org' });
  expect(entity?.citation).toEqual([
    {
      '@type': 'Claim',
      position: 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: 'BattKOMP 3, Norsk Industri 2022, linje 773–791',
        abstract: RESULT.citations[0].quote,
        url: `/kilder/${FILE}?fra=773&til=791#L773`,
      },
    },
    expect.objectContaining({ position: 2, appearance: expect.objectContaining({ url: 'https://www.trondelagfylke.no/fagbrev-pa-jobb' }) }),
  ]);
  const votes = entity?.potentialAction as { '@type': string; value: { rating: string; question: string; sources: string[] } }[];
  expect(votes.map((v) => [v['@type'], v.value.rating, v.value.question])).toEqual([
    ['LikeAction', 'up', QUESTION],
    ['DislikeAction', 'down', QUESTION],
  ]);
  expect(votes[0].value.sources).toEqual([`${FILE}#773-791`, 'https://www.trondelagfylke.no/fagbrev-pa-jobb']);
  expect(shown.suggestedActions?.actions.map((a) => a.title)).toEqual([nb.menu.guidance, nb.menu.courseFinder]);
  // The channel-neutral activity is left as it was.
  expect(original.suggestedActions?.actions).toHaveLength(4);
  expect(messageEntity(original)).toBeUndefined();
});

test('a Message entity already on the answer (citations from elsewhere) is kept and gets the votes', () => {
  const existing: Entity = { type: 'https://schema.org/Message', '@type': 'Message', '@id': '', citation: ['kept'], keywords: ['AIGeneratedContent'] };
  const original = { ...answerActivity(QUESTION, RESULT, cite), entities: [existing, { type: 'other' }] };
  const shown = forWebChat(original, cite);
  expect(shown.entities).toHaveLength(2);
  expect(messageEntity(shown)).toMatchObject({ citation: ['kept'], keywords: ['AIGeneratedContent'], potentialAction: expect.any(Array) });
});

test('replies that are not answers with sources pass unchanged', () => {
  const menu = withSuggestions(MessageFactory.text(nb.menuIntro), [nb.menu.guidance]);
  expect(forWebChat(menu, cite)).toBe(menu);
  const noSources = answerActivity(QUESTION, { ...RESULT, citations: [] }, cite);
  expect(forWebChat(noSources, cite)).toBe(noSources);
  const typing = { type: ActivityTypes.Typing };
  expect(forWebChat(typing, cite)).toBe(typing);
});

test.each([
  ['directline', true],
  ['webchat', true],
  ['msteams', false],
  ['emulator', false],
])('the middleware on the %s channel: rendered for Web Chat = %s', async (channelId, rendered) => {
  const adapter = new TestAdapter(async (context) => {
    await context.sendActivity(answerActivity(QUESTION, RESULT, cite));
  }, { channelId });
  adapter.use(webChatAnswers(cite));
  await adapter.send('spørsmål');
  const reply = adapter.activeQueue.shift();
  expect(messageEntity(reply ?? {}) !== undefined).toBe(rendered);
  expect(reply?.text?.includes('[1] Kilde:')).toBe(!rendered);
});
