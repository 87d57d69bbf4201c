// Structured JSON-lines logging on pino, to standard error (standard output belongs to the CLIs' JSON).
// Nothing reaches a record unredacted: the message and every field go through src/privacy, and the
// serializers below reduce activities, requests and errors to what an operator needs (a message's text
// only as its length). Records look like
//   {"level":"info","time":"2025-…Z","pid":123,"reqId":"…","msg":"request","method":"GET",…}
import { pino, type Logger as PinoLogger } from 'pino';
import { redact, redactObject } from './privacy/redact';
import { redactUrl } from './privacy/url';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
type Fields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  /** A logger whose records also carry `bindings` (a request id, a conversation). */
  child(bindings: Fields): Logger;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A Bot Framework activity as logged: ids, type and channel, and the text's length — never the words (they may describe health, NAV or a candidate). */
export function serializeActivity(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const a = value as Record<string, unknown>;
  const conversation = a.conversation as Record<string, unknown> | undefined;
  const body = text(a.text);
  return {
    type: text(a.type),
    id: text(a.id),
    channelId: text(a.channelId),
    conversation: text(conversation?.id),
    ...(text(a.name) !== undefined ? { name: text(a.name) } : {}),
    ...(body !== undefined ? { textChars: body.length } : {}),
    ...(a.value !== undefined ? { hasValue: true } : {}),
  };
}

/** An HTTP request as logged: method and the redacted target (credentials in the query masked). */
export function serializeRequest(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const r = value as { method?: unknown; url?: unknown };
  return { method: text(r.method), url: redactUrl(text(r.url) ?? '') };
}

/** An error as logged: name, redacted message and an HTTP status if it has one (no stack, no cause chain). */
export function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return typeof value === 'string' ? redact(value) : value;
  const status = (value as { statusCode?: unknown; status?: unknown }).statusCode ?? (value as { status?: unknown }).status;
  return { name: value.name, message: redact(value.message), ...(typeof status === 'number' ? { status } : {}) };
}

const SERIALIZERS: Record<string, (value: unknown) => unknown> = {
  activity: serializeActivity,
  req: serializeRequest,
  err: serializeError,
};

/** Serializers for the known keys, then every string redacted and secrets masked (src/privacy). */
export function prepareFields(fields: Fields): Fields {
  const serialized: Fields = {};
  for (const [key, value] of Object.entries(fields)) serialized[key] = SERIALIZERS[key] ? SERIALIZERS[key](value) : value;
  const redacted = redactObject(serialized);
  return redacted !== null && typeof redacted === 'object' && !Array.isArray(redacted) ? (redacted as Fields) : {};
}

function wrap(p: PinoLogger): Logger {
  const emit = (level: 'debug' | 'info' | 'warn' | 'error', msg: string, fields?: Fields) => {
    if (!p.isLevelEnabled(level)) return;
    p[level](fields ? prepareFields(fields) : {}, redact(msg));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (bindings) => wrap(p.child(prepareFields(bindings))),
  };
}

/**
 * A logger at `level`. Records go to standard error, or to `write` (one JSON line per call, without
 * the newline), which tests use to read what was logged.
 */
export function createLogger(level: LogLevel, write?: (line: string) => void): Logger {
  const destination = write
    ? { write: (chunk: string) => write(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk) }
    : pino.destination({ dest: 2, sync: true });
  return wrap(
    pino(
      {
        level,
        base: { pid: process.pid },
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
      },
      destination,
    ),
  );
}

export function errorFields(err: unknown): Fields {
  return err instanceof Error ? { error: err.message, errorName: err.name } : { error: String(err) };
}
