// Streaming LLM answers. The model writes the agreed JSON object ({"answer": "…", "citations": […]})
// token by token; this reads the answer text out of the unfinished JSON as it grows, renumbers its [n]
// markers the way the finished answer will be (resolveReply), leaves out a marker still being written,
// and reports the text to a listener. The finished reply is then parsed and checked exactly as an
// unstreamed one, so streaming changes what a person sees while waiting, never the answer itself.
import type { BaseMessage } from '@langchain/core/messages';
import type { AskResult } from '../catalogue/schema';
import type { Answerer } from './types';
import { inlineCitations, renumberMarkers } from './llm-prompt';

export interface AnswerStreamListener {
  /** Called once, just before the model is asked (not for declined questions or extractive fallbacks). */
  onStart?(): void;
  /** The answer text so far: cumulative, markers numbered as in the final answer. */
  onText(text: string): void;
  /** Aborted when the person stopped the answer; the model request is then cancelled. */
  signal?: AbortSignal;
}

/** An answerer that can also report its answer while the model writes it. */
export interface StreamingAnswerer extends Answerer {
  answerStreaming(question: string, listener: AnswerStreamListener): Promise<AskResult>;
}

export function canStream(answerer: Answerer): answerer is StreamingAnswerer {
  return typeof (answerer as Partial<StreamingAnswerer>).answerStreaming === 'function';
}

const ANSWER_KEY = /"answer"\s*:\s*"/;
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The value of the "answer" string in a JSON object that may be cut off anywhere: undefined until the
 * string has begun, then everything decoded so far (an escape cut in half is left out).
 */
export function partialAnswer(json: string): string | undefined {
  const key = ANSWER_KEY.exec(json);
  if (!key) return undefined;
  let out = '';
  for (let i = key.index + key[0].length; i < json.length; i++) {
    const c = json[i];
    if (c === '"') return out;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = json[i + 1];
    if (e === undefined) return out;
    if (e === 'u') {
      const hex = json.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return out;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
      continue;
    }
    out += SIMPLE_ESCAPES[e] ?? e;
    i += 1;
  }
  return out;
}

const UNFINISHED_MARKER = /\s?\[[\d\s,]*$/;

/**
 * What a person may see of an answer still being written: a marker not yet closed is left out, and
 * markers are renumbered in order of first use, dropping passages that do not exist, as the final
 * answer will be.
 */
export function visibleAnswer(partial: string, passageCount: number): string {
  const text = partial.replace(UNFINISHED_MARKER, '');
  const cited = [...new Set(inlineCitations(text))].filter((n) => Number.isInteger(n) && n >= 1 && n <= passageCount);
  return renumberMarkers(text, new Map(cited.map((n, i) => [n, i + 1])));
}

/** The part of a chat model streaming needs (langchain's AzureChatOpenAI has it). */
export interface StreamingChatModel<Options> {
  stream(messages: BaseMessage[], options: Options): Promise<AsyncIterable<{ text: string }>>;
}

/**
 * Streams a reply and returns its whole content. The listener hears the visible answer whenever it
 * grows; `passageCount` is how many passages the model was given (markers beyond it are dropped).
 */
export async function streamReply<Options>(
  model: StreamingChatModel<Options>,
  messages: BaseMessage[],
  options: Options,
  listener: AnswerStreamListener,
  passageCount: number,
): Promise<string> {
  let content = '';
  let shown = '';
  for await (const chunk of await model.stream(messages, options)) {
    content += chunk.text;
    const answer = partialAnswer(content);
    if (answer === undefined) continue;
    const visible = visibleAnswer(answer, passageCount);
    if (visible !== shown && visible.trim() !== '') {
      shown = visible;
      listener.onText(visible);
    }
  }
  return content;
}
