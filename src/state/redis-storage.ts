// botbuilder Storage on Redis. Each item is a hash {v: JSON value, e: eTag} under <prefix><key>.
// - Optimistic concurrency is decided inside Redis by a Lua compare-and-set: a write whose eTag is
//   stale fails with ETagConflictError naming the key; eTag "*" or none writes unconditionally; every
//   write stores a fresh eTag. Like MemoryStorage, a write with an eTag to a missing key creates it.
// - Every key carries a TTL (stateTtlSeconds) that each read and write renews.
// - Writes and deletes may carry a locked turn's fencing token (an explicit argument, which
//   FencedBotState passes; see turn-lock.ts): the script then refuses them with StaleFenceError when a
//   newer turn of the conversation has taken the lock since, so a turn whose lease ran out cannot
//   overwrite the newer turn's state. Without a token nothing is checked.
// - Redis failures surface as StateUnavailableError (isStateUnavailableError() recognises them).
// - Key layout and the Redis Cluster hash tags: keys.ts. On a cluster a fenced write or delete of a key
//   outside the conversation's slot (user state) reads the fence counter first and then writes: not
//   one atomic step, but the conversation's own state, written just before it in the same turn, is
//   still checked atomically, so a stale turn is refused there before it reaches the user state.
import { randomUUID } from 'node:crypto';
import type { StoreItem, StoreItems } from 'botbuilder';
import type { RedisConnection } from './redis-client';
import { z } from 'zod';
import { ETagConflictError, StaleFenceError, StateStoreError, toStateError } from './errors';
import { dataKey, fenceKey, hashedPart, legacyDataKey } from './keys';
import { DELETE, READ, WRITE, type LuaScript } from './lua';
import type { FenceToken, FencedStorage, StoredJson } from './turn-fence';

export interface RedisStorageOptions {
  /** Prepended to every storage key, e.g. "veiviser:". */
  keyPrefix: string;
  /** Lifetime of an item since its last read or write. */
  ttlSeconds: number;
  /** A Redis Cluster: no multi-key scripts across slots, and no lookup of earlier key names. */
  cluster?: boolean;
}

const ReadReply = z.tuple([z.string().nullable(), z.string().nullable()]);
const MutationReply = z.tuple([z.enum(['ok', 'conflict', 'stale']), z.string()]);
const StoredObject = z.record(z.string(), z.unknown());

function requireKeys(keys: unknown, what: string): asserts keys is string[] {
  if (!Array.isArray(keys)) throw new ReferenceError(`Keys are required when ${what}.`);
  for (const k of keys) {
    if (typeof k !== 'string' || k.length === 0) throw new TypeError(`Storage keys must be non-empty strings (got ${JSON.stringify(k)}).`);
  }
}

export class RedisStorage implements FencedStorage {
  private readonly prefix: string;
  private readonly ttlSeconds: number;
  private readonly cluster: boolean;

  constructor(private readonly client: RedisConnection, options: RedisStorageOptions) {
    if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds <= 0) {
      throw new RangeError(`ttlSeconds must be a positive integer (got ${options.ttlSeconds}).`);
    }
    this.prefix = options.keyPrefix;
    this.ttlSeconds = options.ttlSeconds;
    this.cluster = options.cluster ?? false;
  }

  async read(keys: string[]): Promise<StoreItems> {
    requireKeys(keys, 'reading');
    const unique = [...new Set(keys)];
    const items = await Promise.all(unique.map((key) => this.readOne(key)));
    const result: StoreItems = {};
    unique.forEach((key, i) => {
      const item = items[i];
      if (item !== undefined) result[key] = item;
    });
    return result;
  }

  /** Writes the items; with a fence, refuses (StaleFenceError) once a newer turn holds the lock. */
  async write(changes: StoreItems, fence?: FenceToken): Promise<void> {
    if (changes === null || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    await Promise.all(Object.entries(changes).map(([key, item]) => this.writeOne(key, item, fence)));
  }

  /** Deletes the keys; with a fence, refuses (StaleFenceError) once a newer turn holds the lock. */
  async delete(keys: string[], fence?: FenceToken): Promise<void> {
    requireKeys(keys, 'deleting');
    await Promise.all([...new Set(keys)].map((key) => this.deleteOne(key, fence)));
  }

  /** One item with the JSON text it is stored as. */
  async readJson(key: string): Promise<StoredJson | undefined> {
    requireKeys([key], 'reading');
    const keys = [dataKey(this.prefix, key)];
    const legacy = this.cluster ? undefined : legacyDataKey(this.prefix, key);
    if (legacy) keys.push(legacy);
    const reply = ReadReply.parse(await this.call(READ, `read "${key}"`, keys, [this.ttlSeconds]));
    const [json, eTag] = reply;
    if (json === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (err) {
      throw new StateStoreError(`Storage: the stored value of "${key}" is not valid JSON.`, { cause: err });
    }
    const value = StoredObject.safeParse(parsed);
    if (!value.success) throw new StateStoreError(`Storage: the stored value of "${key}" is not a JSON object.`);
    return { item: { ...value.data, eTag: eTag ?? undefined }, json };
  }

  /** Writes an item already serialised (an object's JSON without eTag), unconditionally; fenced like write(). */
  async writeJson(key: string, json: string, fence?: FenceToken): Promise<void> {
    requireKeys([key], 'writing');
    await this.writeText(key, json, '', fence);
  }

  private async readOne(key: string): Promise<StoreItem | undefined> {
    return (await this.readJson(key))?.item;
  }

  private async writeOne(key: string, item: unknown, fence: FenceToken | undefined): Promise<void> {
    if (key.length === 0) throw new TypeError('Storage keys must be non-empty strings.');
    const parsedItem = StoredObject.safeParse(item);
    if (!parsedItem.success) throw new TypeError(`Storage: the item written to "${key}" must be an object.`);
    const value: Record<string, unknown> = { ...parsedItem.data };
    const expected = typeof value.eTag === 'string' && value.eTag !== '*' ? value.eTag : '';
    delete value.eTag;
    await this.writeText(key, JSON.stringify(value), expected, fence);
  }

  /** Writes the JSON text under key when its eTag is `expected` ('' writes unconditionally). */
  private async writeText(key: string, json: string, expected: string, fence: FenceToken | undefined): Promise<void> {
    const keys = [dataKey(this.prefix, key)];
    const atomicFence = await this.fenceInScript(key, keys[0], fence);
    if (atomicFence) keys.push(fenceKey(this.prefix, atomicFence.resource));
    // The value as UTF-8 bytes: as a string, ioredis would copy it into the command text and encode that again to send it.
    const value = Buffer.from(json);
    const reply = await this.call(WRITE, `write "${key}"`, keys, [value, expected, randomUUID(), this.ttlSeconds, atomicFence ? atomicFence.fence : '']);
    const [status, detail] = MutationReply.parse(reply);
    if (status === 'conflict') throw new ETagConflictError(key);
    if (status === 'stale' && fence) throw new StaleFenceError(key, fence.resource, fence.fence, Number(detail));
  }

  private async deleteOne(key: string, fence: FenceToken | undefined): Promise<void> {
    const keys = [dataKey(this.prefix, key)];
    const atomicFence = await this.fenceInScript(key, keys[0], fence);
    if (atomicFence) keys.push(fenceKey(this.prefix, atomicFence.resource));
    const reply = await this.call(DELETE, `delete "${key}"`, keys, [atomicFence ? atomicFence.fence : '']);
    const [status, detail] = MutationReply.parse(reply);
    if (status === 'stale' && atomicFence) throw new StaleFenceError(key, atomicFence.resource, atomicFence.fence, Number(detail));
    // The item may still sit under its earlier name if this conversation's state was never read since.
    const legacy = this.cluster ? undefined : legacyDataKey(this.prefix, key);
    if (!legacy) return;
    try {
      await this.client.del(legacy);
    } catch (err) {
      throw toStateError(`delete "${key}"`, err);
    }
  }

  /**
   * The fence the script should check itself; undefined when there is none or when (on a cluster) the
   * fence counter lives in another slot than the item: then it is checked here, before the script runs.
   */
  private async fenceInScript(key: string, redisKey: string, fence: FenceToken | undefined): Promise<FenceToken | undefined> {
    if (!fence) return undefined;
    const counter = fenceKey(this.prefix, fence.resource);
    if (!this.cluster || hashedPart(counter) === hashedPart(redisKey)) return fence;
    let newest: string | null;
    try {
      newest = await this.client.get(counter);
    } catch (err) {
      throw toStateError(`read the fence of "${fence.resource}"`, err);
    }
    if (Number(newest ?? 0) > fence.fence) throw new StaleFenceError(key, fence.resource, fence.fence, Number(newest));
    return undefined;
  }

  private async call(script: LuaScript, what: string, keys: string[], args: Array<string | number | Buffer>): Promise<unknown> {
    try {
      return await script.run(this.client, keys, args);
    } catch (err) {
      throw toStateError(what, err);
    }
  }
}
