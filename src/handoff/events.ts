// What is sent to a contact centre when a person asks for a human, by HANDOFF_MODE:
// - event: Bot Framework's hand-off initiation (botbuilder's EventFactory: an event named
//   "handoff.initiate") with the summary { county, profile, question } as its value and the redacted
//   transcript as a JSON attachment;
// - omnichannel: Dynamics 365 Omnichannel's escalation, a message whose channelData.tags is the
//   command {"type":"Escalate","context":{…}} (its context variables route the conversation) and whose
//   text, shown only to the agent, is the summary; Omnichannel keeps the transcript itself.
import { ActivityTypes, EventFactory, TurnContext, type Activity } from 'botbuilder';
import type { Profile } from '../catalogue/schema';
import { redactObject } from '../privacy/redact';
import type { Texts } from '../text/texts';
import type { TranscriptEntry } from './transcript';

export const HANDOFF_MODES = ['event', 'omnichannel', 'off'] as const;
export type HandoffMode = (typeof HANDOFF_MODES)[number];

export interface HandoffSummary {
  county: string | null;
  profile: Profile;
  question: string | null;
}

/** Omnichannel context variables (create them in the workstream to route on them). */
export const OMNICHANNEL_CONTEXT = {
  topic: 'BotHandoffTopic',
  county: 'VeiviserFylke',
  question: 'VeiviserSporsmal',
  profile: 'VeiviserProfil',
  language: 'VeiviserSprak',
} as const;
export const OMNICHANNEL_TOPIC = 'karriereveiledning';

export function handoffSummary(county: string | undefined, profile: Profile, question: string | undefined): HandoffSummary {
  return { county: county ?? null, profile: redactObject(profile) as Profile, question: question ?? null };
}

/** The transcript as activities between the user and the bot of this conversation. */
export function transcriptActivities(context: TurnContext, entries: readonly TranscriptEntry[]): Activity[] {
  const reference = TurnContext.getConversationReference(context.activity);
  const user = reference.user ?? { id: 'user', name: '' };
  const bot = reference.bot ?? { id: 'bot', name: '' };
  return entries.map(
    (entry, i) =>
      ({
        type: ActivityTypes.Message,
        id: `transcript-${i + 1}`,
        timestamp: new Date(entry.at),
        channelId: reference.channelId,
        serviceUrl: reference.serviceUrl,
        conversation: reference.conversation,
        from: entry.from === 'user' ? { id: user.id, role: 'user' } : { id: bot.id, name: bot.name, role: 'bot' },
        recipient: entry.from === 'user' ? { id: bot.id, name: bot.name, role: 'bot' } : { id: user.id, role: 'user' },
        text: entry.text,
      }) as Activity,
  );
}

export function handoffInitiation(context: TurnContext, summary: HandoffSummary, entries: readonly TranscriptEntry[]): Activity {
  return EventFactory.createHandoffInitiation(context, summary, { activities: transcriptActivities(context, entries) });
}

export function omnichannelEscalation(summary: HandoffSummary, lang: string, t: Texts): Partial<Activity> {
  const context = {
    [OMNICHANNEL_CONTEXT.topic]: OMNICHANNEL_TOPIC,
    [OMNICHANNEL_CONTEXT.county]: summary.county ?? '',
    [OMNICHANNEL_CONTEXT.question]: summary.question ?? '',
    [OMNICHANNEL_CONTEXT.profile]: JSON.stringify(summary.profile),
    [OMNICHANNEL_CONTEXT.language]: lang,
  };
  return {
    type: ActivityTypes.Message,
    text: t.handoff.agentSummary(summary.county ?? t.handoff.unknownCounty, summary.question ?? t.handoff.noQuestion),
    channelData: { tags: JSON.stringify({ type: 'Escalate', context }) },
  };
}
