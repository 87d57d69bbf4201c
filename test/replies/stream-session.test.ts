// StreamSession on a fake clock with a transport that records what it sends and when: sequence
// numbers, stream ids, cumulative text, the interval between sends, the final message, a reader's Stop
// and a stream that fails.
import type { Activity } from 'botbuilder';
import { TEAMS_STREAM } from '../../src/channels/teams/streaming';
import { WEB_CHAT_STREAM } from '../../src/replies/stream/format';
import { StreamSession, type StreamTransport } from '../../src/replies/stream/session';
import { FakeClock } from '../support/fake-clock';

interface Sent {
  at: number;
  activity: Partial<Activity>;
}

type StreamInfo = { type: string; streamType?: string; streamSequence?: number; streamId?: string };

function recordingTransport(clock: FakeClock, fail?: (n: number) => unknown): StreamTransport & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    async send(activity) {
      await new Promise((r) => setImmediate(r));
      const error = fail?.(sent.length + 1);
      if (error) throw error;
      sent.push({ at: clock.now(), activity });
      return `activity-${sent.length}`;
    },
  };
}

const info = (a: Partial<Activity>) => (a.entities ?? []).find((e) => e.type === 'streaminfo') as StreamInfo | undefined;
const tick = () => new Promise((r) => setImmediate(r));
const answer = (text: string): Partial<Activity> => ({ type: 'message', text, entities: [{ type: 'https://schema.org/Message' }] });

describe('StreamSession in Teams format', () => {
  it('sends informative then cumulative chunks, 1, 2, 3 …, the first id as streamId, never faster than once a second', async () => {
    const clock = new FakeClock();
    const transport = recordingTransport(clock);
    const session = new StreamSession(transport, TEAMS_STREAM, clock);

    session.inform('Leter i kildene …');
    const words = ['Fagbrev', 'Fagbrev på', 'Fagbrev på jobb', 'Fagbrev på jobb krever', 'Fagbrev på jobb krever arbeid [1].'];
    for (const w of words) {
      session.update(w);
      await tick();
    }
    const final = await session.finish(answer('Fagbrev på jobb krever arbeid [1].'));
    const finalAt = clock.now();

    const chunks = transport.sent.map((s) => s.activity);
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    expect(chunks.every((c) => c.type === 'typing')).toBe(true);
    expect(info(chunks[0])).toEqual({ type: 'streaminfo', streamType: 'informative', streamSequence: 1 });
    expect(chunks[0].text).toBe('Leter i kildene …');
    chunks.slice(1).forEach((c, i) => {
      expect(info(c)).toEqual({ type: 'streaminfo', streamType: 'streaming', streamSequence: i + 2, streamId: 'activity-1' });
      if (i > 0) expect(c.text?.startsWith(chunks[i].text ?? '')).toBe(true);
    });
    expect(words).toContain(chunks.at(-1)?.text);
    // Updates that came while it waited were merged, not queued one by one.
    expect(chunks.length).toBeLessThan(words.length + 1);
    transport.sent.slice(1).forEach((s, i) => expect(s.at - transport.sent[i].at).toBeGreaterThanOrEqual(1000));

    expect(final?.type).toBe('message');
    expect(final?.text).toBe('Fagbrev på jobb krever arbeid [1].');
    expect(final?.entities?.[0]).toEqual({ type: 'streaminfo', streamId: 'activity-1', streamType: 'final' });
    expect(final?.entities?.[1]).toEqual({ type: 'https://schema.org/Message' });
    expect(finalAt - (transport.sent.at(-1)?.at ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('ignores text that does not continue what it already took', async () => {
    const clock = new FakeClock();
    const transport = recordingTransport(clock);
    const session = new StreamSession(transport, TEAMS_STREAM, clock);
    session.update('Fagbrev på jobb');
    await tick();
    session.update('Noe helt annet');
    session.update('Fagbrev');
    await session.finish(answer('x'));
    expect(transport.sent.map((s) => s.activity.text)).toEqual(['Fagbrev på jobb']);
  });

  it('sends the answer as it is, without waiting, when nothing was streamed', async () => {
    const clock = new FakeClock();
    const transport = recordingTransport(clock);
    const session = new StreamSession(transport, TEAMS_STREAM, clock);
    const before = clock.now();
    const plain = answer('Svar');
    expect(await session.finish(plain)).toBe(plain);
    expect(transport.sent).toEqual([]);
    expect(clock.now()).toBe(before);
  });

  it("stops quietly on the reader's Stop (403 ContentStreamNotAllowed): aborts the signal, sends nothing more, no final", async () => {
    const clock = new FakeClock();
    const stop = Object.assign(new Error('Content stream was cancelled by user.'), { statusCode: 403, code: 'ContentStreamNotAllowed' });
    const transport = recordingTransport(clock, (n) => (n === 3 ? stop : undefined));
    const session = new StreamSession(transport, TEAMS_STREAM, clock);
    session.inform('Leter …');
    for (const text of ['A', 'A b', 'A b c', 'A b c d']) {
      session.update(text);
      await tick();
      await tick();
    }
    expect(await session.finish(answer('A b c d e'))).toBeUndefined();
    expect(session.signal.aborted).toBe(true);
    expect(transport.sent).toHaveLength(2);
  });

  it.each([
    ['the two-minute limit', { statusCode: 403, code: 'ContentStreamNotAllowed', message: 'Content stream finished due to exceeded streaming time.' }],
    ['a server error', { statusCode: 500, code: 'InternalServerError', message: 'boom' }],
    ['a network error', new Error('socket hang up')],
  ])('sends the answer as an ordinary message after %s', async (_why, error) => {
    const clock = new FakeClock();
    const transport = recordingTransport(clock, (n) => (n === 2 ? error : undefined));
    const session = new StreamSession(transport, TEAMS_STREAM, clock);
    session.update('A');
    await tick();
    session.update('A b');
    await tick();
    await tick();
    const plain = answer('A b c');
    expect(await session.finish(plain)).toBe(plain);
    expect(session.signal.aborted).toBe(false);
  });

  it('gives up streaming when the first chunk gets no id', async () => {
    const clock = new FakeClock();
    const session = new StreamSession({ send: async () => undefined }, TEAMS_STREAM, clock);
    session.update('A');
    await tick();
    const plain = answer('A b');
    expect(await session.finish(plain)).toBe(plain);
  });
});

describe('StreamSession in Web Chat format', () => {
  it('puts the stream fields in channelData and ends with a final message keyed to the first chunk', async () => {
    const clock = new FakeClock();
    const transport = recordingTransport(clock);
    const session = new StreamSession(transport, WEB_CHAT_STREAM, clock);
    session.inform('Leter …');
    await tick();
    session.update('Svar');
    await until(() => transport.sent.length === 2);
    const final = await session.finish({ type: 'message', text: 'Svar [1]', channelData: { veiviser: { citations: [] } } });
    expect(transport.sent.map((s) => s.activity.channelData)).toEqual([
      { streamType: 'informative', streamSequence: 1 },
      { streamType: 'streaming', streamSequence: 2, streamId: 'activity-1' },
    ]);
    expect(transport.sent[1].at - transport.sent[0].at).toBeGreaterThanOrEqual(500);
    expect(final?.channelData).toEqual({ veiviser: { citations: [] }, streamId: 'activity-1', streamType: 'final' });
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await tick();
  expect(condition()).toBe(true);
}
