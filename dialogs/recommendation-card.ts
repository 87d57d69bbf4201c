// Shows an Assessment: an Adaptive Card for Web Chat and Teams (verdict, why, next step, source per
// path) and the same content as plain text a counsellor can paste into their notes.
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Assessment, PathAssessment, Profile } from '../src/catalogue/schema';
import { describeProfile } from '../src/nlu';
import type { CitationFormatter } from '../src/bot/citations';
import { MENU, SHOW_AS_TEXT, SHOW_OFFERS, withSuggestions } from './replies';

const VERDICT: Record<PathAssessment['status'], string> = {
  eligible: 'Passer for deg',
  'needs-info': 'Kan passe – trenger mer informasjon',
  'not-eligible': 'Passer ikke nå',
};
const VERDICT_COLOR: Record<PathAssessment['status'], string> = {
  eligible: 'Good',
  'needs-info': 'Warning',
  'not-eligible': 'Attention',
};
const ORDER: PathAssessment['status'][] = ['eligible', 'needs-info', 'not-eligible'];
const MAX_REASONS = 3;

export const CONFIRM_WITH_COUNTY =
  'Reglene varierer mellom fylkene og kan endres. Bekreft alltid med fylkeskommunen eller karrieresenteret før du gjør noe.';

export function sortedPaths(assessment: Assessment): PathAssessment[] {
  return [...assessment.paths].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
}

export function recommendationCard(assessment: Assessment, profile: Profile, cite: CitationFormatter): object {
  const pathBlocks = sortedPaths(assessment).map((path) => ({
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: path.title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: VERDICT[path.status], color: VERDICT_COLOR[path.status], weight: 'Bolder', wrap: true, spacing: 'None' },
      ...path.reasons.slice(0, MAX_REASONS).map((reason) => ({
        type: 'TextBlock',
        wrap: true,
        text: `${reason.text} Kilde: ${cite.markdown(reason.citation)}`,
      })),
      ...(path.nextSteps.length > 0
        ? [{ type: 'TextBlock', wrap: true, text: `**Neste steg:** ${path.nextSteps[0]}` }]
        : []),
    ],
  }));
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    speak: 'Her er mulighetene dine.',
    body: [
      { type: 'TextBlock', text: 'Dine muligheter', size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: describeProfile(profile), isSubtle: true, wrap: true },
      ...pathBlocks,
      { type: 'TextBlock', text: CONFIRM_WITH_COUNTY, isSubtle: true, wrap: true, separator: true },
    ],
    actions: [
      { type: 'Action.Submit', title: MENU.courseFinder, data: { action: 'courseFinder' } },
      { type: 'Action.Submit', title: 'Start på nytt', data: { action: 'restart' } },
    ],
  };
}

/** Plain-text version for counsellors' notes, the terminal chat and channels without cards. */
export function assessmentText(assessment: Assessment, profile: Profile, cite: CitationFormatter): string {
  const lines = ['Vurdering av mulige veier', describeProfile(profile), ''];
  for (const path of sortedPaths(assessment)) {
    lines.push(`${path.title}: ${VERDICT[path.status]}`);
    for (const reason of path.reasons) lines.push(`- ${reason.text} (Kilde: ${cite.label(reason.citation)}${cite.href(reason.citation)?.startsWith('http') ? `, ${cite.href(reason.citation)}` : ''})`);
    if (path.missing.length > 0) lines.push(`- Mangler opplysninger om: ${path.missing.join(', ')}`);
    for (const step of path.nextSteps) lines.push(`- Neste steg: ${step}`);
    lines.push('');
  }
  lines.push(CONFIRM_WITH_COUNTY);
  return lines.join('\n');
}

export function recommendationActivities(
  assessment: Assessment,
  profile: Profile,
  services: { cite: CitationFormatter },
): Partial<Activity>[] {
  const card = MessageFactory.attachment(CardFactory.adaptiveCard(recommendationCard(assessment, profile, services.cite)));
  card.text = 'Her er mulighetene dine, med regelen og kilden bak hver vurdering.';
  const offers = assessment.offers.length;
  const followUp = withSuggestions(
    MessageFactory.text(
      offers > 0
        ? `Jeg fant også ${offers} tilbud som kan passe. Vil du se dem, eller har du spørsmål?`
        : 'Har du spørsmål om noen av veiene? Skriv dem med egne ord.',
    ),
    offers > 0
      ? [SHOW_OFFERS, SHOW_AS_TEXT, MENU.courseFinder, 'Start på nytt']
      : [SHOW_AS_TEXT, MENU.courseFinder, 'Start på nytt'],
  );
  return [card, followUp];
}
