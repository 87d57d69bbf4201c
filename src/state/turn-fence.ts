// The fencing token of a locked turn, carried on its TurnContext (see turn-lock.ts, point 4). The turn
// lock puts it there; FencedBotState reads it and hands it to the storage with every write and delete.
// Passed explicitly rather than through an async context store (node:async_hooks): in Node 20 that
// turns on promise hooks for every promise in the process, which cost about 30 % throughput in the
// Redis benchmark.
import type { Storage, StoreItem, StoreItems, TurnContext } from 'botbuilder';

export interface FenceToken {
  /** What the turn lock was taken on: `${channelId}/${conversationId}`. */
  readonly resource: string;
  /** Monotonically increasing per resource; a larger token means a newer turn. */
  readonly fence: number;
}

/**
 * A botbuilder Storage whose writes and deletes may carry a turn's fence. A fenced write or delete is
 * refused (StaleFenceError) once a newer turn holds the lock; without a fence there is no check.
 * Storages with nothing to check (MemoryStorage, ExpiringMemoryStorage) satisfy it as they are.
 */
export interface FencedStorage extends Storage {
  write(changes: StoreItems, fence?: FenceToken): Promise<void>;
  delete(keys: string[], fence?: FenceToken): Promise<void>;
  /**
   * One item with the JSON text it is stored as (without its eTag), or undefined when there is none.
   * Optional, like writeJson: they spare FencedBotState serialising the state once more than it must.
   */
  readJson?(key: string): Promise<StoredJson | undefined>;
  /** Writes an item given as the JSON text of an object without eTag, as write() does with eTag "*" (unconditionally). */
  writeJson?(key: string, json: string, fence?: FenceToken): Promise<void>;
}

/** An item as read, and the JSON text it is stored as (without its eTag). */
export interface StoredJson {
  item: StoreItem;
  json: string;
}

const TURN_FENCE = Symbol('turnFence');

/** Records the turn's fence on its context (the turn lock does this before running the turn). */
export function setTurnFence(context: TurnContext, token: FenceToken): void {
  context.turnState.set(TURN_FENCE, { resource: token.resource, fence: token.fence });
}

/** The fence of the locked turn this context belongs to; undefined outside a locked turn. */
export function turnFence(context: TurnContext): FenceToken | undefined {
  const token: unknown = context.turnState.get(TURN_FENCE);
  return isFenceToken(token) ? token : undefined;
}

function isFenceToken(value: unknown): value is FenceToken {
  return (
    typeof value === 'object' &&
    value !== null &&
    'resource' in value &&
    typeof value.resource === 'string' &&
    'fence' in value &&
    typeof value.fence === 'number'
  );
}
