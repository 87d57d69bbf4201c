// How often anonymous clients and conversations may do what, by default. The numbers are set above what
// a person does (typing, clicking suggested actions, reloading the page, a school class behind one
// address) and far below what a script does; SECURITY.md explains each. RATE_LIMITS=off turns them all
// off (bench:turns measures the turn pipeline that way).

export interface LimitRule {
  /** How many in one window. */
  points: number;
  /** The window, in seconds (fixed, starting with the first request of a key). */
  durationSeconds: number;
}

export const RATE_LIMIT_POLICY = {
  /** Activities (messages, card clicks, invokes) per conversation, any channel: two a second for a minute is not a person. */
  conversationTurns: { points: 120, durationSeconds: 60 },
  /** Anonymous messages per client address, across its conversations (local Direct Line, /api/messages without auth). */
  clientMessages: { points: 600, durationSeconds: 60 },
  /** Direct Line tokens per client address: generate and refresh (local), the Azure exchange (/api/directline/token). */
  sessionStarts: { points: 100, durationSeconds: 600 },
  /** New local Direct Line conversations per client address. */
  conversationStarts: { points: 100, durationSeconds: 600 },
  /**
   * Local Direct Line reads per client address: polling GET …/activities (Web Chat without WebSocket
   * polls once a second; a class of 30 behind one address is 1,800 a minute) and GET …/conversations/:id.
   */
  clientReads: { points: 3000, durationSeconds: 60 },
  /** Local Direct Line WebSocket streams opened per client address (Web Chat opens one, and again after a drop). */
  streamConnects: { points: 200, durationSeconds: 600 },
  /** Azure Direct Line token exchanges of this deployment, all clients together (the secret's upstream calls). */
  upstreamTokenExchanges: { points: 300, durationSeconds: 60 },
  /** Counsellor API requests (/api/ask, /api/recommend, /api/assess) per client address. */
  counsellorRequests: { points: 120, durationSeconds: 60 },
  /** "Slow down" replies per conversation: one per window, then only HTTP 429. */
  limitNotices: { points: 1, durationSeconds: 60 },
} as const satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof RATE_LIMIT_POLICY;
export type RateLimitPolicy = Record<LimitName, LimitRule>;
