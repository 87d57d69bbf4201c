// "handoff.status" events from the contact centre (accepted, failed, completed), told to the person.
import { ActivityTypes, HandoffEventNames, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { textsFor } from '../text/turn-language';

export const HandoffStatusSchema = z.object({ state: z.enum(['accepted', 'failed', 'completed']), message: z.string().optional() });

/** True when the activity was a hand-off status (acknowledged when its state is known). */
export async function acknowledgeHandoffStatus(context: TurnContext): Promise<boolean> {
  const { type, name, value } = context.activity;
  if (type !== ActivityTypes.Event || name !== HandoffEventNames.HandoffStatus) return false;
  const status = HandoffStatusSchema.safeParse(value);
  if (status.success) await context.sendActivity(textsFor(context).handoff.status[status.data.state]);
  return true;
}
