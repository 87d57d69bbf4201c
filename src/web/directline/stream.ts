// The WebSocket stream of a conversation (streamUrl): the backlog after the watermark, then every new
// activity as it is logged. restify re-emits the http server's 'upgrade' events on itself.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { DIRECT_LINE_FRAME_MAX_BYTES } from '../../limits';
import { warnSampled } from '../../log-sampling';
import { requestUrl, type Req } from '../http';
import { CONVERSATION_ID, DIRECT_LINE_PREFIX, originOf, type DirectLineContext } from './context';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;
/** Pings keep streams alive through proxies; idle conversations are swept at the same pace. */
const KEEP_ALIVE_MS = 30_000;

export function streamUrl(ctx: DirectLineContext, req: Req, conversationId: string, token: string, watermark?: string): string {
  const ws = originOf(ctx, req).replace(/^http/, 'ws');
  const wm = watermark ? `&watermark=${encodeURIComponent(watermark)}` : '';
  return `${ws}${DIRECT_LINE_PREFIX}/conversations/${conversationId}/stream?t=${encodeURIComponent(token)}${wm}`;
}

/** Answers WebSocket upgrades on the stream path; returns what stops it (streams closed, timer cleared). */
export function registerStream(ctx: DirectLineContext): { close(): void } {
  const { server, tokens, conversations, now, limits } = ctx;
  const wss = new WebSocketServer({ noServer: true, maxPayload: DIRECT_LINE_FRAME_MAX_BYTES });
  const refuse = (socket: Duplex, status: number, text: string, headers = '') => {
    const code = status === 404 ? 'BadArgument' : status === 429 ? 'TooManyRequests' : 'BadToken';
    const body = JSON.stringify({ error: { code, message: text } });
    socket.end(
      `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}Connection: close\r\n\r\n${body}`,
    );
  };
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = requestUrl(req.url);
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      if (server.listenerCount('upgrade') === 1) socket.destroy();
      return;
    }
    // Counted per client before anything else is looked at, as restify's pre-handler does for requests.
    // The HTTP server let go of the socket: an error on it (a reset while it is counted or refused) must
    // not go unheard, which would end the process.
    socket.on('error', () => socket.destroy());
    const client = limits.clientOf(req);
    limits.streamConnects
      .consume(client)
      .then((decision) => {
        if (socket.destroyed) return;
        if (decision.allowed) return openStream(req, socket, head, url, match[1]);
        if (decision.first) warnSampled(ctx.log, 'rate limit reached: streamConnects', 'rate limit reached', { limit: 'streamConnects', client, path: '/v3/directline/conversations/:id/stream', retryAfterSeconds: decision.retryAfterSeconds });
        refuse(socket, 429, 'Too Many Requests', `Retry-After: ${decision.retryAfterSeconds}\r\n`);
      })
      .catch(() => socket.destroy());
  };
  const openStream = (req: IncomingMessage, socket: Duplex, head: Buffer, url: URL, id: string) => {
    // Conversation ids are URL-safe as they are; anything percent-encoded is not one (and must not be
    // decoded here: a malformed escape would throw in this listener and take the process down).
    const verified = tokens.verify(url.searchParams.get('t') ?? '');
    if (!CONVERSATION_ID.test(id)) return refuse(socket, 404, 'Not Found');
    if (!verified.ok || verified.claims.conv !== id) return refuse(socket, 403, 'Forbidden');
    const conversation = conversations.get(id);
    if (!conversation) return refuse(socket, 404, 'Not Found');
    if (conversation.streamCount >= conversations.limits.maxStreamsPerConversation) return refuse(socket, 409, 'Conflict');
    const rawWm = url.searchParams.get('watermark');
    const watermark = rawWm && /^\d{1,9}$/.test(rawWm) ? Number(rawWm) : undefined;
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const unsubscribe = conversation.subscribe({
        send: (set) => ws.send(JSON.stringify(set)),
        close: (reason) => ws.close(1000, reason),
      });
      if (!unsubscribe) return ws.close(1008, 'collision');
      const backlog = conversation.since(watermark);
      if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
      ws.on('message', () => {
        // Web Chat pings with empty messages; nothing else is expected from the client.
        conversation.lastActive = now();
      });
      ws.on('close', unsubscribe);
      ws.on('error', unsubscribe);
    });
  };
  server.on('upgrade', onUpgrade);

  const keepAlive = setInterval(() => {
    for (const client of wss.clients) client.ping();
    conversations.sweep();
  }, KEEP_ALIVE_MS);
  keepAlive.unref();

  return {
    close() {
      clearInterval(keepAlive);
      server.removeListener('upgrade', onUpgrade);
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
