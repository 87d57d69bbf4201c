// Whole conversations through the real /api/messages endpoint.
import type { App } from '../../src/app';
import { nb } from '../../src/text/nb';
import { startApp } from '../support/app';
import { Conversation, adaptiveCards, allText, suggestions, type ReplyActivity } from '../support/conversation';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

interface PathBlock {
  title: string;
  verdict: string;
  lines: string[];
}

/** Reads the recommendation card back into {title, verdict, lines} per path, folded ones included. */
function pathsOf(card: unknown): PathBlock[] {
  interface Block {
    type: string;
    items?: { text?: string }[];
  }
  const c = card as { body: Block[]; actions?: { card?: { body: Block[] } }[] };
  const blocks = [...c.body, ...(c.actions ?? []).flatMap((a) => a.card?.body ?? [])];
  return blocks
    .filter((block) => block.type === 'Container' && block.items)
    .map((block) => {
      const texts = (block.items ?? []).map((i) => i.text ?? '');
      return { title: texts[0], verdict: texts[1], lines: texts.slice(2) };
    });
}

function pathNamed(card: unknown, pattern: RegExp): PathBlock {
  const found = pathsOf(card).find((p) => pattern.test(p.title));
  if (!found) throw new Error(`no path matching ${pattern} in ${JSON.stringify(pathsOf(card).map((p) => p.title))}`);
  return found;
}

/** Answers whatever the bot asks from a table of facts, until the recommendation card arrives. */
async function answerUntilCard(conversation: Conversation, first: ReplyActivity[], answers: [RegExp, string][]): Promise<{ card: unknown; transcript: string[] }> {
  let replies = first;
  const transcript: string[] = [];
  for (let turn = 0; turn < 15; turn++) {
    const card = adaptiveCards(replies)[0];
    if (card) return { card, transcript };
    const question = allText(replies.slice(-1)); // the bot's question is its last message
    transcript.push(question);
    const answer = answers.find(([pattern]) => pattern.test(question));
    if (!answer) throw new Error(`no scripted answer for: ${question}`);
    replies = await conversation.say(answer[1]);
  }
  throw new Error(`no recommendation after 15 turns:\n${transcript.join('\n---\n')}`);
}

const WORKER_FACTS: [RegExp, string][] = [
  [/grunnskole/, 'ja'],
  [/fag- eller svennebrev/, 'nei'],
  [/arbeidssøker/, 'nei'],
  [/gammel/, '35'],
  [/hvilket fag/, 'kjemiprosessfaget'],
  [/interessert/, 'vet ikke'],
  [/videregående/, 'nei'],
  [/i jobb/, 'ja'],
  [/stilling/, '100 %'],
  [/praksis/, '3 år'],
  [/fylke/, 'Trøndelag'],
];

describe('guided assessment', () => {
  it('tells a worker with 3 years in Trøndelag that Fagbrev på jobb fits, and praksiskandidat not yet', async () => {
    const conversation = new Conversation(app.url);
    const first = await conversation.say('Jeg har jobbet 3 år som operatør uten fagbrev, 100 % stilling, bor i Trøndelag');
    expect(allText(first)).toContain('trøndelag'); // it confirms what it understood
    const { card, transcript } = await answerUntilCard(conversation, first, WORKER_FACTS);
    // It never asks what the first message already said.
    expect(transcript.join('\n')).not.toMatch(/hvilket fylke|hvor stor stilling|hvor mange år med praksis/);

    const fagbrev = pathNamed(card, /fagbrev på jobb/i);
    expect(fagbrev.verdict).toBe('Anbefalt for deg');
    expect(fagbrev.lines.join(' ')).toMatch(/Kilde: \[/);

    const praksis = pathNamed(card, /praksiskandidat/i);
    expect(praksis.verdict).toBe('Passer ikke nå');
    expect(praksis.lines.join(' ')).toMatch(/5 år|60 måneder/);
    expect(praksis.lines.join(' ')).toMatch(/2 år/);

    for (const path of pathsOf(card)) {
      for (const line of path.lines.filter((l) => !/^\*\*(Neste steg|Dette kan endre det)/.test(l))) expect(line).toMatch(/Kilde: /);
    }
  });

  it('answers a question about oneself after the assessment with what was told in it', async () => {
    const conversation = new Conversation(app.url);
    const first = await conversation.say('Jeg har jobbet 3 år som operatør uten fagbrev, 100 % stilling, bor i Trøndelag');
    await answerUntilCard(conversation, first, WORKER_FACTS);
    // The question says nothing of the practice: the assessment did.
    const howLong = allText(await conversation.say('Hvor lenge er det til jeg kan gå opp som praksiskandidat?'));
    expect(howLong).toMatch(/du mangler om lag 2 år i full stilling/i);
    // (The assessment is not offered again: it has just been done.)
    expect(howLong).not.toMatch(/velg «finn min vei til fagbrev»/i);
    // Asked for someone else, it is not the person's own situation.
    const other = allText(await conversation.say('Kona mi er helsefagarbeider. Kan hun ta fagbrev på jobb?'));
    expect(other).toMatch(/det jeg ikke vet ennå, er hvilket fylke/i);
    expect(other).not.toMatch(/3 år|operatør/i);
  });

  it('tells an unemployed NAV job seeker in Trøndelag about Trøndelagsmodellen', async () => {
    const conversation = new Conversation(app.url);
    const first = await conversation.say('Jeg er arbeidsledig og registrert som arbeidssøker hos NAV, og bor i Trøndelag');
    const { card } = await answerUntilCard(conversation, first, [[/i jobb/, 'nei'], [/arbeidssøker/, 'ja'], ...WORKER_FACTS]);
    expect(pathNamed(card, /trøndelagsmodellen/i).verdict).toBe('Anbefalt for deg');
  });

  it('offers Batterifagskolen modules to a skilled worker interested in batteries', async () => {
    const conversation = new Conversation(app.url);
    const first = await conversation.say('Jeg har fagbrev, jobber 100 % og er interessert i batteri');
    const { card } = await answerUntilCard(conversation, first, [[/fag- eller svennebrev/, 'ja'], [/interessert/, 'batteri'], ...WORKER_FACTS]);
    expect(pathNamed(card, /fagskole/i).verdict).toBe('Anbefalt for deg');
    const offers = await conversation.say('Vis tilbudene');
    expect(allText(offers)).toContain('batterifagskolen');
  });

  // Issue 15: "…Hamar, 70 % stilling, og har jobbet der i 6 år" was told praksiskandidat fits.
  const HAMAR = 'Jeg bor på Hamar, har 70 % stilling, og har jobbet der i 6 år. Jeg har ikke fagbrev.';
  const OTHER_COUNTIES_OFFICES = /trøndelag fylkeskommune|nav trøndelag|karrieresenteret i trøndelag|karriere nordland|karriere salten|karriere agder/;

  it('asks whether 6 years were at 70 % all along, and then does not call praksiskandidat a fit', async () => {
    const conversation = new Conversation(app.url);
    const first = await conversation.say(HAMAR);
    expect(allText(first.slice(-1))).toMatch(/har du hatt 70 % hele tiden/);
    expect(suggestions(first)).toContain('70 %');
    const { card } = await answerUntilCard(conversation, await conversation.say('70 %'), WORKER_FACTS);

    const praksis = pathNamed(card, /praksiskandidat/i);
    expect(praksis.verdict).toBe('Passer ikke nå');
    expect(praksis.lines.join(' ')).toMatch(/6 år i 70 % stilling regnes som om lag 4,2 år i full stilling/);
    expect(praksis.lines.join(' ')).toMatch(/\*\*Dette kan endre det:\*\* Om lag 10 måneder til i full stilling \(om lag 1 år og 2 måneder i 70 % stilling\)/);
    expect(pathNamed(card, /fagbrev på jobb/i).verdict).toBe('Anbefalt for deg');

    const text = allText(await conversation.say('Vis vurderingen som tekst'));
    const nextSteps = text.split('\n').filter((line) => line.startsWith('- neste steg:'));
    expect(nextSteps.join('\n')).toMatch(/\(innlandet\)|karriere innlandet/);
    expect(nextSteps.join('\n')).not.toMatch(OTHER_COUNTIES_OFFICES);
    expect(text).not.toMatch(/praksiskandidat: (anbefalt|passer for deg)/);
  });

  it('keeps praksiskandidat open, not a fit, when the stilling during the practice is not known', async () => {
    const conversation = new Conversation(app.url);
    await conversation.say(HAMAR);
    const { card } = await answerUntilCard(conversation, await conversation.say('vet ikke'), WORKER_FACTS);
    expect(pathNamed(card, /praksiskandidat/i).verdict).toBe('Kan passe – trenger mer informasjon');
    const nextSteps = pathsOf(card).flatMap((p) => p.lines.filter((l) => l.startsWith('**Neste steg')));
    expect(nextSteps.length).toBeGreaterThan(0);
    expect(nextSteps.join('\n').toLowerCase()).not.toMatch(OTHER_COUNTIES_OFFICES);
  });

  it('re-asks on nonsense, answers a question asked mid-dialog, and keeps the profile', async () => {
    const conversation = new Conversation(app.url);
    const first = await conversation.say('Jeg bor i Trøndelag og jobber 80 % som operatør');
    expect(allText(first)).toContain('trøndelag');
    let replies = first;
    // Drive to the practice question, answering others from the table.
    for (let i = 0; i < 10 && !/praksis/.test(allText(replies)); i++) {
      const answer = WORKER_FACTS.find(([p]) => p.test(allText(replies.slice(-1))));
      replies = await conversation.say(answer ? answer[1] : 'ja');
    }
    expect(allText(replies)).toMatch(/praksis/);

    const nonsense = await conversation.say('blå banan');
    expect(allText(nonsense)).toMatch(/antall år/);

    const question = await conversation.say('Hva er Batterifagskolen?');
    expect(question.some((r) => (r.channelData?.veiviser?.citations ?? []).length > 0)).toBe(true);
    expect(allText(question)).toContain('tilbake til spørsmålet mitt');

    const help = await conversation.say('hjelp');
    expect(allText(help)).toContain('slik bruker du meg');
    expect(allText(help)).toMatch(/praksis/); // re-prompted

    const { card } = await answerUntilCard(conversation, await conversation.say('3 år'), WORKER_FACTS);
    const summary = (card as { body: { text?: string }[] }).body[1].text ?? '';
    expect(summary).toMatch(/Trøndelag/);
    expect(summary).toMatch(/80 %/);
  });

  it('takes every field an answer gives: "ja, 100 %" to "Er du i jobb nå?" is never followed by the stilling question', async () => {
    const conversation = new Conversation(app.url);
    const first = await conversation.say('Jeg bor i Trøndelag og har jobbet 3 år som operatør uten fagbrev');
    let replies = first;
    for (let i = 0; i < 8 && !/er du i jobb/.test(allText(replies.slice(-1))); i++) {
      const answer = WORKER_FACTS.find(([p]) => p.test(allText(replies.slice(-1))));
      replies = await conversation.say(answer ? answer[1] : 'ja');
    }
    expect(allText(replies.slice(-1))).toMatch(/er du i jobb/);
    const { card, transcript } = await answerUntilCard(conversation, await conversation.say('ja, 100 %'), WORKER_FACTS);
    expect(transcript.join('\n')).not.toMatch(/hvor stor stilling/);
    expect((card as { body: { text?: string }[] }).body[1].text).toMatch(/100 % stilling/);
  });

  it('changes a field when the person corrects it, says so, and uses the new value', async () => {
    const conversation = new Conversation(app.url);
    const first = await conversation.say('Jeg bor i Bodø og jobber 100 % som operatør, har 3 års praksis');
    expect(allText(first)).toContain('nordland');
    const corrected = await conversation.say('forresten skrev jeg feil, jeg bor i Trondheim nå, ikke Bodø');
    expect(allText(corrected)).toContain('jeg har endret fylke fra nordland til trøndelag.');
    const { card } = await answerUntilCard(conversation, corrected, WORKER_FACTS);
    expect((card as { body: { text?: string }[] }).body[1].text).toMatch(/Trøndelag/);
  });

  it('answers "Hvorfor spør du om det?" with the rules that need the field and their sources, then asks again', async () => {
    const conversation = new Conversation(app.url);
    const first = await conversation.say('Finn min vei til fagbrev');
    expect(allText(first)).toMatch(/hvilket fylke/);
    const why = await conversation.say('Hvorfor spør du om det?');
    const text = allText(why);
    expect(text).toContain('jeg spør fordi reglene trenger dette');
    expect(text).toMatch(/kilde: /);
    expect(allText(why.slice(-1))).toMatch(/hvilket fylke/);
  });

  it('takes a hedged value and confirms it before going on', async () => {
    const conversation = new Conversation(app.url);
    await conversation.say('Jeg bor i Trøndelag og har jobbet 3 år som operatør uten fagbrev');
    let replies = await conversation.say('ja');
    for (let i = 0; i < 8 && !/hvor stor stilling/.test(allText(replies.slice(-1))); i++) {
      const answer = WORKER_FACTS.find(([p]) => p.test(allText(replies.slice(-1))));
      replies = await conversation.say(answer ? answer[1] : 'ja');
    }
    const hedged = await conversation.say('vet ikke helt, rundt 90 % tror jeg');
    expect(allText(hedged.slice(-1))).toMatch(/du skrev 90 % stilling\. skal jeg regne med det\?/);
    const next = await conversation.say('ja');
    expect(allText(next.slice(-1))).not.toMatch(/hvor stor stilling|skal jeg regne med/);
  });

  it('a hedged number of years said "nei" to is asked again, not taken as no practice at all', async () => {
    const conversation = new Conversation(app.url);
    await conversation.say(nb.menu.guidance);
    await conversation.say('Nordland');
    await conversation.say('ja, fast 100 %');
    expect(allText((await conversation.say('sånn ca 7 år')).slice(-1))).toMatch(/du skrev 7 års praksis\. skal jeg regne med det\?/);
    const no = allText(await conversation.say('nei'));
    expect(no).toMatch(/greit, da spør jeg på nytt\.[\s\S]*hvor mange år med praksis/);
    expect(no).not.toMatch(/fra 7 til 0/);
  });

  it.each([
    ['an English opening (answered in English)', 'I live in Bodø and work 80 % as a cleaner, no trade certificate', 'i have understood: .*80 % position.*nordland'],
    ['a dialect opening', 'e jobbe på sagbruket på orkanger … ka ska æ gjør', 'jeg har forstått: .*trøndelag'],
  ])('starts the assessment from %s that describes the person', async (_name, opening, understood) => {
    const conversation = new Conversation(app.url);
    const replies = await conversation.say(opening);
    expect(allText(replies)).toMatch(new RegExp(understood));
    expect(replies.length).toBeGreaterThanOrEqual(2); // what it understood, then the next question
  });

  it('lets the user cancel and start over anywhere', async () => {
    const conversation = new Conversation(app.url);
    await conversation.say('Finn min vei til fagbrev');
    const cancelled = await conversation.say('avbryt');
    expect(allText(cancelled)).toContain('avbrøt');
    expect(suggestions(cancelled)).toContain('Finn min vei til fagbrev');

    await conversation.say('Jeg bor i Nordland og jobber 100 %');
    const restarted = await conversation.say('start på nytt');
    expect(allText(restarted)).toContain('starter på nytt');
    const again = await conversation.say('Finn min vei til fagbrev');
    expect(allText(again)).toMatch(/fylke/); // the county was forgotten
  });

  it('shows the assessment as text a counsellor can paste into notes', async () => {
    const conversation = new Conversation(app.url);
    const first = await conversation.say('Jeg har jobbet 3 år som operatør uten fagbrev, 100 % stilling, bor i Trøndelag');
    await answerUntilCard(conversation, first, WORKER_FACTS);
    const text = allText(await conversation.say('Vis vurderingen som tekst'));
    expect(text).toContain('vurdering av mulige veier');
    expect(text).toMatch(/fagbrev på jobb: anbefalt for deg\n/);
    expect(text).toMatch(/kilde: /);
  });
});

describe('course finder', () => {
  it('filters offers by interest, level, format and region', async () => {
    const conversation = new Conversation(app.url);
    expect(suggestions(await conversation.say('Finn kurs og tilbud'))).toContain('Batteri');
    expect(suggestions(await conversation.say('Batteri'))).toContain('Fagskole');
    await conversation.say('Fagskole');
    const region = await conversation.say('alle'); // «Alle former», typed loosely
    expect(allText(region)).toContain('fylke');
    const nonsense = await conversation.say('Atlantis');
    expect(allText(nonsense)).toContain('kjente ikke igjen');
    const results = await conversation.say('hele landet');
    const text = allText(results);
    expect(text).toContain('batterifagskolen');
    expect(text).toContain('kilde:');
  });

  it('a second question in a row at a choice is answered and the course finder set aside; the next message is read as a new one', async () => {
    const conversation = new Conversation(app.url);
    expect(allText(await conversation.say('Finn kurs og tilbud'))).toContain(nb.courseFinder.topicPrompt.toLowerCase());
    const first = await conversation.say('Hva er Batterifagskolen?');
    expect(first.map((r) => r.text)).toEqual([expect.stringMatching(/Batterifagskolen/u), nb.backToQuestion, nb.courseFinder.topicPrompt]);
    const second = await conversation.say('Hvor lenge varer en kontrakt om fagbrev på jobb?');
    expect(second.map((r) => r.text)).toEqual([expect.stringMatching(/minst ett år/u), nb.setAside]);
    expect(suggestions(second.slice(-1))).toEqual([nb.menu.guidance, nb.menu.courseFinder]);
    // No choice is waiting: "Batteri" is no pick of a topic now, and no "Tilbake til spørsmålet mitt".
    const after = await conversation.say('Hvem kan jeg snakke med om å bli praksiskandidat?');
    expect(after.map((r) => r.text)).not.toContain(nb.backToQuestion);
    expect(allText(after)).not.toContain(nb.courseFinder.topicPrompt.toLowerCase());
  });
});

describe('slett mine data', () => {
  it('confirms and forgets the profile', async () => {
    const conversation = new Conversation(app.url);
    await conversation.say('Jeg bor i Nordland og jobber 100 % som operatør');
    const confirm = await conversation.say('slett mine data');
    expect(suggestions(confirm)).toContain('Ja, slett alt');
    const done = await conversation.say('Ja, slett alt');
    expect(allText(done)).toContain('slettet');
    const again = await conversation.say('Finn min vei til fagbrev');
    expect(allText(again)).toMatch(/fylke/);
  });
});
