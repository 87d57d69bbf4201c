// What the conversation's last answer was about, so that a follow-up ("og når ble den signert?" after an answer
// about Trøndelagsmodellen) is read about it, and the place it asked about ("hvem kan jeg ringe der?"). Kept in
// conversation state, which lives as long as the conversation's state does; a topic id and a county's name are no
// personal data.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { z } from 'zod';

export const AnsweredTopicSchema = z.object({ topic: z.string().min(1).max(80), place: z.string().min(1).max(80).optional() }).strict();
export type AnsweredTopic = z.infer<typeof AnsweredTopicSchema>;

export class AnsweredTopics {
  constructor(private readonly stored: StatePropertyAccessor<AnsweredTopic>) {}

  /** The topic of the conversation's last answer about one, and the place it asked about. */
  async last(context: TurnContext): Promise<AnsweredTopic | undefined> {
    const saved = AnsweredTopicSchema.safeParse(await this.stored.get(context));
    return saved.success ? saved.data : undefined;
  }

  /**
   * Remembers what an answer was about; one about no topic (off-topic, a greeting) leaves the last one, and one
   * naming no place keeps the place asked about before ("hvor lang tid tar det?" between "… i Mo i Rana?" and "… der?").
   */
  async note(context: TurnContext, topic: string | undefined, place?: string): Promise<void> {
    if (topic === undefined) return;
    const kept = place ?? (await this.last(context))?.place;
    await this.stored.set(context, { topic, ...(kept !== undefined ? { place: kept } : {}) });
  }

  /** The options that read the next question in this conversation (AnswerOptions.topicBefore, placeBefore). */
  async optionsFor(context: TurnContext): Promise<{ topicBefore?: string; placeBefore?: string }> {
    const last = await this.last(context);
    return last ? { topicBefore: last.topic, ...(last.place !== undefined ? { placeBefore: last.place } : {}) } : {};
  }
}
