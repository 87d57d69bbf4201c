// Feedback in Redis, so that every instance behind a load balancer writes to and reads from the same
// place: `npm run feedback:report` sees all ratings, and «slett mine data» on any instance removes
// the conversation's feedback wherever it was given. Key layout (prefix = REDIS_KEY_PREFIX):
//   <prefix>feedback:record:<id>                  hash {id, at, conversationId, rating, question, sources (JSON), comment?}
//   <prefix>feedback:index                        zset of ids, scored by write order (from feedback:seq)
//   <prefix>feedback:seq                          integer, INCR on every rating
//   <prefix>feedback:conversation:<conversation>  set of the conversation's ids
// No TTL: feedback is kept as long as in the JSON-lines file (until «slett mine data» or an operator
// removes it), unlike conversation state, which expires after STATE_TTL_SECONDS.
import type { RedisConnection } from '../state/redis-client';
import { LuaScript } from '../state/lua';
import { toStateError } from '../state/errors';
import {
  FeedbackRecordSchema,
  cleanText,
  makeRecord,
  type FeedbackRecord,
  type FeedbackStore,
  type NewFeedback,
  type ReadResult,
} from './store';
import { FEEDBACK_COMMENT_MAX_CHARS } from '../limits';

// The index is ordered by a counter rather than by `at`: two ratings within the same millisecond
// (or from instances whose clocks differ) still list in the order Redis stored them, as the file's
// lines do.
/**
 * KEYS[1] record, KEYS[2] index, KEYS[3] conversation set, KEYS[4] counter · ARGV[1] id,
 * ARGV[2…] field, value, field, value … → the record's position
 */
const ADD = new LuaScript(
  'feedback-add',
  `
local seq = redis.call('INCR', KEYS[4])
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
redis.call('ZADD', KEYS[2], seq, ARGV[1])
redis.call('SADD', KEYS[3], ARGV[1])
return seq`,
);

/** KEYS[1] record · ARGV[1] conversation id, ARGV[2] comment → 1 when stored, 0 when the record is not that conversation's */
const COMMENT = new LuaScript(
  'feedback-comment',
  `
if redis.call('HGET', KEYS[1], 'conversationId') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'comment', ARGV[2])
return 1`,
);

// The record keys are built inside the script from the conversation set's members: listing them in
// KEYS first would let a rating added in between escape the deletion. On a Redis Cluster all feedback
// keys share one hash slot (the prefix is their hash tag, src/state/keys.ts), so this works there too.
/** KEYS[1] conversation set, KEYS[2] index · ARGV[1] record key prefix → how many records were removed */
const FORGET = new LuaScript(
  'feedback-forget',
  `
local removed = 0
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  removed = removed + redis.call('DEL', ARGV[1] .. id)
  redis.call('ZREM', KEYS[2], id)
end
redis.call('DEL', KEYS[1])
return removed`,
);

/** How many records list() fetches per round trip. */
const READ_BATCH = 500;

export class RedisFeedbackStore implements FeedbackStore {
  private readonly recordPrefix: string;
  private readonly indexKey: string;
  private readonly seqKey: string;

  constructor(
    private readonly client: RedisConnection,
    readonly keyPrefix: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.recordPrefix = `${keyPrefix}feedback:record:`;
    this.indexKey = `${keyPrefix}feedback:index`;
    this.seqKey = `${keyPrefix}feedback:seq`;
  }

  private conversationKey(conversationId: string): string {
    return `${this.keyPrefix}feedback:conversation:${conversationId}`;
  }

  async add(input: NewFeedback): Promise<FeedbackRecord> {
    const record = makeRecord(input, this.now());
    const fields: string[] = [
      'id', record.id,
      'at', record.at,
      'conversationId', record.conversationId,
      'rating', record.rating,
      'question', record.question,
      'sources', JSON.stringify(record.sources),
      ...(record.comment === undefined ? [] : ['comment', record.comment]),
    ];
    const keys = [this.recordPrefix + record.id, this.indexKey, this.conversationKey(record.conversationId), this.seqKey];
    try {
      await ADD.run(this.client, keys, [record.id, ...fields]);
    } catch (err) {
      throw toStateError('feedback add', err);
    }
    return record;
  }

  async addComment(id: string, conversationId: string, comment: string): Promise<boolean> {
    const cleaned = cleanText(comment, FEEDBACK_COMMENT_MAX_CHARS);
    if (!cleaned) return false;
    try {
      return (await COMMENT.run(this.client, [this.recordPrefix + id], [conversationId, cleaned])) === 1;
    } catch (err) {
      throw toStateError('feedback comment', err);
    }
  }

  async list(): Promise<FeedbackRecord[]> {
    return (await this.read()).records;
  }

  /** All valid records, oldest first, and how many stored records failed validation (skipped). */
  async read(): Promise<ReadResult> {
    const records: FeedbackRecord[] = [];
    let skipped = 0;
    try {
      const ids = await this.client.zrange(this.indexKey, 0, -1);
      for (let i = 0; i < ids.length; i += READ_BATCH) {
        const batch = ids.slice(i, i + READ_BATCH);
        const hashes = await Promise.all(batch.map((id) => this.client.hgetall(this.recordPrefix + id)));
        hashes.forEach((hash, j) => {
          // Empty: forgotten between ZRANGE and HGETALL, not damaged.
          if (Object.keys(hash).length === 0) return;
          const record = toRecord(batch[j], hash);
          if (record) records.push(record);
          else skipped++;
        });
      }
    } catch (err) {
      throw toStateError('feedback list', err);
    }
    return { records, skipped };
  }

  async forgetConversation(conversationId: string): Promise<number> {
    try {
      const removed = await FORGET.run(this.client, [this.conversationKey(conversationId), this.indexKey], [this.recordPrefix]);
      return typeof removed === 'number' ? removed : 0;
    } catch (err) {
      throw toStateError('feedback forget', err);
    }
  }
}

/** A stored hash as a record, or undefined when it does not validate (or is not the record `id`). */
function toRecord(id: string, hash: Record<string, string>): FeedbackRecord | undefined {
  let sources: unknown;
  try {
    sources = JSON.parse(hash.sources ?? '');
  } catch {
    return undefined;
  }
  const parsed = FeedbackRecordSchema.safeParse({
    id: hash.id,
    at: hash.at,
    conversationId: hash.conversationId,
    rating: hash.rating,
    question: hash.question,
    sources,
    ...(hash.comment === undefined ? {} : { comment: hash.comment }),
  });
  return parsed.success && parsed.data.id === id ? parsed.data : undefined;
}
