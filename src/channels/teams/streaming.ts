// Streaming in Teams (1:1 chats only): typing activities with a `streaminfo` entity — informative
// first, then the answer so far, with streamSequence 1, 2, 3 … and, after the first, the streamId
// Teams returned for it — at most one send per second, and a final message whose streaminfo has
// streamType "final" and no sequence. A 403 ContentStreamNotAllowed means the person pressed Stop (or
// the stream is over); the same code for an exceeded time, a too-large message or streaming that is
// switched off means the answer must go as an ordinary message instead.
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { StreamFailure, StreamFormat, StreamProfile } from '../../replies/stream/format';

export const STREAMINFO = 'streaminfo';

export const teamsStreamFormat: StreamFormat = {
  chunk: (text, kind, sequence, streamId) => ({
    type: 'typing',
    text,
    entities: [{ type: STREAMINFO, streamType: kind, streamSequence: sequence, ...(streamId ? { streamId } : {}) }],
  }),
  final: (activity, streamId) => ({
    ...activity,
    entities: [{ type: STREAMINFO, streamId, streamType: 'final' }, ...(activity.entities ?? [])],
  }),
  classify: classifyStreamError,
};

/** Teams counts one streamed update per second; a faster stream is throttled with the same 403. */
export const TEAMS_STREAM: StreamProfile = { format: teamsStreamFormat, intervalMs: 1000 };

/** Streaming is offered in 1:1 chats, with replies posted to the connector as they are made. */
export function teamsStreamProfile(activity: Pick<Activity, 'channelId' | 'conversation' | 'deliveryMode'>): StreamProfile | undefined {
  if (activity.channelId !== 'msteams' || activity.conversation?.conversationType !== 'personal') return undefined;
  if (activity.deliveryMode === 'expectReplies') return undefined;
  return TEAMS_STREAM;
}

const ConnectorError = z.object({ statusCode: z.number(), code: z.string().optional(), message: z.string().optional() });
/** ContentStreamNotAllowed messages after which the answer should still reach the person. */
const SEND_AS_MESSAGE = /exceeded streaming time|size too large|^content stream is not allowed\.?$/i;

export function classifyStreamError(error: unknown): StreamFailure {
  const parsed = ConnectorError.safeParse(error);
  if (!parsed.success || parsed.data.statusCode !== 403 || parsed.data.code !== 'ContentStreamNotAllowed') return 'failed';
  return SEND_AS_MESSAGE.test((parsed.data.message ?? '').trim()) ? 'failed' : 'stopped';
}

export function isStreamStop(error: unknown): boolean {
  return classifyStreamError(error) === 'stopped';
}

/** True for the message that ends a Teams stream. */
export function isFinalStreamMessage(activity: Partial<Activity>): boolean {
  return (activity.entities ?? []).some((e) => e.type === STREAMINFO && (e as { streamType?: unknown }).streamType === 'final');
}

/** The streamId a final message names, if it ends a stream. */
export function finalStreamId(activity: Partial<Activity>): string | undefined {
  const info = (activity.entities ?? []).find((e) => e.type === STREAMINFO && (e as { streamType?: unknown }).streamType === 'final');
  const id = (info as { streamId?: unknown } | undefined)?.streamId;
  return typeof id === 'string' ? id : undefined;
}
