// Where 👍/👎 feedback on answers is kept. Nothing personal is stored: question and comment pass
// through redact() before they are written, the rest is a rating, source names and a random
// conversation id (so «slett mine data» can remove a conversation's feedback too).
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { appendFile, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { redact } from '../privacy/redact';
import { FEEDBACK_COMMENT_MAX_CHARS, FEEDBACK_MAX_SOURCES, FEEDBACK_QUESTION_MAX_CHARS, FEEDBACK_SOURCE_MAX_CHARS } from '../limits';

export const DEFAULT_FEEDBACK_FILE = '.data/feedback.jsonl';

export const RatingSchema = z.enum(['up', 'down']);
export type Rating = z.infer<typeof RatingSchema>;

export const FeedbackRecordSchema = z.object({
  id: z.string().min(1).max(64),
  at: z.string().datetime(),
  conversationId: z.string().min(1).max(512),
  rating: RatingSchema,
  comment: z.string().max(FEEDBACK_COMMENT_MAX_CHARS).optional(),
  question: z.string().max(FEEDBACK_QUESTION_MAX_CHARS),
  sources: z.array(z.string().max(FEEDBACK_SOURCE_MAX_CHARS)).max(FEEDBACK_MAX_SOURCES),
});
export type FeedbackRecord = z.infer<typeof FeedbackRecordSchema>;

export interface NewFeedback {
  conversationId: string;
  rating: Rating;
  question: string;
  sources: string[];
  comment?: string;
}

export interface FeedbackStore {
  /** Stores a rating; question/comment are redacted and truncated here, whatever the caller did. */
  add(input: NewFeedback): Promise<FeedbackRecord>;
  /** Attaches a comment to an earlier rating from the same conversation. False if there is none. */
  addComment(id: string, conversationId: string, comment: string): Promise<boolean>;
  /** All records, oldest first, comments merged in. */
  list(): Promise<FeedbackRecord[]>;
  /** Removes every record of a conversation («slett mine data»). Returns how many were removed. */
  forgetConversation(conversationId: string): Promise<number>;
}

/** Redacts and trims free text so that it can be stored. */
export function cleanText(text: string, max: number): string {
  const cleaned = redact(text).replace(/\s+/g, ' ').trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

/** A new record with a fresh id, its free text cleaned by cleanText; every store builds records here. */
export function makeRecord(input: NewFeedback, now: Date): FeedbackRecord {
  const comment = input.comment === undefined ? undefined : cleanText(input.comment, FEEDBACK_COMMENT_MAX_CHARS);
  return FeedbackRecordSchema.parse({
    id: randomUUID(),
    at: now.toISOString(),
    conversationId: input.conversationId,
    rating: input.rating,
    ...(comment ? { comment } : {}),
    question: cleanText(input.question, FEEDBACK_QUESTION_MAX_CHARS),
    sources: input.sources.slice(0, FEEDBACK_MAX_SOURCES).map((s) => cleanText(s, FEEDBACK_SOURCE_MAX_CHARS)),
  });
}

export class MemoryFeedbackStore implements FeedbackStore {
  private readonly records: FeedbackRecord[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  async add(input: NewFeedback): Promise<FeedbackRecord> {
    const record = makeRecord(input, this.now());
    this.records.push(record);
    return { ...record };
  }

  async addComment(id: string, conversationId: string, comment: string): Promise<boolean> {
    const record = this.records.find((r) => r.id === id && r.conversationId === conversationId);
    const cleaned = cleanText(comment, FEEDBACK_COMMENT_MAX_CHARS);
    if (!record || !cleaned) return false;
    record.comment = cleaned;
    return true;
  }

  async list(): Promise<FeedbackRecord[]> {
    return this.records.map((r) => ({ ...r, sources: [...r.sources] }));
  }

  async forgetConversation(conversationId: string): Promise<number> {
    let removed = 0;
    for (let i = this.records.length - 1; i >= 0; i--) {
      if (this.records[i].conversationId === conversationId) {
        this.records.splice(i, 1);
        removed++;
      }
    }
    return removed;
  }
}

// One JSON object per line: ratings, and comments that point at a rating by id.
const RatingLine = FeedbackRecordSchema.extend({ kind: z.literal('rating') });
const CommentLine = z.object({
  kind: z.literal('comment'),
  id: z.string().min(1).max(64),
  at: z.string().datetime(),
  conversationId: z.string().min(1).max(512),
  comment: z.string().max(FEEDBACK_COMMENT_MAX_CHARS),
});
const Line = z.discriminatedUnion('kind', [RatingLine, CommentLine]);
type Line = z.infer<typeof Line>;

export interface ReadResult {
  records: FeedbackRecord[];
  /** Lines that were not valid JSON or did not match the schema (skipped, counted). */
  skipped: number;
}

/** Parses a feedback JSON-lines file's text; comments are merged into their ratings. */
export function parseFeedbackLines(text: string): ReadResult {
  const byId = new Map<string, FeedbackRecord>();
  const order: FeedbackRecord[] = [];
  let skipped = 0;
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    let line: Line;
    try {
      const parsed = Line.safeParse(JSON.parse(raw));
      if (!parsed.success) {
        skipped++;
        continue;
      }
      line = parsed.data;
    } catch {
      skipped++;
      continue;
    }
    if (line.kind === 'rating') {
      const { kind: _kind, ...record } = line;
      byId.set(record.id, record);
      order.push(record);
    } else {
      const target = byId.get(line.id);
      if (target && target.conversationId === line.conversationId) target.comment = line.comment;
      else skipped++;
    }
  }
  return { records: order, skipped };
}

// Any line that names a conversation, valid record or not: «slett mine data» removes it too.
const LineOwner = z.object({ conversationId: z.string(), kind: z.unknown().optional() });

/** The conversation (and kind) a raw line belongs to; undefined for lines that are not JSON or name none. */
function lineOwner(raw: string): z.infer<typeof LineOwner> | undefined {
  try {
    const parsed = LineOwner.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // kept as it is: not ours to judge here
  }
}

/** Append-only JSON-lines file. Writes are serialised inside this process. */
export class JsonlFeedbackStore implements FeedbackStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(() => work());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async readText(): Promise<string> {
    try {
      return await readFile(this.file, 'utf8');
    } catch (err) {
      // Not `instanceof Error`: errors from node's fs may come from another realm (as under jest).
      if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT') return '';
      throw err;
    }
  }

  async add(input: NewFeedback): Promise<FeedbackRecord> {
    const record = makeRecord(input, this.now());
    await this.serial(() => appendFile(this.file, JSON.stringify({ kind: 'rating', ...record }) + '\n', 'utf8'));
    return record;
  }

  async addComment(id: string, conversationId: string, comment: string): Promise<boolean> {
    const cleaned = cleanText(comment, FEEDBACK_COMMENT_MAX_CHARS);
    if (!cleaned) return false;
    return this.serial(async () => {
      const { records } = parseFeedbackLines(await this.readText());
      if (!records.some((r) => r.id === id && r.conversationId === conversationId)) return false;
      const line = { kind: 'comment', id, at: this.now().toISOString(), conversationId, comment: cleaned };
      await appendFile(this.file, JSON.stringify(line) + '\n', 'utf8');
      return true;
    });
  }

  async list(): Promise<FeedbackRecord[]> {
    return this.serial(async () => parseFeedbackLines(await this.readText()).records);
  }

  async forgetConversation(conversationId: string): Promise<number> {
    return this.serial(async () => {
      const kept: string[] = [];
      let dropped = 0;
      let removed = 0;
      for (const raw of (await this.readText()).split('\n')) {
        if (!raw.trim()) continue;
        const owner = lineOwner(raw);
        if (owner?.conversationId === conversationId) {
          dropped++;
          if (owner.kind === 'rating') removed++;
        } else kept.push(raw);
      }
      if (dropped > 0) {
        const tmp = `${this.file}.${process.pid}.tmp`;
        await writeFile(tmp, kept.map((l) => l + '\n').join(''), 'utf8');
        await rename(tmp, this.file);
      }
      return removed;
    });
  }
}
