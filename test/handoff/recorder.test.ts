// The hand-off recorder on its own, over botbuilder's TestAdapter and real conversation state: what it
// keeps (redacted, bounded), what it does not (counsellor turns; everything when no event will carry it).
import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { HandoffRecorder } from '../../src/handoff/recorder';
import { keepOutOfTranscript } from '../../src/handoff/private-turn';
import { HandoffStateSchema, type HandoffState } from '../../src/handoff/transcript';
import { HANDOFF_TRANSCRIPT_ENTRY_MAX_CHARS, HANDOFF_TRANSCRIPT_MAX_ENTRIES } from '../../src/limits';

function harness(keepTranscript: boolean) {
  const storage = new MemoryStorage();
  const state = new ConversationState(storage);
  const accessor = state.createProperty<HandoffState>('handoff');
  const recorder = new HandoffRecorder(accessor, { keepTranscript, now: () => new Date('2025-01-02T03:04:05Z') });
  const adapter = new TestAdapter(async (context: TurnContext) => {
    await recorder.before(context);
    const text = context.activity.text ?? '';
    if (text.startsWith('kandidat')) keepOutOfTranscript(context);
    await context.sendActivity(`svar på: ${text}`);
    await recorder.after(context);
    await state.saveChanges(context);
  });
  const stored = async () => {
    const items = await storage.read(['test/conversations/Convo1/']);
    return HandoffStateSchema.parse((items['test/conversations/Convo1/'] as Record<string, unknown>).handoff);
  };
  return { adapter, stored };
}

test('keeps both sides, redacted and clipped, and only the last messages', async () => {
  const { adapter, stored } = harness(true);
  await adapter.send('ring meg på 912 34 567').startTest();
  await adapter.send('x'.repeat(2000)).startTest();
  for (let i = 0; i < HANDOFF_TRANSCRIPT_MAX_ENTRIES; i += 1) await adapter.send(`melding ${i}`).startTest();
  const { transcript } = await stored();
  expect(transcript).toHaveLength(HANDOFF_TRANSCRIPT_MAX_ENTRIES);
  expect(transcript[transcript.length - 1]).toEqual({ from: 'bot', text: `svar på: melding ${HANDOFF_TRANSCRIPT_MAX_ENTRIES - 1}`, at: '2025-01-02T03:04:05.000Z' });
  expect(JSON.stringify(transcript)).not.toContain('912');
});

test('redacts before clipping, and clips long messages', async () => {
  const { adapter, stored } = harness(true);
  await adapter.send(`${'x'.repeat(2000)} 01010012356`).startTest();
  const [user] = (await stored()).transcript;
  expect(user.text.length).toBeLessThanOrEqual(HANDOFF_TRANSCRIPT_ENTRY_MAX_CHARS);
  await adapter.send('fødselsnummer 01010012356').startTest();
  expect((await stored()).transcript[2].text).toBe('fødselsnummer [fødselsnummer]');
});

test('a counsellor turn is not kept', async () => {
  const { adapter, stored } = harness(true);
  await adapter.send('hei').startTest();
  await adapter.send('kandidat: 32 år, bor i Namsos').startTest();
  expect((await stored()).transcript.map((e) => e.text)).toEqual(['hei', 'svar på: hei']);
});

test('with no hand-off event to carry it, no transcript is kept', async () => {
  const { adapter, stored } = harness(false);
  await adapter.send('hei').startTest();
  expect((await stored()).transcript).toEqual([]);
});

test('the last question answered is kept redacted, whether it is the whole message or a part of it', async () => {
  const storage = new MemoryStorage();
  const state = new ConversationState(storage);
  const recorder = new HandoffRecorder(state.createProperty<HandoffState>('handoff'), { keepTranscript: true, keepLastQuestion: true });
  const adapter = new TestAdapter(async (context: TurnContext) => {
    await recorder.before(context);
    const text = context.activity.text ?? '';
    const question = text.startsWith('Jeg heter') ? text.slice(text.indexOf('.') + 2) : text;
    const answer = { type: 'message', text: 'svar', channelData: { veiviser: { answer: 'svar', citations: [] } } };
    recorder.noteAnswer(context, question, answer);
    await context.sendActivity(answer);
    await recorder.after(context);
    await state.saveChanges(context);
  });
  const lastQuestion = async () => {
    const items = await storage.read(['test/conversations/Convo1/']);
    return HandoffStateSchema.parse((items['test/conversations/Convo1/'] as Record<string, unknown>).handoff).lastQuestion;
  };
  await adapter.send('Kan jeg ringe 912 34 567 om fagbrev?').startTest();
  expect(await lastQuestion()).toBe('Kan jeg ringe [telefonnummer] om fagbrev?');
  await adapter.send('Jeg heter Kari. Hva koster det med fnr 01010012356?').startTest();
  expect(await lastQuestion()).toBe('Hva koster det med fnr [fødselsnummer]?');
});

test('with no hand-off (HANDOFF_MODE=off) no question is kept, and one kept before is dropped', async () => {
  const storage = new MemoryStorage();
  const state = new ConversationState(storage);
  const property = state.createProperty<HandoffState>('handoff');
  const turn = (recorder: HandoffRecorder) =>
    new TestAdapter(async (context: TurnContext) => {
      await recorder.before(context);
      const answer = { type: 'message', text: 'svar', channelData: { veiviser: { answer: 'svar', citations: [] } } };
      recorder.noteAnswer(context, context.activity.text ?? '', answer);
      await context.sendActivity(answer);
      await recorder.after(context);
      await state.saveChanges(context);
    });
  const stored = async () => HandoffStateSchema.parse((((await storage.read(['test/conversations/Convo1/']))['test/conversations/Convo1/']) as Record<string, unknown>).handoff);
  await turn(new HandoffRecorder(property, { keepTranscript: false, keepLastQuestion: true })).send('Jeg heter Kari Nordmann. Hva koster fagprøven?').startTest();
  expect((await stored()).lastQuestion).toMatch(/Kari/u);
  await turn(new HandoffRecorder(property, { keepTranscript: false })).send('Jeg heter Kari Nordmann. Hva koster fagprøven?').startTest();
  expect((await stored()).lastQuestion).toBeUndefined();
});
