// A local HTTP server playing the Bot Framework connector of a channel (Teams here): the bot POSTs its
// replies to serviceUrl/v3/conversations/{id}/activities/{replyToId} and gets an id back, as Teams
// answers: a stream's first chunk 201 {id}, its later chunks 202 {}, other messages {id}. Every
// request is recorded with the time of a clock the test chooses; `respond` may answer differently
// (e.g. 403 ContentStreamNotAllowed for a Stop).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  type: string;
  id?: string;
  text?: string;
  replyToId?: string;
  conversation?: { id: string };
  entities?: Record<string, unknown>[];
  attachments?: { contentType: string; content?: unknown }[];
  suggestedActions?: { actions: { type: string; title?: string; value?: unknown }[] };
  channelData?: Record<string, unknown>;
}

export interface Received {
  method: string;
  /** The path with its parts decoded: /v3/conversations/<conversation id>/activities/<replyToId>. */
  path: string;
  conversationId: string;
  replyToId?: string;
  activity: ReceivedActivity;
  bytes: number;
  /** The test clock's time when the request arrived. */
  at: number;
  /** The id this server answered with, if any. */
  id?: string;
}

export type Respond = (activity: ReceivedActivity, received: Received[]) => { status: number; body: unknown } | undefined;

export interface FakeConnector {
  url: string;
  received: Received[];
  /** Replies of type message (typing and stream chunks left out). */
  messages(): Received[];
  setRespond(respond: Respond | undefined): void;
  close(): Promise<void>;
}

const PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

export function streamInfo(activity: ReceivedActivity): Record<string, unknown> | undefined {
  return activity.entities?.find((e) => e.type === 'streaminfo');
}

export async function startFakeConnector(now: () => number = Date.now): Promise<FakeConnector> {
  const received: Received[] = [];
  let respond: Respond | undefined;
  let counter = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://localhost');
      const match = PATH.exec(url.pathname);
      const activity = (raw ? JSON.parse(raw) : {}) as ReceivedActivity;
      const record: Received = {
        method: req.method ?? '',
        path: match ? `/v3/conversations/${decodeURIComponent(match[1])}/activities${match[2] ? `/${decodeURIComponent(match[2])}` : ''}` : url.pathname,
        conversationId: match ? decodeURIComponent(match[1]) : '',
        replyToId: match?.[2] ? decodeURIComponent(match[2]) : undefined,
        activity,
        bytes: Buffer.byteLength(raw, 'utf8'),
        at: now(),
      };
      received.push(record);
      const custom = respond?.(activity, received);
      if (custom) {
        res.writeHead(custom.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(custom.body));
        return;
      }
      const info = streamInfo(activity);
      counter += 1;
      if (info && info.streamId !== undefined) {
        res.writeHead(202, { 'content-type': 'application/json' });
        res.end('{}');
        return;
      }
      record.id = info ? `stream-${counter}` : `activity-${counter}`;
      res.writeHead(info ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: record.id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    messages: () => received.filter((r) => r.activity.type === 'message'),
    setRespond(r) {
      respond = r;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
