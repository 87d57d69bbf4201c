// FencedBotState (createConversationState / createUserState): botbuilder BotState's semantics, the same
// storage keys as botbuilder's ConversationState / UserState, and the turn's fence passed to every
// write and delete. The fence check itself (Redis) is tested in turn-lock.test.ts.
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, UserState, type Activity, type StoreItems } from 'botbuilder';
import { createConversationState, createUserState, setTurnFence, turnFence, type FenceToken } from '../../src/state';
import { ExpiringMemoryStorage } from '../../src/state/expiring-memory-storage';

/** MemoryStorage that records the fence of every write and delete. */
class RecordingStorage extends MemoryStorage {
  readonly writes: Array<{ changes: StoreItems; fence: FenceToken | undefined }> = [];
  readonly deletes: Array<{ keys: string[]; fence: FenceToken | undefined }> = [];

  override async write(changes: StoreItems, fence?: FenceToken): Promise<void> {
    this.writes.push({ changes: structuredClone(changes), fence });
    await super.write(changes);
  }

  override async delete(keys: string[], fence?: FenceToken): Promise<void> {
    this.deletes.push({ keys, fence });
    await super.delete(keys);
  }
}

/** ExpiringMemoryStorage (which keeps JSON text) that records what goes through readJson and writeJson. */
class RecordingJsonStorage extends ExpiringMemoryStorage {
  readonly jsonWrites: Array<{ key: string; json: string; fence: FenceToken | undefined }> = [];
  writes = 0;

  constructor() {
    super({ ttlMs: 3600_000 });
  }

  override async writeJson(key: string, json: string, fence?: FenceToken): Promise<void> {
    this.jsonWrites.push({ key, json, fence });
    await super.writeJson(key, json);
  }

  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    await super.write(changes);
  }
}

function contextFor(activity: Partial<Activity> = {}): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'test',
    conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'u1', name: 'user' },
    recipient: { id: 'bot', name: 'bot' },
    ...activity,
  });
}

const FENCE = { resource: 'test/c1', fence: 7 };

describe('FencedBotState', () => {
  test('uses botbuilder ConversationState / UserState keys: state saved by either loads in the other', async () => {
    const storage = new MemoryStorage();
    const before = contextFor();
    const oldConversation = new ConversationState(storage);
    const oldUser = new UserState(storage);
    await oldConversation.createProperty<number>('n').set(before, 1);
    await oldUser.createProperty<string>('name').set(before, 'Kari');
    await oldConversation.saveChanges(before);
    await oldUser.saveChanges(before);

    const after = contextFor();
    const conversationState = createConversationState(storage);
    const userState = createUserState(storage);
    expect(await conversationState.createProperty<number>('n').get(after)).toBe(1);
    expect(await userState.createProperty<string>('name').get(after)).toBe('Kari');
    expect(Object.keys(await storage.read(['test/conversations/c1/', 'test/users/u1/'])).sort()).toEqual([
      'test/conversations/c1/',
      'test/users/u1/',
    ]);
  });

  test('refuses activities without channel, conversation or user id, like botbuilder', async () => {
    const storage = new MemoryStorage();
    const noConversation = { conversation: undefined } as unknown as Partial<Activity>;
    const noFrom = { from: undefined } as unknown as Partial<Activity>;
    await expect(createConversationState(storage).load(contextFor({ channelId: '' }))).rejects.toThrow('missing activity.channelId');
    await expect(createConversationState(storage).load(contextFor(noConversation))).rejects.toThrow('missing activity.conversation.id');
    await expect(createUserState(storage).load(contextFor({ channelId: '' }))).rejects.toThrow('missing activity.channelId');
    await expect(createUserState(storage).load(contextFor(noFrom))).rejects.toThrow('missing activity.from.id');
  });

  test('saves only when changed (or forced), with eTag "*" and the turn\'s fence', async () => {
    const storage = new RecordingStorage();
    const state = createConversationState(storage);
    const count = state.createProperty<number>('count');
    const context = contextFor();
    setTurnFence(context, FENCE);
    expect(turnFence(context)).toEqual(FENCE);

    await state.saveChanges(context); // nothing loaded: nothing to save
    expect(await count.get(context, 0)).toBe(0); // the default is set on the state object: a change
    await state.saveChanges(context);
    await state.saveChanges(context); // unchanged since
    await count.set(context, 1);
    await state.saveChanges(context);
    await state.saveChanges(context, true);
    expect(storage.writes).toEqual([
      { changes: { 'test/conversations/c1/': { count: 0, eTag: '*' } }, fence: FENCE },
      { changes: { 'test/conversations/c1/': { count: 1, eTag: '*' } }, fence: FENCE },
      { changes: { 'test/conversations/c1/': { count: 1, eTag: '*' } }, fence: FENCE },
    ]);

    // Outside a locked turn there is no fence.
    const unlocked = contextFor();
    expect(turnFence(unlocked)).toBeUndefined();
    await state.saveChanges(unlocked, true);
    expect(storage.writes[3].fence).toBeUndefined();
  });

  test('on a storage that keeps JSON text, the state is compared with the text as read and saved as the text it was compared as', async () => {
    const storage = new RecordingJsonStorage();
    await storage.write({ 'test/conversations/c1/': { meta: { turnCount: 1 }, text: 'Blåbær «æøå»' } });
    const state = createConversationState(storage);
    const meta = state.createProperty<{ turnCount: number }>('meta');

    const unchanged = contextFor();
    setTurnFence(unchanged, FENCE);
    expect(await meta.get(unchanged)).toEqual({ turnCount: 1 });
    await state.saveChanges(unchanged);
    expect(storage.jsonWrites).toEqual([]);

    const changed = contextFor();
    setTurnFence(changed, FENCE);
    await meta.set(changed, { turnCount: 2 });
    await state.saveChanges(changed);
    await state.saveChanges(changed); // unchanged since
    expect(storage.jsonWrites).toEqual([
      { key: 'test/conversations/c1/', json: JSON.stringify({ meta: { turnCount: 2 }, text: 'Blåbær «æøå»' }), fence: FENCE },
    ]);
    expect(state.get(changed)?.eTag).toBe('*');
    expect(storage.writes).toBe(1); // only the set-up's
    const { eTag: _eTag, ...stored } = (await storage.read(['test/conversations/c1/']))['test/conversations/c1/'];
    expect(stored).toEqual({ meta: { turnCount: 2 }, text: 'Blåbær «æøå»' });

    const fresh = contextFor({ conversation: { id: 'c2', isGroup: false, conversationType: 'personal', name: '' } });
    expect(await state.load(fresh)).toEqual({});
    await state.saveChanges(fresh); // a state never stored and still empty is not written
    expect(storage.jsonWrites).toHaveLength(1);
  });

  test('load caches per turn (force re-reads); get, clear and delete behave like BotState', async () => {
    const storage = new RecordingStorage();
    const state = createConversationState(storage);
    const context = contextFor();
    setTurnFence(context, FENCE);
    expect(state.get(context)).toBeUndefined();

    const loaded = await state.load(context);
    expect(loaded).toEqual({});
    expect(state.get(context)).toBe(loaded);
    await storage.write({ 'test/conversations/c1/': { v: 'elsewhere' } });
    expect(await state.load(context)).toBe(loaded);
    expect(await state.load(context, true)).toMatchObject({ v: 'elsewhere' });

    await state.clear(context);
    expect(state.get(context)).toEqual({});
    await state.saveChanges(context); // the emptied state is always saved
    expect((await storage.read(['test/conversations/c1/']))['test/conversations/c1/']).not.toHaveProperty('v');

    await state.delete(context);
    expect(state.get(context)).toBeUndefined();
    expect(storage.deletes).toEqual([{ keys: ['test/conversations/c1/'], fence: FENCE }]);
    expect(await storage.read(['test/conversations/c1/'])).toEqual({});
  });

  test('two states on one turn keep separate caches', async () => {
    const storage = new RecordingStorage();
    const a = createConversationState(storage);
    const b = createConversationState(storage);
    const context = contextFor();
    await a.createProperty<string>('x').set(context, 'a');
    expect(b.get(context)).toBeUndefined();
    expect(await b.createProperty<string>('x').get(context)).toBeUndefined();
  });
});
