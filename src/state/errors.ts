// Errors of the state layer, and the predicate the bot's onTurnError uses to tell "state is
// unavailable right now, ask the user to try again" apart from a bug.

/** Base class: something in conversation/user state storage or the turn lock failed. */
export class StateStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The state backend (Redis) could not be reached, timed out or refused the command. */
export class StateUnavailableError extends StateStoreError {}

/** A write carried an eTag that no longer matches the stored item (optimistic concurrency). */
export class ETagConflictError extends StateStoreError {
  constructor(readonly key: string) {
    // Same wording as botbuilder's MemoryStorage, so logs read the same in both modes.
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

/**
 * A turn tried to write (or delete) state after a newer turn of the same conversation had taken the
 * turn lock: its lease expired while it ran. The write is refused so the newer turn's state wins.
 */
export class StaleFenceError extends StateStoreError {
  constructor(readonly key: string, readonly resource: string, readonly fence: number, readonly currentFence: number) {
    super(
      `Storage: refused to write "${key}": the turn lock of "${resource}" has moved on ` +
        `(this turn holds fence ${fence}, the newest is ${currentFence}); the turn's lease expired while it ran.`,
    );
  }
}

/** Waiting for another turn of the same conversation took longer than the bounded wait. */
export class TurnLockTimeoutError extends StateStoreError {
  constructor(readonly resource: string, readonly waitedMs: number) {
    super(`Timed out after ${waitedMs} ms waiting for the turn lock of "${resource}" (another turn of this conversation is still running).`);
  }
}

// Messages ioredis (v5) uses when a command cannot be sent or answered, and Redis error replies that
// mean "not now" rather than "bad command".
const IOREDIS_UNAVAILABLE = [
  /^Command timed out$/,
  /^Stream isn't writeable and enableOfflineQueue options is false$/,
  /^Connection is closed\.$/,
  /^Reached the max retries per request limit/,
  /^(LOADING|READONLY|MASTERDOWN|BUSY|TRYAGAIN|CLUSTERDOWN|OOM|NOREPLICAS)\b/,
];
const IOREDIS_ERROR_NAMES = new Set(['MaxRetriesPerRequestError', 'ClusterAllFailedError']);

function nested(err: object): unknown[] {
  const out: unknown[] = [];
  if ('cause' in err) out.push(err.cause);
  // botbuilder-dialogs wraps errors thrown inside dialogs in DialogContextError { error }.
  if ('error' in err) out.push(err.error);
  return out;
}

/**
 * True when `err` (or an error it wraps, through `cause` or DialogContextError's `error`) means the
 * conversation state could not be loaded or saved right now: Redis unreachable, a command timeout, a
 * lock-wait timeout, or a turn whose lease expired. The bot then answers "prøv igjen om litt"
 * instead of treating the turn as a bug. eTag conflicts are not included (BotState writes with "*").
 */
export function isStateUnavailableError(err: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length > 0 && seen.size < 10) {
    const e = queue.shift();
    if (e === null || e === undefined || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    if (e instanceof StateUnavailableError || e instanceof TurnLockTimeoutError || e instanceof StaleFenceError) return true;
    if (e instanceof Error) {
      if (IOREDIS_ERROR_NAMES.has(e.name)) return true;
      if (IOREDIS_UNAVAILABLE.some((re) => re.test(e.message))) return true;
    }
    queue.push(...nested(e));
  }
  return false;
}

/**
 * Turns a Redis client error into a state error with the original as `cause`: an error reply from Redis
 * (WRONGTYPE, a script error, …) is a bug and stays a plain StateStoreError; everything else (no
 * connection, command timeout, LOADING/READONLY/… replies) is StateUnavailableError.
 */
export function toStateError(what: string, err: unknown): StateStoreError {
  if (err instanceof StateStoreError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  const isReply = err instanceof Error && err.name === 'ReplyError';
  if (isReply && !isStateUnavailableError(err)) return new StateStoreError(`State store error (${what}): ${detail}`, { cause: err });
  return new StateUnavailableError(`State store unavailable (${what}): ${detail}`, { cause: err });
}
