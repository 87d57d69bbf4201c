// Conversation log, watermarks, cap and idle expiry; token signing and expiry (with a fake clock).
import { ConversationStore, type ActivitySet } from '../../../src/web/directline/conversation-store';
import { TokenService } from '../../../src/web/directline/token-service';

describe('ConversationStore', () => {
  test('logs activities with ids and watermarks and returns what is newer than a watermark', () => {
    const store = new ConversationStore();
    const c = store.create('conv-aaaaaaaa', 'dl_user');
    expect(c.since(undefined)).toEqual({ activities: [], watermark: undefined });
    const a = c.append({ type: 'message', text: 'a' });
    const b = c.append({ type: 'message', text: 'b' });
    expect([a.id, b.id]).toEqual(['conv-aaaaaaaa|0000000', 'conv-aaaaaaaa|0000001']);
    expect(c.since(undefined).activities.map((x) => x.text)).toEqual(['a', 'b']);
    expect(c.since(0)).toEqual({ activities: [b], watermark: '1' });
    expect(c.since(1)).toEqual({ activities: [], watermark: '1' });
  });

  test('streams to listeners: logged activities with a watermark, typing without; a capped number of streams', () => {
    const store = new ConversationStore({ maxStreamsPerConversation: 1 });
    const c = store.create('conv-bbbbbbbb', 'dl_user');
    const got: ActivitySet[] = [];
    const closed: string[] = [];
    expect(c.subscribe({ send: (s) => got.push(s), close: (r) => closed.push(r) })).toBeDefined();
    expect(c.subscribe({ send: () => undefined, close: () => undefined })).toBeUndefined();
    c.append({ type: 'message', text: 'hei' });
    c.stream({ type: 'typing' });
    expect(got.map((s) => [s.activities[0].type, s.watermark])).toEqual([
      ['message', '0'],
      ['typing', undefined],
    ]);
    expect(c.since(undefined).activities).toHaveLength(1);
    store.remove(c.id, 'test');
    expect(closed).toEqual(['test']);
  });

  test('drops the oldest activities beyond the per-conversation cap but keeps counting', () => {
    const store = new ConversationStore({ maxActivitiesPerConversation: 2 });
    const c = store.create('conv-cccccccc', 'dl_user');
    for (const t of ['1', '2', '3']) c.append({ type: 'message', text: t });
    expect(c.since(undefined)).toEqual({ activities: [expect.objectContaining({ text: '2' }), expect.objectContaining({ text: '3' })], watermark: '2' });
  });

  test('evicts the least recently active conversation at the cap, and expires idle ones', () => {
    let now = 1_000_000;
    const store = new ConversationStore({ maxConversations: 2, idleMs: 60_000 }, () => now);
    store.create('conv-00000001', 'u1');
    now += 1000;
    store.create('conv-00000002', 'u2');
    now += 1000;
    expect(store.get('conv-00000001')).toBeDefined(); // touch: 1 is now more recent than 2
    store.create('conv-00000003', 'u3');
    expect(store.get('conv-00000002')).toBeUndefined();
    expect(store.size).toBe(2);

    now += 60_001;
    expect(store.get('conv-00000001')).toBeUndefined();
    expect(store.sweep()).toBe(1);
    expect(store.size).toBe(0);
  });

  test('keeps all logs together under maxTotalBytes by trimming the largest, and counts removed ones out', () => {
    const store = new ConversationStore({ maxTotalBytes: 10_000, maxBytesPerConversation: 8_000 });
    const small = store.create('conv-small001', 'u1');
    small.append({ type: 'message', text: 'hei' });
    const big = store.create('conv-big00001', 'u2');
    for (let i = 0; i < 20; i++) big.append({ type: 'message', text: 'x'.repeat(900) });
    expect(big.bytes).toBeLessThanOrEqual(8_000);
    expect(store.bytes).toBeLessThanOrEqual(10_000);
    expect(small.since(undefined).activities).toHaveLength(1);
    const other = store.create('conv-other001', 'u3');
    for (let i = 0; i < 5; i++) other.append({ type: 'message', text: 'y'.repeat(900) });
    expect(store.bytes).toBeLessThanOrEqual(10_000);
    expect(small.since(undefined).activities).toHaveLength(1);
    store.remove(big.id, 'test');
    big.append({ type: 'message', text: 'a turn that finished late' });
    expect(store.bytes).toBe(small.bytes + other.bytes);
  });

  test('runs a conversation’s turns one at a time, even when one fails', async () => {
    const c = new ConversationStore().create('conv-dddddddd', 'u');
    const order: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const first = c.enqueue(async () => {
      await gate;
      order.push('first');
    });
    const failing = c.enqueue(async () => {
      order.push('second');
      throw new Error('x');
    });
    const third = c.enqueue(async () => void order.push('third'));
    release();
    await first;
    await expect(failing).rejects.toThrow('x');
    await third;
    expect(order).toEqual(['first', 'second', 'third']);
  });
});

describe('TokenService', () => {
  test('issues HS256 JWTs that verify until they expire', () => {
    let now = 1_700_000_000_000;
    const tokens = new TokenService({ ttlSeconds: 60, now: () => now });
    const { token, claims } = tokens.issue('conv-1', 'dl_u');
    expect(token.split('.')).toHaveLength(3);
    expect(tokens.verify(token)).toEqual({ ok: true, claims });
    expect(tokens.remaining(claims)).toBe(60);
    now += 59_000;
    expect(tokens.verify(token).ok).toBe(true);
    now += 1_000;
    expect(tokens.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  test('rejects tokens signed with another key, tampered or malformed', () => {
    const a = new TokenService();
    const b = new TokenService();
    const { token } = a.issue('conv-1', 'dl_u');
    expect(b.verify(token)).toEqual({ ok: false, reason: 'bad-signature' });
    const [h, , s] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ iss: 'veiviser-directline', conv: 'conv-2', user: 'x', iat: 0, exp: 9e9 })).toString('base64url');
    expect(a.verify(`${h}.${payload}.${s}`)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(a.verify('abc')).toEqual({ ok: false, reason: 'malformed' });
    expect(a.verify('')).toEqual({ ok: false, reason: 'malformed' });
  });

  test('a configured secret lets two instances verify each other’s tokens', () => {
    const a = new TokenService({ secret: 'shared-secret-for-test' });
    const b = new TokenService({ secret: 'shared-secret-for-test' });
    expect(b.verify(a.issue('conv-1', 'dl_u').token).ok).toBe(true);
  });
});
