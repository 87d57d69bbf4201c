// What the conversation's last answer was about, so that a follow-up ("og når ble den signert?" after an answer
// about Trøndelagsmodellen) is read about it. Kept in conversation state, which lives as long as the conversation's
// state does; a topic id is no personal data.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { z } from 'zod';

export const AnsweredTopicSchema = z.object({ topic: z.string().min(1).max(80) }).strict();
export type AnsweredTopic = z.infer<typeof AnsweredTopicSchema>;

export class AnsweredTopics {
  constructor(private readonly stored: StatePropertyAccessor<AnsweredTopic>) {}

  /** The topic of the conversation's last answer about one. */
  async last(context: TurnContext): Promise<string | undefined> {
    const saved = AnsweredTopicSchema.safeParse(await this.stored.get(context));
    return saved.success ? saved.data.topic : undefined;
  }

  /** Remembers what an answer was about; one about no topic (off-topic, a greeting) leaves the last one. */
  async note(context: TurnContext, topic: string | undefined): Promise<void> {
    if (topic !== undefined) await this.stored.set(context, { topic });
  }
}
