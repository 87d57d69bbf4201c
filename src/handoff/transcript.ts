// The hand-off transcript: the last messages of the conversation, redacted and clipped, kept in
// conversation state only so that a person taking over can read them. It expires with the
// conversation's state (STATE_TTL_SECONDS) and goes with «slett mine data».
import { z } from 'zod';
import { HANDOFF_TRANSCRIPT_ENTRY_MAX_CHARS, HANDOFF_TRANSCRIPT_MAX_ENTRIES } from '../limits';
import { redact } from '../privacy/redact';

export const TranscriptEntrySchema = z.object({
  from: z.enum(['user', 'bot']),
  text: z.string().max(HANDOFF_TRANSCRIPT_ENTRY_MAX_CHARS),
  /** ISO time. */
  at: z.string(),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;

export const HandoffStateSchema = z.object({
  transcript: z.array(TranscriptEntrySchema).max(HANDOFF_TRANSCRIPT_MAX_ENTRIES),
  /** Answers in a row that found nothing or only a gap. */
  misses: z.number().int().min(0),
  /** The last question that got an answer, redacted. */
  lastQuestion: z.string().optional(),
});
export type HandoffState = z.infer<typeof HandoffStateSchema>;

export const EMPTY_HANDOFF_STATE: HandoffState = { transcript: [], misses: 0 };

/** Redacts first, then clips: a number cut in two would no longer be recognised. */
export function transcriptText(text: string): string {
  const clean = redact(text).replace(/\s+/gu, ' ').trim();
  return clean.length <= HANDOFF_TRANSCRIPT_ENTRY_MAX_CHARS ? clean : `${clean.slice(0, HANDOFF_TRANSCRIPT_ENTRY_MAX_CHARS - 1)}…`;
}

export function transcriptEntry(from: TranscriptEntry['from'], text: string, at: Date): TranscriptEntry {
  return { from, text: transcriptText(text), at: at.toISOString() };
}

/** The transcript with `entries` added, keeping only the last HANDOFF_TRANSCRIPT_MAX_ENTRIES. */
export function appendToTranscript(transcript: readonly TranscriptEntry[], entries: readonly TranscriptEntry[]): TranscriptEntry[] {
  return [...transcript, ...entries].slice(-HANDOFF_TRANSCRIPT_MAX_ENTRIES);
}
