// Redis key layout, in one place so the storage and the turn lock agree on it.
//   <prefix><botbuilder storage key>     hash {v: JSON value, e: eTag}        e.g. veiviser:test/conversations/abc
//   <prefix>turnlock:<resource>          string owner token, PX lease         e.g. veiviser:turnlock:test/abc
//   <prefix>turnfence:<resource>         integer, INCR on every acquisition   e.g. veiviser:turnfence:test/abc
//   <prefix>feedback:…                   👍/👎 feedback, see src/feedback/redis-store.ts

export function dataKey(prefix: string, key: string): string {
  return `${prefix}${key}`;
}

export function lockKey(prefix: string, resource: string): string {
  return `${prefix}turnlock:${resource}`;
}

export function fenceKey(prefix: string, resource: string): string {
  return `${prefix}turnfence:${resource}`;
}
