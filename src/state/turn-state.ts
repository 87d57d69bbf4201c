// Conversation and user state whose saves carry the turn's fencing token (see turn-lock.ts, point 4).
// botbuilder's BotState calls storage.write(changes) / storage.delete(keys) with nothing that says which
// turn is writing, so RedisStorage could only learn the fence through an async context store
// (node:async_hooks), which in Node 20 slows every promise in the process. FencedBotState passes
// turnFence(context) explicitly.
// BotState keeps its per-turn cache under a private key, so load, saveChanges, clear, delete and get
// are reimplemented here with botbuilder's semantics; createProperty is inherited (its accessors call
// load()).
import { BotState, type StoreItem, type TurnContext } from 'botbuilder';
import { turnFence, type FencedStorage } from './turn-fence';

interface Cached {
  state: StoreItem;
  /** The state as loaded or last saved, serialised without its eTag; '' when it must be written. */
  saved: string;
}

/**
 * What botbuilder's calculateChangeHash() hashes, compared as it is: the state's JSON without its
 * eTag. botbuilder serialises through a replacer called for every value (state is plain JSON data,
 * which it leaves unchanged) and then takes a SHA-256 of it; both cost more than comparing the text.
 */
function serialised(state: StoreItem): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

export class FencedBotState extends BotState {
  private readonly cacheKey = Symbol('fencedBotState');

  constructor(
    private readonly fencedStorage: FencedStorage,
    private readonly keyOf: (context: TurnContext) => string,
  ) {
    super(fencedStorage, async (context) => keyOf(context));
  }

  /** Reads the state once per turn (again when force) and caches it on the context. */
  override async load(context: TurnContext, force = false): Promise<StoreItem> {
    const cached = this.cached(context);
    if (cached && !force) return cached.state;
    const loaded = await this.read(this.keyOf(context));
    context.turnState.set(this.cacheKey, loaded);
    return loaded.state;
  }

  /** Writes the cached state (with eTag "*", fenced by the turn) if it changed, or always when force. */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = this.cached(context);
    if (!cached && !force) return;
    const current = cached ?? { state: {}, saved: '' };
    const now = serialised(current.state);
    if (!force && now === current.saved) return;
    current.state.eTag = '*';
    const key = this.keyOf(context);
    const storage = this.fencedStorage;
    if (storage.writeJson) await storage.writeJson(key, now, turnFence(context));
    else await storage.write({ [key]: current.state }, turnFence(context));
    current.saved = now;
    context.turnState.set(this.cacheKey, current);
  }

  /**
   * The stored state and its JSON without eTag. A storage that keeps the JSON text hands it over: text
   * written by JSON.stringify parses and serialises back to the same text, so it needs no stringify
   * here (were it written otherwise, the state would only be saved once more than needed).
   */
  private async read(key: string): Promise<Cached> {
    const storage = this.fencedStorage;
    if (storage.readJson) {
      const stored = await storage.readJson(key);
      return stored ? { state: stored.item, saved: stored.json } : { state: {}, saved: serialised({}) };
    }
    const state: StoreItem = (await storage.read([key]))[key] ?? {};
    return { state, saved: serialised(state) };
  }

  /** Replaces the cached state by an empty object; saveChanges() then writes it. */
  override async clear(context: TurnContext): Promise<void> {
    context.turnState.set(this.cacheKey, { state: {}, saved: '' });
  }

  /** Forgets the cached state and deletes it from storage (fenced by the turn). */
  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.fencedStorage.delete([this.keyOf(context)], turnFence(context));
  }

  /** The cached state of this turn, or undefined when not loaded. */
  override get(context: TurnContext): StoreItem | undefined {
    return this.cached(context)?.state;
  }

  private cached(context: TurnContext): Cached | undefined {
    const cached: unknown = context.turnState.get(this.cacheKey);
    return isCached(cached) ? cached : undefined;
  }
}

function isCached(value: unknown): value is Cached {
  return typeof value === 'object' && value !== null && 'state' in value && typeof value.state === 'object' && value.state !== null;
}

/**
 * Conversation state, stored under botbuilder ConversationState's key `${channelId}/conversations/${conversationId}/`
 * (its default empty namespace after the last slash), so state saved before this class existed still loads.
 */
export function createConversationState(storage: FencedStorage): FencedBotState {
  return new FencedBotState(storage, (context) => {
    const { channelId, conversation } = context.activity;
    if (!channelId) throw new Error('missing activity.channelId');
    if (!conversation?.id) throw new Error('missing activity.conversation.id');
    return `${channelId}/conversations/${conversation.id}/`;
  });
}

/** User state, stored under botbuilder UserState's key `${channelId}/users/${from.id}/` (empty namespace). */
export function createUserState(storage: FencedStorage): FencedBotState {
  return new FencedBotState(storage, (context) => {
    const { channelId, from } = context.activity;
    if (!channelId) throw new Error('missing activity.channelId');
    if (!from?.id) throw new Error('missing activity.from.id');
    return `${channelId}/users/${from.id}/`;
  });
}
