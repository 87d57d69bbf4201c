// Redis key layout, in one place so the storage, the turn lock and the tests agree on it.
//   <prefix><channel>/conversations/{<conversation>}/   hash {v: JSON value, e: eTag}   conversation state
//   <prefix><channel>/users/<user>/                     hash {v, e}                     user state
//   <prefix>turnlock:<channel>/{<conversation>}         string owner token, PX lease
//   <prefix>turnfence:<channel>/{<conversation>}        integer, INCR on every acquisition
//   <prefix>feedback:…                                  👍/👎 feedback, see src/feedback/redis-store.ts
//                                                       ({<prefix>}feedback:… with REDIS_CLUSTER=true)
// e.g. veiviser:test/conversations/{abc}/, veiviser:turnlock:test/{abc}, veiviser:turnfence:test/{abc}.
//
// The braces are a Redis Cluster hash tag: only the part between them decides the key's hash slot, so
// a conversation's state, lock and fence counter always live on one node, and the Lua scripts that
// touch two of them at once (acquire, fenced write) work on a cluster. User state has no tag: several
// conversations share it, so in a cluster its fenced writes check the fence in a separate step
// (redis-storage.ts). A conversation id's own `{`, `}` and `%` are percent-encoded inside the tag.
//
// Earlier versions stored conversation state under <prefix><channel>/conversations/<conversation>/
// (no braces). On one Redis primary a read that misses the new key renames the old one in the same
// script (legacyDataKey), so state written before the change keeps loading; on a cluster the old
// keys are not looked for (see README, "Redis Cluster").

const CONVERSATION_KEY = /^([^/]*)\/conversations\/(.+)\/$/;

/** `{id}` with the characters that would end or break a hash tag percent-encoded. */
export function hashTag(id: string): string {
  return `{${id.replace(/[%{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}}`;
}

/** The Redis key of a botbuilder storage key (conversation keys get their hash tag). */
export function dataKey(prefix: string, key: string): string {
  const conversation = CONVERSATION_KEY.exec(key);
  if (!conversation) return `${prefix}${key}`;
  return `${prefix}${conversation[1]}/conversations/${hashTag(conversation[2])}/`;
}

/** Where an earlier version kept a conversation key; undefined for keys whose name did not change. */
export function legacyDataKey(prefix: string, key: string): string | undefined {
  return CONVERSATION_KEY.test(key) ? `${prefix}${key}` : undefined;
}

/** A turn-lock resource (`${channelId}/${conversationId}`) with the conversation as hash tag. */
function taggedResource(resource: string): string {
  const slash = resource.indexOf('/');
  if (slash < 0) return hashTag(resource);
  return `${resource.slice(0, slash)}/${hashTag(resource.slice(slash + 1))}`;
}

export function lockKey(prefix: string, resource: string): string {
  return `${prefix}turnlock:${taggedResource(resource)}`;
}

export function fenceKey(prefix: string, resource: string): string {
  return `${prefix}turnfence:${taggedResource(resource)}`;
}

/**
 * The part of a key Redis Cluster hashes: the first non-empty `{…}`, else the whole key. Two keys
 * with the same hashed part are in the same slot.
 */
export function hashedPart(key: string): string {
  const open = key.indexOf('{');
  if (open >= 0) {
    const close = key.indexOf('}', open + 1);
    if (close > open + 1) return key.slice(open + 1, close);
  }
  return key;
}

/** The prefix feedback keys go under: on a cluster the whole prefix is their hash tag (one slot). */
export function feedbackKeyPrefix(prefix: string, cluster: boolean): string {
  return cluster ? `{${prefix}}` : prefix;
}
