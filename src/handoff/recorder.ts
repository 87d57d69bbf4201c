// A turn hook that keeps what a hand-off needs, in conversation state: the last messages (redacted,
// see transcript.ts), the last question answered, and how many answers in a row found nothing or
// only a gap (noteAnswer, called with each answer before it is sent: channels' send hooks may take
// our channelData off). On the second such answer it puts the hand-off button on it. Turns marked private
// (counsellor mode) are not written into the transcript, and no transcript is kept at all unless a
// hand-off event is to carry it (HANDOFF_MODE=event; Omnichannel keeps its own).
import { ActivityTypes, type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { imBack } from '../replies/messages';
import { textsFor } from '../text/turn-language';
import { isKeptOutOfTranscript } from './private-turn';
import {
  EMPTY_HANDOFF_STATE,
  HandoffStateSchema,
  appendToTranscript,
  transcriptEntry,
  transcriptText,
  type HandoffState,
  type TranscriptEntry,
} from './transcript';

/** Answers in a row that found nothing (or only a gap) before the hand-off button is offered. */
export const MISSES_BEFORE_OFFER = 2;

/** What an answer activity carries in channelData (src/replies/answer.ts). */
const AnswerMarksSchema = z.object({ veiviser: z.object({ citations: z.array(z.unknown()), gap: z.boolean().optional() }) });

interface TurnRecord {
  state: HandoffState;
  entries: TranscriptEntry[];
  /** The person's message as sent and as written into the transcript: the question answered is mostly the same text. */
  said?: { text: string; clean: string };
}

const TURN_RECORD = Symbol('veiviser.handoffTurn');

export class HandoffRecorder {
  constructor(
    private readonly stored: StatePropertyAccessor<HandoffState>,
    /**
     * keepTranscript: the last messages, for a hand-off event (HANDOFF_MODE=event). keepLastQuestion: the last question
     * answered, redacted, for the summary a person taking over reads (any hand-off mode but off).
     */
    private readonly options: { keepTranscript: boolean; keepLastQuestion?: boolean; now?: () => Date },
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  async before(context: TurnContext): Promise<void> {
    const saved = HandoffStateSchema.safeParse(await this.stored.get(context));
    const record: TurnRecord = { state: saved.success ? saved.data : EMPTY_HANDOFF_STATE, entries: [] };
    context.turnState.set(TURN_RECORD, record);
    const { type, text } = context.activity;
    if (type === ActivityTypes.Message && typeof text === 'string' && text.trim() !== '') {
      const entry = transcriptEntry('user', text, this.now());
      record.entries.push(entry);
      record.said = { text, clean: entry.text };
    }
    // The bot's replies are only written down (and redacted) where a hand-off event is to carry the transcript.
    if (!this.options.keepTranscript) return;
    context.onSendActivities(async (_context, activities, next) => {
      for (const activity of activities) this.onReply(record, activity);
      return next();
    });
  }

  async after(context: TurnContext): Promise<void> {
    const record = recordOf(context);
    if (!record) return;
    const keep = this.options.keepTranscript && !isKeptOutOfTranscript(context);
    const transcript = keep ? appendToTranscript(record.state.transcript, record.entries) : record.state.transcript;
    await this.stored.set(context, { ...record.state, transcript });
  }

  /** Everything kept so far, this turn's messages included. */
  transcript(context: TurnContext): TranscriptEntry[] {
    const record = recordOf(context);
    return record ? appendToTranscript(record.state.transcript, record.entries) : [];
  }

  lastQuestion(context: TurnContext): string | undefined {
    return recordOf(context)?.state.lastQuestion;
  }

  /** An answer to `question` about to be sent: counts it as found or not, and offers the hand-off on the second miss in a row. */
  noteAnswer(context: TurnContext, question: string, answer: Partial<Activity>): void {
    const record = recordOf(context);
    const marks = AnswerMarksSchema.safeParse(answer.channelData);
    if (!record || !marks.success) return;
    const { citations, gap } = marks.data.veiviser;
    const missed = citations.length === 0 || gap === true;
    const lastQuestion = this.options.keepLastQuestion ? (record.said?.text === question ? record.said.clean : transcriptText(question)) : undefined;
    const { transcript, misses } = record.state;
    record.state = { transcript, misses: missed ? misses + 1 : 0, ...(lastQuestion !== undefined ? { lastQuestion } : {}) };
    if (missed && record.state.misses >= MISSES_BEFORE_OFFER) offerHandoff(context, answer);
  }

  private onReply(record: TurnRecord, activity: Partial<Activity>): void {
    if (activity.type !== ActivityTypes.Message) return;
    const text = activity.text ?? (activity.attachments?.length ? '[card]' : '');
    if (text.trim() !== '') record.entries.push(transcriptEntry('bot', text, this.now()));
  }
}

function recordOf(context: TurnContext): TurnRecord | undefined {
  return context.turnState.get(TURN_RECORD) as TurnRecord | undefined;
}

function offerHandoff(context: TurnContext, activity: Partial<Activity>): void {
  const button = imBack(textsFor(context).handoff.button);
  activity.suggestedActions = { to: activity.suggestedActions?.to ?? [], actions: [...(activity.suggestedActions?.actions ?? []), button] };
}
