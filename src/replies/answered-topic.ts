// What the conversation's last answer was about, so that a follow-up ("og når ble den signert?" after an answer
// about Trøndelagsmodellen) is read about it, the place it asked about ("hvem kan jeg ringe der?"), and the question
// it answered ("og i Trøndelag?" asks it again there), and the county the person's situation was read in ("bor i Vardø":
// "hvem kan jeg ringe?" is answered there). Kept in conversation state, which lives as long as the
// conversation's state does; a topic id and a county's name are no personal data, and of the question only the words
// the knowledge itself uses are kept (FactAnswerer.keptQuestion).
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { QUESTION_READ_CHARS } from '../limits';

export const AnsweredTopicSchema = z
  .object({
    topic: z.string().min(1).max(80),
    place: z.string().min(1).max(80).optional(),
    question: z.string().min(1).max(QUESTION_READ_CHARS).optional(),
    county: z.string().min(1).max(80).optional(),
  })
  .strict();
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
   * So is the county the person's situation was read in ("bor i Vardø"), kept until another is named.
   */
  async note(context: TurnContext, topic: string | undefined, place?: string, question?: string, county?: string): Promise<void> {
    if (topic === undefined) return;
    const last = await this.last(context);
    const kept = place ?? last?.place;
    const where = county ?? last?.county;
    const asked = question?.trim().slice(0, QUESTION_READ_CHARS);
    await this.stored.set(context, {
      topic,
      ...(kept !== undefined ? { place: kept } : {}),
      ...(asked ? { question: asked } : {}),
      ...(where !== undefined ? { county: where } : {}),
    });
  }

  /** The options that read the next question in this conversation (AnswerOptions.topicBefore, placeBefore, questionBefore, countyTold). */
  async optionsFor(context: TurnContext): Promise<{ topicBefore?: string; placeBefore?: string; questionBefore?: string; countyTold?: string }> {
    const last = await this.last(context);
    return last
      ? {
          topicBefore: last.topic,
          ...(last.place !== undefined ? { placeBefore: last.place } : {}),
          ...(last.question !== undefined ? { questionBefore: last.question } : {}),
          ...(last.county !== undefined ? { countyTold: last.county } : {}),
        }
      : {};
  }
}
