// The botbuilder Storage contract: every storage the bot uses (MemoryStorage as the reference,
// ExpiringMemoryStorage, RedisStorage on a real redis-server) must behave the same for everything the
// bot relies on. test/state/storage-contract*.test.ts run it against each.
import { TestAdapter } from 'botbuilder';
import { createConversationState, type FencedStorage } from '../../src/state';

export function storageContract(makeStorage: () => FencedStorage): void {
  let storage: FencedStorage;
  let n = 0;
  // Unique keys per test so the Redis-backed run needs no flush between tests.
  const key = (name: string) => `contract/${++n}/${name}`;

  beforeEach(() => {
    storage = makeStorage();
  });

  test('reading keys that were never written gives an empty result', async () => {
    expect(await storage.read([key('missing'), key('also-missing')])).toEqual({});
    expect(await storage.read([])).toEqual({});
  });

  test('a written item reads back equal, with a string eTag', async () => {
    const k = key('roundtrip');
    const item = { count: 3, nested: { list: [1, 'to', { tre: true }], empty: null }, text: 'Blåbær – «æøå»' };
    await storage.write({ [k]: item });
    const read = await storage.read([k]);
    expect(Object.keys(read)).toEqual([k]);
    const { eTag, ...value } = read[k];
    expect(value).toEqual(item);
    expect(typeof eTag).toBe('string');
    expect(eTag).not.toBe('');
  });

  test('every write gives the item a new eTag', async () => {
    const k = key('etags');
    await storage.write({ [k]: { v: 1 } });
    const first = (await storage.read([k]))[k].eTag;
    await storage.write({ [k]: { v: 2, eTag: '*' } });
    const second = (await storage.read([k]))[k].eTag;
    await storage.write({ [k]: { v: 3, eTag: second } });
    const third = (await storage.read([k]))[k].eTag;
    expect(new Set([first, second, third]).size).toBe(3);
  });

  test('a write with a stale eTag fails with an eTag conflict naming the key, and changes nothing', async () => {
    const k = key('conflict');
    await storage.write({ [k]: { v: 'first' } });
    const stale = (await storage.read([k]))[k].eTag;
    await storage.write({ [k]: { v: 'second', eTag: stale } });
    await expect(storage.write({ [k]: { v: 'third', eTag: stale } })).rejects.toThrow(`Storage: error writing "${k}" due to eTag conflict.`);
    expect((await storage.read([k]))[k].v).toBe('second');
  });

  test('eTag "*" and a missing eTag overwrite whatever is stored', async () => {
    const k = key('star');
    await storage.write({ [k]: { v: 1 } });
    await storage.write({ [k]: { v: 2 } });
    await storage.write({ [k]: { v: 4, eTag: '*' } });
    expect((await storage.read([k]))[k].v).toBe(4);
    await storage.write({ [k]: { v: 5 } });
    expect((await storage.read([k]))[k].v).toBe(5);
  });

  test('a write with an eTag to a key that does not exist creates it', async () => {
    const k = key('new-with-etag');
    await storage.write({ [k]: { v: 'created', eTag: 'some-etag' } });
    expect((await storage.read([k]))[k].v).toBe('created');
  });

  test('delete removes items; deleting a missing key is not an error', async () => {
    const a = key('del-a');
    const b = key('del-b');
    await storage.write({ [a]: { v: 'a' }, [b]: { v: 'b' } });
    await storage.delete([a, key('never-written')]);
    const read = await storage.read([a, b]);
    expect(Object.keys(read)).toEqual([b]);
    await storage.write({ [a]: { v: 'again' } });
    expect((await storage.read([a]))[a].v).toBe('again');
  });

  test('several keys are written and read in one call; only existing ones come back', async () => {
    const [a, b, c] = [key('multi-a'), key('multi-b'), key('multi-c')];
    await storage.write({ [a]: { v: 'a' }, [b]: { v: 'b' }, [c]: { v: 'c' } });
    const read = await storage.read([a, c, key('multi-missing')]);
    expect(Object.keys(read).sort()).toEqual([a, c].sort());
    expect(read[a].v).toBe('a');
    expect(read[c].v).toBe('c');
  });

  test('readJson and writeJson, where offered: the item with the JSON it is stored as; writeJson overwrites like eTag "*"', async () => {
    const { readJson, writeJson } = storage;
    if (!readJson || !writeJson) return; // botbuilder's MemoryStorage has neither
    const k = key('json');
    expect(await readJson.call(storage, k)).toBeUndefined();
    const item = { text: 'Blåbær – «æøå»', list: [1, { to: null }] };
    await storage.write({ [k]: { ...item, eTag: '*' } });
    const first = await readJson.call(storage, k);
    expect(first?.json).toBe(JSON.stringify(item));
    expect(first?.item).toEqual({ ...item, eTag: (await storage.read([k]))[k].eTag });

    await writeJson.call(storage, k, JSON.stringify({ v: 2 }), { resource: `contract/${n}`, fence: 1 });
    const second = await readJson.call(storage, k);
    expect(second?.json).toBe('{"v":2}');
    expect(second?.item.v).toBe(2);
    expect(second?.item.eTag).not.toBe(first?.item.eTag);
    expect((await storage.read([k]))[k]).toEqual(second?.item);
  });

  test('a write and a delete carrying a current fence go through', async () => {
    const k = key('fenced');
    const fence = { resource: `contract/${n}`, fence: 1 };
    await storage.write({ [k]: { v: 'fenced' } }, fence);
    expect((await storage.read([k]))[k].v).toBe('fenced');
    await storage.delete([k], fence);
    expect(await storage.read([k])).toEqual({});
  });

  test('the conversation state keeps a counter across turns on this storage', async () => {
    const conversationState = createConversationState(storage);
    const meta = conversationState.createProperty<{ turnCount: number }>('meta');
    const adapter = new TestAdapter(async (context) => {
      const m = await meta.get(context, { turnCount: 0 });
      m.turnCount += 1;
      await context.sendActivity(`tur ${m.turnCount}`);
      await conversationState.saveChanges(context);
    });
    adapter.conversation.conversation.id = `contract-${++n}`;
    await adapter.send('hei').assertReply('tur 1').send('hei').assertReply('tur 2').send('hei').assertReply('tur 3');
  });
}

