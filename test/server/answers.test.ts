// The questions of issue 10 through the real bot (POST /api/messages) and POST /api/ask: a question is
// answered in the turn it is asked — also when it tells the person's situation or mentions courses —
// with what it asks for, its sources under it, and guidance and the course finder offered next.
import type { App } from '../../src/app';
import { AskResultSchema } from '../../src/catalogue/schema';
import { nb } from '../../src/text/nb';
import { startApp } from '../support/app';
import { Conversation, suggestions, type ReplyActivity } from '../support/conversation';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

/** The reply that carries the answer (the one with citations, or the only message). */
function answerOf(replies: ReplyActivity[]): ReplyActivity | undefined {
  return replies.find((r) => r.channelData?.veiviser?.citations !== undefined) ?? replies[0];
}

describe('a question is answered first, in the same turn', () => {
  test.each<[string, RegExp]>([
    ['Jeg jobber 60 % i Trondheim. Holder det for å ta fagbrev på jobb?', /^Nei[\s\S]*80 %/u],
    ['Jeg er 58 og vil omskolere meg. Hvem kan jeg snakke med?', /karrieresentre/u],
    ['hvor kan jeg få gratis karriereveiledning?', /karrieresentre/u],
    ['Hvor mange års praksis må man ha for å gå opp som praksiskandidat?', /25 % lengre/u],
    ['Hvor mange har fått jobb gjennom Trøndelagsmodellen?', /408/u],
    ['Hva trenger jeg for å komme inn på fagskole?', /fag- eller svennebrev/u],
    ['Finnes det kurs i batteri?', /batteri/iu],
  ])('%s', async (question, expected) => {
    const replies = await new Conversation(app.url).say(question);
    const answer = answerOf(replies);
    expect(answer?.text).toMatch(expected);
    expect((answer?.channelData?.veiviser?.citations ?? []).length).toBeGreaterThan(0);
    // The sources are rendered under the answer with labels a citizen understands.
    expect(answer?.text).toMatch(/\[1\] Kilde: /u);
    expect(answer?.text).not.toMatch(/linje \d+–\d+/u);
    // No guided dialog started: nothing asks back; guidance and the course finder are offered instead.
    expect(replies.map((r) => r.text ?? '').join('\n')).not.toContain(nb.guidance.questions.county.ask);
    expect(replies.map((r) => r.text ?? '').join('\n')).not.toContain(nb.courseFinder.topicPrompt);
    expect(suggestions(replies)).toEqual(expect.arrayContaining([nb.menu.guidance, nb.menu.courseFinder]));
  });

  test('a message that only tells the person\'s situation still starts the assessment', async () => {
    const replies = await new Conversation(app.url).say('Jeg har jobbet 6 år som operatør og bor i Trøndelag');
    expect(replies.some((r) => r.channelData?.veiviser?.citations)).toBe(false);
  });
});

describe('a follow-up is read about what the conversation\'s last answer was about', () => {
  test('"og når ble den signert?" after an answer on Trøndelagsmodellen, "og hvem leder den?" after one on Batterifagskolen', async () => {
    const trondelag = new Conversation(app.url);
    await trondelag.say('Hva er Trøndelagsmodellen?');
    expect(answerOf(await trondelag.say('og når ble den signert?'))?.text).toMatch(/^Trøndelagsmodellen er en felles strategi som ble signert 2\. desember 2021/u);
    const battery = new Conversation(app.url);
    await battery.say('Hva er Batterifagskolen?');
    expect(answerOf(await battery.say('og hvem leder den?'))?.text).toMatch(/^Batterifagskolen er et bransjeprogram ledet av Fagskolen i Viken/u);
  });

  test('after the assessment, a question naming nothing is about the first path it recommends, for the person', async () => {
    const conversation = new Conversation(app.url);
    const shown = await conversation.say('Jeg har jobbet 6 år som operatør uten fagbrev, er i jobb nå, bor i Sunndalsøra og har fullført grunnskolen');
    expect(shown.map((r) => r.text ?? '').join('\n')).toContain(nb.recommendation.cardText);
    const answer = answerOf(await conversation.say('hvor lang tid tar det?'));
    // (Worked out from what the assessment was told: 6 years against the 5 the rule asks.)
    expect(answer?.text).toMatch(/^Du har nok praksis til å gå opp som praksiskandidat\. .*Du har 6 år regnet i full stilling, og kravet er 5 år/u);
    expect(answerOf(await new Conversation(app.url).say('hvor lang tid tar det?'))?.text).toBe(nb.answer.whichTopic);
  });

  test("after a candidate assessment, a question naming nothing is about the first path it recommends, not about the candidate", async () => {
    const conversation = new Conversation(app.url);
    await conversation.say('vurder kandidat: kvinne 41 år, 11 år som fabrikkarbeider i næringsmiddelindustrien i full stilling, ingen fagbrev, grunnskole fullført, bor i Agder');
    const answer = answerOf(await conversation.say('og hvor lang tid tar det?'));
    expect(answer?.text).toMatch(/^Som praksiskandidat må du ha praksis som er 25 % lengre/u);
  });

  test('"der" in a follow-up is the county the conversation last asked about', async () => {
    const conversation = new Conversation(app.url);
    await conversation.say('Kan man ta fagbrev på jobb i Agder?');
    // (A follow-up naming no place between keeps it.)
    await conversation.say('hvor lang tid tar det?');
    const answer = answerOf(await conversation.say('takk. hvem bør jeg kontakte der?'));
    expect(answer?.text).toContain(nb.answer.referralIn.fylkeskommunen('Agder'));
  });

  test('a conversation knows only its own answers, and an off-topic message stays off-topic', async () => {
    const first = new Conversation(app.url);
    await first.say('Hva er Trøndelagsmodellen?');
    expect(answerOf(await new Conversation(app.url).say('og når ble den signert?'))?.text).not.toMatch(/Trøndelagsmodellen/u);
    expect(answerOf(await first.say('hvordan lager jeg pizzadeig?'))?.text).toBe(nb.answer.offTopic);
  });
});

describe('POST /api/ask', () => {
  const ask = async (question: string) => {
    const response = await fetch(`${app.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
    expect(response.status).toBe(200);
    return AskResultSchema.parse(await response.json());
  };

  test('a question the sources cannot answer says so with gap: true, what is known and who can answer', async () => {
    const result = await ask('Hva koster Batterifagskolen?');
    expect(result.gap).toBe(true);
    expect(result.answer.startsWith(nb.answer.gap.cost)).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  test('an off-topic question gets the scope message and no citations', async () => {
    expect(await ask('Hvordan blir været i morgen?')).toMatchObject({ answer: nb.answer.offTopic, citations: [] });
  });

  test('the citations are ordered as the [n] markers first use them, lines in the JSON', async () => {
    const result = await ask('Hvor stor stilling må jeg ha for fagbrev på jobb i Trøndelag?');
    const used = [...new Set([...result.answer.matchAll(/\[(\d+)\]/gu)].map((m) => Number(m[1])))];
    expect(used).toEqual(result.citations.map((_, i) => i + 1));
    expect(result.answer).toMatch(/80 %/u);
  });
});
