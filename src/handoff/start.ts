// A person asked for a human: tell them what happens, always give them the right people to contact in
// their county (knowledge/contacts.json), and, unless HANDOFF_MODE=off, hand the conversation to the
// contact centre (see events.ts).
import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { Profile } from '../catalogue/schema';
import type { Contact } from '../catalogue/types';
import { errorFields, type Logger } from '../log';
import { languageOf, textsFor } from '../text/turn-language';
import { contactsForCounty, whoLabel } from './contacts';
import { handoffInitiation, handoffSummary, omnichannelEscalation, type HandoffMode } from './events';
import type { HandoffRecorder } from './recorder';

export interface HandoffDeps {
  mode: HandoffMode;
  recorder: HandoffRecorder;
  /** The guidance profile (user state): its county and what the person told the bot. */
  profile: StatePropertyAccessor<Profile>;
  contacts: readonly Contact[];
  /** The county the bot serves when the person has not said theirs (DEFAULT_COUNTY). */
  defaultCounty?: string;
  log?: Logger;
}

export async function startHandoff(context: TurnContext, deps: HandoffDeps): Promise<void> {
  const t = textsFor(context);
  const profile = (await deps.profile.get(context)) ?? {};
  const county = profile.county ?? deps.defaultCounty;
  const english = languageOf(context) === 'en';
  const lines = contactsForCounty(county, deps.contacts).map((c) =>
    t.handoff.contactLine(whoLabel(c.who, t), t.handoff.contactName(c.name, c.nameEn ?? c.name), english ? c.descriptionEn : c.description, c.url),
  );
  const intro = deps.mode === 'off' ? t.handoff.notConnected : `${t.handoff.connecting}\n\n${t.handoff.contactsIntro(county)}`;
  await context.sendActivity(MessageFactory.text(`${intro}\n\n${lines.join('\n')}`));

  if (deps.mode === 'off') return;
  const summary = handoffSummary(county, profile, deps.recorder.lastQuestion(context));
  const handoff =
    deps.mode === 'event' ? handoffInitiation(context, summary, deps.recorder.transcript(context)) : omnichannelEscalation(summary, languageOf(context), t);
  try {
    await context.sendActivity(handoff);
  } catch (err) {
    // A channel with no contact centre behind it may refuse the event: the person has the contacts.
    deps.log?.warn('hand-off not delivered', { channel: context.activity.channelId, mode: deps.mode, ...errorFields(err) });
    await context.sendActivity(t.handoff.status.failed);
  }
}
