// Every activity the bot sends in Teams passes here (TurnContext.onSendActivities): Adaptive Cards are
// declared at 1.5 or lower, a message over Teams' size limit goes as several, and an answer's feedback
// details (channelData.veiviser.feedback) are kept in conversation state under the id Teams gives the
// message — for a streamed answer, the stream's id — instead of going to Teams. A Stop that reaches
// the final message of a stream ends it quietly too.
import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { rememberAnswer, type AnswerLogAccessor } from './answer-log';
import type { AnswerFeedbackMeta } from './answer';
import { withTeamsCardVersions } from './cards';
import { fitToTeamsSize } from './size';
import { finalStreamId, isFinalStreamMessage, isStreamStop } from './streaming';

const VeiviserChannelData = z
  .object({
    veiviser: z
      .object({ feedback: z.object({ question: z.string(), sources: z.array(z.string()) }).optional() })
      .passthrough(),
  })
  .passthrough();

/** The activity without our own channelData, and the feedback details it carried. */
function takeOurChannelData(activity: Partial<Activity>): { activity: Partial<Activity>; feedback?: AnswerFeedbackMeta } {
  const parsed = VeiviserChannelData.safeParse(activity.channelData);
  if (!parsed.success) return { activity };
  const { veiviser, ...teams } = parsed.data;
  const clean: Partial<Activity> = { ...activity, channelData: Object.keys(teams).length > 0 ? teams : undefined };
  if (clean.channelData === undefined) delete clean.channelData;
  return { activity: clean, feedback: veiviser.feedback };
}

export type SendHook = (
  context: TurnContext,
  activities: Partial<Activity>[],
  next: () => Promise<ResourceResponse[]>,
) => Promise<ResourceResponse[]>;

export function teamsSendHook(answers: AnswerLogAccessor): SendHook {
  return async (context, activities, next) => {
    const feedbackOf = new Map<Partial<Activity>, AnswerFeedbackMeta>();
    const outgoing = activities.flatMap((original) => {
      const { activity, feedback } = takeOurChannelData(withTeamsCardVersions(original));
      // Only ordinary messages are split: a stream's chunks and its final message belong to one
      // streamed message (and an LLM answer is far below the limit).
      const ordinary = activity.type === 'message' && !isFinalStreamMessage(activity);
      const parts = ordinary ? fitToTeamsSize(activity) : [activity];
      if (feedback) feedbackOf.set(parts[parts.length - 1], feedback);
      return parts;
    });
    activities.splice(0, activities.length, ...outgoing);

    let responses: ResourceResponse[];
    try {
      responses = await next();
    } catch (error) {
      if (isStreamStop(error) && activities.some(isFinalStreamMessage)) return activities.map(() => ({ id: '' }));
      throw error;
    }
    for (const [i, activity] of activities.entries()) {
      const feedback = feedbackOf.get(activity);
      const id = finalStreamId(activity) ?? responses[i]?.id;
      if (feedback && id) await rememberAnswer(answers, context, id, feedback);
    }
    return responses;
  };
}
