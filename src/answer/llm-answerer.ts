// Grounded answers from Azure OpenAI (through langchain's AzureChatOpenAI): decline what the guard
// declines (src/answer/guard.ts, as the local answerer does), redact the question, give the model the
// best facts first and then passages from our reports, ask it to answer only from them in JSON, keep
// only citations of sources that exist. Timeouts, HTTP errors and unusable replies fall back to the
// local answerer (the facts, without a model).
import { AzureChatOpenAI } from '@langchain/openai';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { AskResultSchema, type AskResult, type Citation } from '../catalogue/schema';
import { citationOf, type Passage, type Retriever } from '../retrieval/types';
import { REDACTED, redact } from '../privacy/redact';
import { createLogger, type Logger } from '../log';
import { abstain } from './abstain';
import { checkQuestion, declined } from './guard';
import type { AnswerOptions, Answerer } from './types';
import { buildPrompt, inlineCitations, parseLlmReply, renumberMarkers } from './llm-prompt';
import { streamReply, type AnswerStreamListener, type StreamingAnswerer } from './llm-stream';
import { LlmTimeoutError, withTimeout } from '../llm-timeout';

export interface LlmAnswererOptions {
  /** https://<resource>.openai.azure.com (a trailing slash is fine). */
  endpoint: string;
  apiKey: string;
  /** e.g. "2024-10-21". */
  apiVersion: string;
  /** The chat deployment name. `chatDeployment` (as in Config.azureOpenAI) is accepted as well. */
  deployment?: string;
  chatDeployment?: string;
  /** Ignored here (Config.azureOpenAI carries it). */
  embeddingsDeployment?: string;
  retriever: Retriever;
  /** The facts that answer a question best, as passages the model sees before the report passages. */
  facts?: (question: string) => Passage[];
  /**
   * The question as asked in the conversation (a follow-up with the topic of the answer before it, see
   * FactAnswerer.inConversation), and the topic and place it is about: what the model is asked, and what its answer is about.
   */
  inConversation?: (question: string, options?: AnswerOptions) => { question: string; topic?: string; place?: string };
  /** Used when the LLM cannot give a usable answer (timeout, HTTP error, invalid reply) or nothing was retrieved. */
  fallback: Answerer;
  /** Whole-request budget, retries included. */
  timeoutMs: number;
  log?: Pick<Logger, 'warn'>;
  /** How many passages the model sees (default 5). */
  passageLimit?: number;
  /** Retries after a failed request within timeoutMs (default 0: the fallback is cheap). */
  maxRetries?: number;
  /** Default 0. */
  temperature?: number;
  /** The model behind the deployment, if its name differs from the deployment name (e.g. "gpt-4o-mini"). */
  model?: string;
  /** Wraps every model call (the app puts a circuit breaker here); a rejection falls back like any failure. */
  guard?: <T>(call: () => Promise<T>) => Promise<T>;
}

const OptionsSchema = z.object({
  endpoint: z.string().url(),
  apiKey: z.string().min(1),
  apiVersion: z.string().min(1),
  deployment: z.string().regex(/^[A-Za-z0-9._-]+$/, 'deployment name'),
  timeoutMs: z.number().int().positive(),
  passageLimit: z.number().int().min(1).max(20),
  maxRetries: z.number().int().min(0).max(5),
  temperature: z.number().min(0).max(2),
});

export type FallbackReason = 'timeout' | 'http-error' | 'network-error' | 'invalid-reply' | 'circuit-open';

function classify(err: unknown): { reason: FallbackReason; status?: number } {
  if (err instanceof LlmTimeoutError) return { reason: 'timeout' };
  if (err instanceof Error && err.name === 'CircuitOpenError') return { reason: 'circuit-open' };
  const status = typeof err === 'object' && err !== null ? (err as { status?: unknown }).status : undefined;
  if (typeof status === 'number') return { reason: 'http-error', status };
  const name = err instanceof Error ? err.name : '';
  if (/timeout/i.test(name)) return { reason: 'timeout' };
  return { reason: 'network-error' };
}

/** The retrieval query: the redacted question without the redaction markers (they would skew ranking). */
function retrievalQuery(redactedQuestion: string): string {
  return Object.values(REDACTED)
    .reduce((q, marker) => q.split(marker).join(' '), redactedQuestion)
    .replace(/\s+/g, ' ')
    .trim();
}

const QUOTE_MAX = 400;

function stems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 6)));
}

/**
 * The passage sentence that shares most words with the answer, as the citation's quote. Sentences come
 * from passage.sentences when the retriever provides them, else from splitting the text. A very long
 * sentence is cut at a word boundary (no ellipsis, so the quote can still be read in the cited lines).
 */
export function bestQuote(passage: Pick<Passage, 'text' | 'sentences'>, answer: string): string {
  const answerStems = stems(answer);
  const sentences = (passage.sentences?.map((s) => s.text) ?? passage.text.split(/(?<=[.!?])\s+/u))
    .map((s) => s.trim())
    .filter(Boolean);
  let best = sentences[0] ?? passage.text.trim();
  let bestScore = -1;
  for (const s of sentences) {
    const score = [...stems(s)].filter((w) => answerStems.has(w)).length;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  if (best.length <= QUOTE_MAX) return best;
  const cut = best.slice(0, QUOTE_MAX);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), QUOTE_MAX / 2)).trim();
}

/** Turns the model's reply into an AskResult: only citations of passages that exist; none left → abstain. */
export function resolveReply(question: string, reply: { answer: string; citations: number[] }, passages: readonly Passage[]): AskResult {
  const exists = (n: number) => Number.isInteger(n) && n >= 1 && n <= passages.length;
  const cited = [...new Set([...inlineCitations(reply.answer), ...reply.citations])].filter(exists);
  if (cited.length === 0) return abstain(question);
  const passageToCitation = new Map(cited.map((n, i) => [n, i + 1]));
  const answer = renumberMarkers(reply.answer, passageToCitation);
  const citations: Citation[] = cited.map((n) => citationOf(passages[n - 1], bestQuote(passages[n - 1], answer)));
  return AskResultSchema.parse({ question, answer, citations, generatedByLlm: true });
}

/**
 * An Answerer backed by Azure OpenAI, grounded in retrieved passages, with `fallback` for every failure.
 * answerStreaming does the same and reports the answer text while the model writes it (llm-stream.ts).
 */
export function createLlmAnswerer(options: LlmAnswererOptions): StreamingAnswerer {
  const o = OptionsSchema.parse({
    endpoint: options.endpoint,
    apiKey: options.apiKey,
    apiVersion: options.apiVersion,
    deployment: options.deployment ?? options.chatDeployment,
    timeoutMs: options.timeoutMs,
    passageLimit: options.passageLimit ?? 5,
    maxRetries: options.maxRetries ?? 0,
    temperature: options.temperature ?? 0,
  });
  const { retriever, fallback, facts, guard, inConversation } = options;
  const log = options.log ?? createLogger('warn');

  // azureOpenAIBasePath is given explicitly so AZURE_OPENAI_* variables in the environment cannot redirect it.
  const model = new AzureChatOpenAI({
    azureOpenAIApiKey: o.apiKey,
    azureOpenAIBasePath: `${o.endpoint.replace(/\/+$/, '')}/openai/deployments`,
    azureOpenAIApiDeploymentName: o.deployment,
    azureOpenAIApiVersion: o.apiVersion,
    model: options.model ?? o.deployment,
    temperature: o.temperature,
    maxRetries: o.maxRetries,
    timeout: o.timeoutMs,
  });

  async function fallBack(question: string, options: AnswerOptions | undefined, reason: FallbackReason, detail: { status?: number; error?: string }) {
    // While the circuit is open every question falls back; the breaker has logged why, once.
    if (reason !== 'circuit-open') log.warn('llm-answerer: using the extractive answerer instead', {
      reason,
      deployment: o.deployment,
      ...(detail.status !== undefined ? { status: detail.status } : {}),
      ...(detail.error !== undefined ? { error: redact(detail.error) } : {}),
    });
    return fallback.answer(question, options);
  }

  const llm = {
    async answer(question: string, options?: AnswerOptions, listener?: AnswerStreamListener): Promise<AskResult> {
      // Prompt injection, small talk and empty input never reach the model.
      const verdict = checkQuestion(question);
      if (!verdict.ok) return declined(question, verdict, options?.lang);
      // A question asked beside an attempt to steer the bot is answered without the model, which never sees the steering.
      if (verdict.asked !== undefined) return fallback.answer(question, options);
      const asked = inConversation?.(question, options) ?? { question };
      const safeQuestion = redact(asked.question);
      const query = retrievalQuery(safeQuestion);
      // The facts first: they say what the sources say in plain words, each with its verified quote.
      const passages = query ? [...(facts?.(query) ?? []), ...retriever.search(query, o.passageLimit).slice(0, o.passageLimit)] : [];
      // Nothing to ground an answer in: the local answerer (which sees the full question) decides.
      if (passages.length === 0) return fallback.answer(question, options);

      const prompt = buildPrompt(safeQuestion, passages);
      const messages = [new SystemMessage(prompt.system), new HumanMessage(prompt.user)];
      let content: string;
      try {
        listener?.onStart?.();
        const call = async () => {
          try {
            return await withTimeout(o.timeoutMs, async (signal) => {
              const response_format = { type: 'json_object' } as const;
              if (!listener) return (await model.invoke(messages, { signal, response_format })).text;
              const both = listener.signal ? AbortSignal.any([signal, listener.signal]) : signal;
              return streamReply(model, messages, { signal: both, response_format }, listener, passages.length);
            });
          } catch (err) {
            // Stopped by the reader: not a failure of the endpoint, so the guard (circuit breaker) must not count it.
            if (listener?.signal?.aborted) return undefined;
            throw err;
          }
        };
        const text = await (guard ? guard(call) : call());
        if (text === undefined) return abstain(question);
        content = text;
      } catch (err) {
        // Stopped by the person reading it: nobody waits for this answer any more.
        if (listener?.signal?.aborted) return abstain(question);
        const { reason, status } = classify(err);
        return fallBack(question, options, reason, { status, error: err instanceof Error ? err.message : String(err) });
      }

      const reply = parseLlmReply(content);
      if (!reply) return fallBack(question, options, 'invalid-reply', { error: `not the expected JSON (${content.length} characters)` });
      const result = resolveReply(question, reply, passages);
      return asked.topic && result.citations.length > 0 ? { ...result, topic: asked.topic, ...(asked.place ? { place: asked.place } : {}) } : result;
    },
  };
  return {
    answer: (question, options) => llm.answer(question, options),
    answerStreaming: (question, listener, options) => llm.answer(question, options, listener),
  };
}
