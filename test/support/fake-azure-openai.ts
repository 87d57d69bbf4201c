// A real HTTP server on a free local port that speaks the Azure OpenAI chat-completions REST protocol:
//   POST /openai/deployments/{deployment}/chat/completions?api-version=…   (header api-key)
// It checks the key, deployment and api-version like Azure does, records every request, and answers
// according to a behaviour the test chooses: a JSON reply citing passages, invalid JSON, a delay longer
// than the client's timeout, an HTTP error status, or a structured-output reply: a tool call with the
// arguments the test gives (what langchain's withStructuredOutput asks for with function calling),
// or message content for a JSON-schema response format. A request with `"stream": true` gets the same
// content as server-sent events (chat.completion.chunk deltas, then `data: [DONE]`), as Azure sends
// them; the 'chunks' behaviour chooses the deltas and the pause between them.
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeBehaviour =
  /** 200 with {"answer": …, "citations": passages} as the message content. */
  | { kind: 'cite'; passages: number[]; answer?: string }
  /** 200 with this exact message content. */
  | { kind: 'content'; content: string }
  /** 200 whose message content is not JSON. */
  | { kind: 'invalid-json' }
  /** Waits this long before answering (use more than the client's timeout). */
  | { kind: 'delay'; ms: number; then?: FakeBehaviour }
  /** An Azure-style error body with this status (e.g. 500, 429). */
  | { kind: 'status'; status: number }
  /**
   * 200 with a call of the tool the request forces (tool_choice), or of `name`, with these arguments
   * (JSON-encoded unless already a string, so a test can send arguments that break the schema).
   */
  | { kind: 'tool-call'; arguments: unknown; name?: string }
  /** 200 whose content is this value as JSON, as for response_format json_schema. */
  | { kind: 'json-schema'; value: unknown }
  /**
   * The message content in exactly these pieces: streamed requests get one delta per piece, `gapMs`
   * apart (default 0); other requests get the pieces joined. `thenHang` keeps a stream open after the
   * last piece without finishing it (for clients that stop reading or time out).
   */
  | { kind: 'chunks'; chunks: string[]; gapMs?: number; thenHang?: boolean };

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined if it was not JSON). */
  body: unknown;
  rawBody: string;
  /** For streamed replies: set when the client closed the connection before the stream ended. */
  closedEarly?: boolean;
}

export interface FakeAzureOpenAI {
  /** http://127.0.0.1:<port> — pass as the Azure endpoint. */
  endpoint: string;
  requests: RecordedRequest[];
  setBehaviour(behaviour: FakeBehaviour): void;
  close(): Promise<void>;
}

export interface FakeAzureOpenAIOptions {
  apiKey: string;
  deployment: string;
  behaviour?: FakeBehaviour;
  /** Listen on this port (to bring a killed endpoint back where the bot expects it); default: a free one. */
  port?: number;
}

function azureError(res: http.ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { code, message } }));
}

let completionCounter = 0;

/** A chat.completion with one choice: `message` and why it finished. */
function chatCompletion(message: Record<string, unknown>, finishReason: 'stop' | 'tool_calls'): string {
  completionCounter += 1;
  return JSON.stringify({
    id: `chatcmpl-fake-${completionCounter}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, message: { role: 'assistant', refusal: null, ...message }, finish_reason: finishReason, logprobs: null, content_filter_results: {} }],
    usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
    system_fingerprint: 'fp_fake',
  });
}

function toolCompletion(name: string, args: string): string {
  const call = { id: `call_fake_${completionCounter + 1}`, type: 'function', function: { name, arguments: args } };
  return chatCompletion({ content: null, tool_calls: [call] }, 'tool_calls');
}

/** The function the request forces with tool_choice, if any. */
function forcedTool(body: unknown): string | undefined {
  const choice = (body as { tool_choice?: { function?: { name?: unknown } } } | undefined)?.tool_choice;
  return typeof choice?.function?.name === 'string' ? choice.function.name : undefined;
}

function completion(content: string): string {
  return chatCompletion({ content }, 'stop');
}

/** One server-sent event of a streamed completion, shaped like Azure's chat.completion.chunk. */
function chunkEvent(id: string, delta: Record<string, unknown>, finishReason: string | null): string {
  return `data: ${JSON.stringify({
    id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: 'gpt-4o-mini-2024-07-18',
    system_fingerprint: 'fp_fake',
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null, content_filter_results: {} }],
  })}\n\n`;
}

/** Azure's first event of a stream: the prompt's content-filter results, with no choices. */
const PROMPT_FILTER_EVENT = `data: ${JSON.stringify({
  id: '',
  object: '',
  created: 0,
  model: '',
  choices: [],
  prompt_filter_results: [{ prompt_index: 0, content_filter_results: {} }],
})}\n\n`;

const PATH = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/;

export async function startFakeAzureOpenAI(options: FakeAzureOpenAIOptions): Promise<FakeAzureOpenAI> {
  let behaviour: FakeBehaviour = options.behaviour ?? { kind: 'cite', passages: [1] };
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const stream = (res: http.ServerResponse, record: RecordedRequest, chunks: string[], gapMs: number, thenHang: boolean): void => {
    completionCounter += 1;
    const id = `chatcmpl-fake-${completionCounter}`;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(PROMPT_FILTER_EVENT);
    res.write(chunkEvent(id, { role: 'assistant', content: '', refusal: null }, null));
    let finished = false;
    res.on('close', () => {
      if (!finished) record.closedEarly = true;
    });
    const next = (i: number): void => {
      if (res.destroyed || res.writableEnded) return;
      if (i < chunks.length) {
        res.write(chunkEvent(id, { content: chunks[i] }, null));
        if (gapMs <= 0) return next(i + 1);
        const timer = setTimeout(() => {
          timers.delete(timer);
          next(i + 1);
        }, gapMs);
        timers.add(timer);
        return;
      }
      if (thenHang) return;
      res.write(chunkEvent(id, {}, 'stop'));
      res.write('data: [DONE]\n\n');
      finished = true;
      res.end();
    };
    next(0);
  };

  /** The message content of a behaviour that answers 200, split into the pieces a stream sends. */
  const contentOf = (b: FakeBehaviour): { chunks: string[]; gapMs: number; thenHang: boolean } | undefined => {
    switch (b.kind) {
      case 'cite': {
        const answer = b.answer ?? `Svaret står i kildene ${b.passages.map((n) => `[${n}]`).join(' ')}.`;
        return { chunks: [JSON.stringify({ answer, citations: b.passages })], gapMs: 0, thenHang: false };
      }
      case 'content':
        return { chunks: [b.content], gapMs: 0, thenHang: false };
      case 'invalid-json':
        return { chunks: ['Her er svaret: Fagbrev på jobb passer for deg (kilde 1).'], gapMs: 0, thenHang: false };
      case 'chunks':
        return { chunks: b.chunks, gapMs: b.gapMs ?? 0, thenHang: b.thenHang ?? false };
      default:
        return undefined;
    }
  };

  const respond = (res: http.ServerResponse, b: FakeBehaviour, record: RecordedRequest): void => {
    if (res.destroyed || res.writableEnded) return;
    const streamed = (record.body as { stream?: unknown } | undefined)?.stream === true;
    const content = contentOf(b);
    if (streamed && content) return stream(res, record, content.chunks, content.gapMs, content.thenHang);
    switch (b.kind) {
      case 'chunks':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(completion(b.chunks.join('')));
        return;
      case 'cite': {
        const answer =
          b.answer ?? `Svaret står i kildene ${b.passages.map((n) => `[${n}]`).join(' ')}.`;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(completion(JSON.stringify({ answer, citations: b.passages })));
        return;
      }
      case 'content':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(completion(b.content));
        return;
      case 'invalid-json':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(completion('Her er svaret: Fagbrev på jobb passer for deg (kilde 1).'));
        return;
      case 'status':
        azureError(res, b.status, String(b.status), b.status >= 500 ? 'The server had an error while processing your request.' : 'Request failed.');
        return;
      case 'tool-call': {
        const args = typeof b.arguments === 'string' ? b.arguments : JSON.stringify(b.arguments);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(toolCompletion(b.name ?? forcedTool(record.body) ?? 'extract', args));
        return;
      }
      case 'json-schema':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(completion(JSON.stringify(b.value)));
        return;
      case 'delay': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          respond(res, b.then ?? { kind: 'cite', passages: [1] }, record);
        }, b.ms);
        timers.add(timer);
        res.on('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
        return;
      }
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = rawBody ? JSON.parse(rawBody) : undefined;
      } catch {
        body = undefined;
      }
      const record: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams.entries()),
        headers: req.headers,
        body,
        rawBody,
      };
      requests.push(record);

      const match = PATH.exec(url.pathname);
      if (req.method !== 'POST' || !match) return azureError(res, 404, '404', 'Resource not found');
      if (!url.searchParams.get('api-version')) return azureError(res, 404, '404', 'Resource not found');
      if (req.headers['api-key'] !== options.apiKey) {
        return azureError(
          res,
          401,
          '401',
          'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
        );
      }
      if (decodeURIComponent(match[1]) !== options.deployment) {
        return azureError(res, 404, 'DeploymentNotFound', 'The API deployment for this resource does not exist.');
      }
      const messages = (body as { messages?: unknown } | undefined)?.messages;
      if (!Array.isArray(messages) || messages.length === 0) {
        return azureError(res, 400, 'BadRequest', "'messages' is a required property");
      }
      respond(res, behaviour, record);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    setBehaviour(b) {
      behaviour = b;
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
