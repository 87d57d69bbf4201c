// The profile told in this conversation: a question turn reads the user state only when the person told the guided
// assessment something here (the mark is in the conversation's state, which every turn loads anyway).
import { ConversationState, MemoryStorage, TestAdapter, UserState, type StoreItems, type TurnContext } from 'botbuilder';
import type { Profile } from '../../src/catalogue/schema';
import { ToldProfile } from '../../src/state/told-profile';

/** A MemoryStorage that notes the keys it is asked to read. */
class NotingStorage extends MemoryStorage {
  readonly keysRead: string[] = [];
  override read(keys: string[]): Promise<StoreItems> {
    this.keysRead.push(...keys);
    return super.read(keys);
  }
}

test('told() reads no user state until the profile is set in the conversation, then gives it', async () => {
  const storage = new NotingStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const profile = new ToldProfile(userState.createProperty<Profile>('profile'), conversationState.createProperty<boolean>('profileTold'));
  const seen: Array<Profile | undefined> = [];
  const adapter = new TestAdapter(async (context: TurnContext) => {
    if (context.activity.text === 'tell') await profile.set(context, { practiceYears: 7, county: 'Trøndelag' });
    else seen.push(await profile.told(context));
    await conversationState.saveChanges(context);
    await userState.saveChanges(context);
  });
  await adapter.send('question').startTest();
  expect(seen).toEqual([undefined]);
  expect(storage.keysRead.some((k) => k.includes('/users/'))).toBe(false);
  await adapter.send('tell').startTest();
  await adapter.send('question').startTest();
  expect(seen[1]).toEqual({ practiceYears: 7, county: 'Trøndelag' });
});
