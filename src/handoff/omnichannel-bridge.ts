// Under Dynamics 365 Omnichannel (HANDOFF_MODE=omnichannel), a bot message reaches the customer only
// when its channelData says deliveryMode "bridged"; the escalation message (whose text is for the
// agent) is left as it is.
import { ActivityTypes, type TurnContext } from 'botbuilder';

export class OmnichannelBridge {
  async before(context: TurnContext): Promise<void> {
    context.onSendActivities(async (_ctx, activities, next) => {
      for (const activity of activities) {
        if (activity.type !== ActivityTypes.Message) continue;
        const channelData: Record<string, unknown> = activity.channelData ?? {};
        if (channelData.tags !== undefined) continue;
        activity.channelData = { ...channelData, deliveryMode: 'bridged' };
      }
      return next();
    });
  }
}
