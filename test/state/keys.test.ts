// The Redis key layout (src/state/keys.ts): which keys share a Redis Cluster hash slot. The cluster
// itself confirms the slots in redis-cluster.int.test.ts.
import { dataKey, feedbackKeyPrefix, fenceKey, hashTag, hashedPart, legacyDataKey, lockKey } from '../../src/state/keys';

test('a conversation’s state, lock and fence hash on the conversation id', () => {
  expect(dataKey('v:', 'msteams/conversations/19:abc@thread/')).toBe('v:msteams/conversations/{19:abc@thread}/');
  expect(lockKey('v:', 'msteams/19:abc@thread')).toBe('v:turnlock:msteams/{19:abc@thread}');
  expect(fenceKey('v:', 'msteams/19:abc@thread')).toBe('v:turnfence:msteams/{19:abc@thread}');
  for (const key of [dataKey('v:', 'msteams/conversations/19:abc@thread/'), lockKey('v:', 'msteams/19:abc@thread')]) {
    expect(hashedPart(key)).toBe('19:abc@thread');
  }
});

test('conversation ids with braces, percent signs or slashes still give one tag, and different ids different keys', () => {
  const ids = ['a{b}c', '}', '{', '%7B', '{}', 'a/b/c', 'a%7Bb'];
  const keys = ids.map((id) => dataKey('v:', `test/conversations/${id}/`));
  expect(new Set(keys).size).toBe(ids.length);
  for (const id of ids) {
    const tag = hashedPart(lockKey('v:', `test/${id}`));
    expect(hashedPart(dataKey('v:', `test/conversations/${id}/`))).toBe(tag);
    expect(hashedPart(fenceKey('v:', `test/${id}`))).toBe(tag);
  }
  expect(hashTag('a{b}c%')).toBe('{a%7Bb%7Dc%25}');
});

test('user state and other keys keep their names; only conversation keys had another name before', () => {
  expect(dataKey('v:', 'test/users/u1/')).toBe('v:test/users/u1/');
  expect(dataKey('v:', 'plain')).toBe('v:plain');
  expect(legacyDataKey('v:', 'test/conversations/abc/')).toBe('v:test/conversations/abc/');
  expect(legacyDataKey('v:', 'test/users/u1/')).toBeUndefined();
});

test('hashedPart follows Redis: the first non-empty {…}, else the whole key', () => {
  expect(hashedPart('a{b}c{d}')).toBe('b');
  expect(hashedPart('a{}b{c}')).toBe('a{}b{c}');
  expect(hashedPart('a{b')).toBe('a{b');
  expect(feedbackKeyPrefix('v:', true)).toBe('{v:}');
  expect(feedbackKeyPrefix('v:', false)).toBe('v:');
});
