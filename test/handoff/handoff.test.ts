// Hand-off to a person through the real /api/messages: the request in bokmål and English, the
// hand-off event (summary and redacted transcript, no personal numbers), the county's contacts, the
// button after 👎 and after two answers that found nothing, handoff.status, the Omnichannel escalation,
// HANDOFF_MODE=off, and the transcript's bounds and deletion.
import type { App } from '../../src/app';
import { HANDOFF_TRANSCRIPT_ENTRY_MAX_CHARS, HANDOFF_TRANSCRIPT_MAX_ENTRIES } from '../../src/limits';
import { en } from '../../src/text/en';
import { nb } from '../../src/text/nb';
import { startApp } from '../support/app';
import { Conversation, suggestions, type ReplyActivity } from '../support/conversation';

interface HandoffEvent extends ReplyActivity {
  name?: string;
  value?: { county: string | null; profile: Record<string, unknown>; question: string | null };
  attachments?: { contentType: string; name?: string; content?: { activities: { type: string; text: string; from: { role: string } }[] } }[];
}

const events = (replies: ReplyActivity[]) => replies.filter((r) => r.type === 'event') as HandoffEvent[];
const messages = (replies: ReplyActivity[]) => replies.filter((r) => r.type === 'message');

/** A valid fødselsnummer (both control digits right) and a mobile number. */
const NATIONAL_ID = '01010012356';
const PHONE = '912 34 567';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

/** Starts guidance and gives the county, so the profile holds it; then asks a question with personal numbers in it. */
async function conversationInTrondelag(): Promise<Conversation> {
  const conversation = new Conversation(app.url);
  await conversation.say(nb.menu.guidance);
  await conversation.say('Trøndelag');
  await conversation.say(`Mitt fødselsnummer er ${NATIONAL_ID} og telefon ${PHONE}. Kan jeg ta fagbrev på jobb?`);
  return conversation;
}

describe('"jeg vil snakke med en veileder"', () => {
  let replies: ReplyActivity[];
  beforeAll(async () => {
    const conversation = await conversationInTrondelag();
    replies = (await conversation.post({ type: 'message', text: 'jeg vil snakke med en veileder' })).replies;
  });

  it('sends one handoff.initiate event with the summary { county, profile, question }', () => {
    const [event, ...more] = events(replies);
    expect(more).toHaveLength(0);
    expect(event.name).toBe('handoff.initiate');
    expect(event.value?.county).toBe('Trøndelag');
    expect(event.value?.profile).toEqual({ county: 'Trøndelag' });
    expect(event.value?.question).toBe('Mitt fødselsnummer er [fødselsnummer] og telefon [telefonnummer]. Kan jeg ta fagbrev på jobb?');
  });

  it('attaches the transcript: the last messages in order, user and bot, redacted', () => {
    const [event] = events(replies);
    const transcript = event.attachments?.find((a) => a.name === 'Transcript');
    expect(transcript?.contentType).toBe('application/json');
    const activities = transcript?.content?.activities ?? [];
    const said = activities.filter((a) => a.from.role === 'user').map((a) => a.text);
    expect(said).toEqual([
      nb.menu.guidance,
      'Trøndelag',
      'Mitt fødselsnummer er [fødselsnummer] og telefon [telefonnummer]. Kan jeg ta fagbrev på jobb?',
      'jeg vil snakke med en veileder',
    ]);
    expect(activities.some((a) => a.from.role === 'bot' && a.text === nb.guidance.questions.county.ask)).toBe(true);
    expect(activities.every((a) => a.type === 'message')).toBe(true);
  });

  it('has no personal numbers anywhere', () => {
    const sent = JSON.stringify(replies);
    expect(sent).not.toContain(NATIONAL_ID);
    expect(sent).not.toContain(PHONE);
    expect(sent).not.toContain(PHONE.replace(/ /gu, ''));
  });

  it('tells the person, with the contacts for their county and no other county', () => {
    const text = messages(replies).map((r) => r.text).join('\n');
    expect(text).toContain(nb.handoff.connecting);
    expect(text).toContain('Karrieresenteret i Trøndelag');
    expect(text).toContain('NAV Trøndelag');
    expect(text).toContain('Trøndelag fylkeskommune');
    expect(text).not.toMatch(/Karriere (?:Nordland|Salten|Agder|Innlandet)/u);
  });
});

test('a county without its own offices gets the national contacts, never another county’s', async () => {
  const conversation = new Conversation(app.url);
  await conversation.say(nb.menu.guidance);
  await conversation.say('Vestland');
  const replies = await conversation.say('kan jeg snakke med et menneske?');
  const text = replies.map((r) => r.text).join('\n');
  expect(text).toContain(nb.handoff.contactsIntro('Vestland'));
  expect(text).toContain('Det fylkeskommunale karrieresenteret');
  expect(text).toContain('Fylkeskommunen der du bor');
  expect(text).not.toMatch(/Trøndelag|Nordland|Agder|Innlandet/u);
});

test('in English: "I want to talk to a human" gets the English reply and the event', async () => {
  const conversation = new Conversation(app.url);
  const { replies } = await conversation.post({ type: 'message', text: 'I want to talk to a human' });
  expect(messages(replies)[0].text).toContain(en.handoff.connecting);
  expect(messages(replies)[0].text).toContain(en.handoff.contactsIntro(undefined));
  expect(events(replies).map((e) => e.name)).toEqual(['handoff.initiate']);
  expect(events(replies)[0].value).toEqual({ county: null, profile: {}, question: null });
});

test('the hand-off button comes with the comment card after 👎, and pressing it hands off', async () => {
  const conversation = new Conversation(app.url);
  const answer = await conversation.say('Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?');
  const down = answer.flatMap((r) => r.suggestedActions?.actions ?? []).find((a) => a.title === nb.feedback.downTitle);
  expect(down).toBeDefined();
  const { replies } = await conversation.post({ type: 'message', text: '👎', value: down?.value });
  expect(suggestions(messages(replies))).toEqual([nb.handoff.button]);
  const handedOff = await conversation.post({ type: 'message', text: nb.handoff.button });
  expect(events(handedOff.replies).map((e) => e.name)).toEqual(['handoff.initiate']);
  expect(events(handedOff.replies)[0].value?.question).toBe('Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?');
});

test('the second answer in a row that found nothing offers the hand-off; an answer that found something resets the count', async () => {
  const conversation = new Conversation(app.url);
  const offered = async (text: string) => suggestions(await conversation.say(text)).includes(nb.handoff.button);
  expect(await offered('Hva er oppskriften på pannekaker?')).toBe(false);
  expect(await offered('Hvem vant fotball-VM i 2018?')).toBe(true);
  expect(await offered('Hva er Batterifagskolen?')).toBe(false);
  expect(await offered('Hva er oppskriften på pannekaker?')).toBe(false);
});

test('in a Teams chat too (whose send hook takes our channelData off the answers)', async () => {
  const teams = new Conversation(app.url, 'msteams');
  const say = async (text: string) =>
    (await teams.post({ type: 'message', text, conversation: { id: teams.id, conversationType: 'personal' } })).replies.filter((r) => r.type === 'message');
  expect(suggestions(await say('Hva er oppskriften på pannekaker?'))).not.toContain(nb.handoff.button);
  expect(suggestions(await say('Hvem vant fotball-VM i 2018?'))).toContain(nb.handoff.button);
});

test.each([
  ['accepted', nb.handoff.status.accepted],
  ['failed', nb.handoff.status.failed],
  ['completed', nb.handoff.status.completed],
])('a handoff.status event "%s" is told to the person', async (state, said) => {
  const { status, replies } = await new Conversation(app.url).post({ type: 'event', name: 'handoff.status', value: { state } });
  expect(status).toBe(200);
  expect(messages(replies).map((r) => r.text)).toEqual([said]);
});

test('a handoff.status with a state it does not know is not answered', async () => {
  const { replies } = await new Conversation(app.url).post({ type: 'event', name: 'handoff.status', value: { state: 'exploded' } });
  expect(messages(replies)).toHaveLength(0);
});

test(`the transcript keeps only the last ${HANDOFF_TRANSCRIPT_MAX_ENTRIES} messages`, async () => {
  const conversation = new Conversation(app.url);
  for (let i = 1; i <= 15; i += 1) await conversation.say(`Hva er Batterifagskolen? (${i})`);
  const { replies } = await conversation.post({ type: 'message', text: 'jeg vil snakke med et menneske' });
  const activities = events(replies)[0].attachments?.[0].content?.activities ?? [];
  expect(activities).toHaveLength(HANDOFF_TRANSCRIPT_MAX_ENTRIES);
  // The newest last: the request, then what the bot told the person about the hand-off.
  expect(activities.slice(-2).map((a) => [a.from.role, a.text.slice(0, 30)])).toEqual([
    ['user', 'jeg vil snakke med et menneske'],
    ['bot', nb.handoff.connecting.slice(0, 30)],
  ]);
  expect(activities.some((a) => a.text.includes('(1)'))).toBe(false);
  expect(activities.every((a) => a.text.length <= HANDOFF_TRANSCRIPT_ENTRY_MAX_CHARS)).toBe(true);
});

test('«slett mine data» deletes the transcript', async () => {
  const conversation = await conversationInTrondelag();
  await conversation.say('slett mine data');
  await conversation.say(nb.deleteData.yes);
  const { replies } = await conversation.post({ type: 'message', text: 'jeg vil snakke med en veileder' });
  const [event] = events(replies);
  const kept = event.attachments?.[0].content?.activities ?? [];
  expect(kept.filter((a) => a.from.role === 'user').map((a) => a.text)).toEqual(['jeg vil snakke med en veileder']);
  expect(JSON.stringify(kept)).not.toMatch(/fødselsnummer|Trøndelag/u);
  expect(event.value).toEqual({ county: null, profile: {}, question: null });
});

describe('HANDOFF_MODE', () => {
  it('omnichannel: an escalation message with Omnichannel context variables, and bridged messages', async () => {
    const omnichannel = await startApp({ HANDOFF_MODE: 'omnichannel' });
    try {
      const conversation = new Conversation(omnichannel.url);
      await conversation.say(nb.menu.guidance);
      await conversation.say('Trøndelag');
      const { replies } = await conversation.post({ type: 'message', text: 'jeg vil snakke med en veileder' });
      expect(events(replies)).toHaveLength(0);
      const sent = messages(replies) as (ReplyActivity & { channelData?: Record<string, unknown> })[];
      const escalation = sent.find((r) => typeof r.channelData?.tags === 'string');
      const command = JSON.parse(String(escalation?.channelData?.tags)) as { type: string; context: Record<string, string> };
      expect(command.type).toBe('Escalate');
      expect(command.context).toMatchObject({ BotHandoffTopic: 'karriereveiledning', VeiviserFylke: 'Trøndelag', VeiviserSprak: 'nb' });
      expect(JSON.parse(command.context.VeiviserProfil)).toEqual({ county: 'Trøndelag' });
      expect(escalation?.text).toContain('Fylke: Trøndelag');
      // Every message meant for the person is bridged; the escalation (for the agent) is not.
      for (const reply of sent.filter((r) => r !== escalation)) expect(reply.channelData?.deliveryMode).toBe('bridged');
      expect(escalation?.channelData?.deliveryMode).toBeUndefined();
    } finally {
      await omnichannel.close();
    }
  });

  it('off: only the contacts, nothing for a contact centre', async () => {
    const off = await startApp({ HANDOFF_MODE: 'off' });
    try {
      const { replies } = await new Conversation(off.url).post({ type: 'message', text: 'jeg vil snakke med en veileder' });
      expect(events(replies)).toHaveLength(0);
      expect(messages(replies).map((r) => r.text)).toEqual([expect.stringContaining(nb.handoff.notConnected)]);
    } finally {
      await off.close();
    }
  });
});
