// How a channel wants a streamed answer: the shape of the typing activities that carry the text so far,
// of the final message that ends the stream, and which send errors mean the reader stopped it.
import type { Activity } from 'botbuilder';

export type ChunkKind = 'informative' | 'streaming';

/** What a failed send means: the reader stopped the answer, or streaming does not work here. */
export type StreamFailure = 'stopped' | 'failed';

export interface StreamFormat {
  /** A typing activity with the text so far; `streamId` is absent on the first (its id becomes the stream's). */
  chunk(text: string, kind: ChunkKind, sequence: number, streamId?: string): Partial<Activity>;
  /** The answer as the message that ends the stream. */
  final(activity: Partial<Activity>, streamId: string): Partial<Activity>;
  classify(error: unknown): StreamFailure;
}

export interface StreamProfile {
  format: StreamFormat;
  /** The least time between two sends of one stream. */
  intervalMs: number;
}

/**
 * Web Chat's livestreaming (botframework-webchat 4.18): the stream's fields in channelData. Web Chat
 * keys later chunks and the final message to the first chunk's id, and hides informative chunks
 * behind its typing indicator.
 */
export const webChatStreamFormat: StreamFormat = {
  chunk: (text, kind, sequence, streamId) => ({
    type: 'typing',
    text,
    channelData: { streamType: kind, streamSequence: sequence, ...(streamId ? { streamId } : {}) },
  }),
  final: (activity, streamId) => ({
    ...activity,
    channelData: { ...(activity.channelData as Record<string, unknown> | undefined), streamId, streamType: 'final' },
  }),
  classify: () => 'failed',
};

export const WEB_CHAT_STREAM: StreamProfile = { format: webChatStreamFormat, intervalMs: 500 };
