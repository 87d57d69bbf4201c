// Shows an Assessment: an Adaptive Card for Web Chat and Teams (verdict, why, next step, source per
// path) and the same content as plain text a counsellor can paste into their notes.
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Assessment, PathAssessment, Profile } from '../src/catalogue/schema';
import type { CitationFormatter } from '../src/replies/citations';
import { withSuggestions } from '../src/replies/messages';
import { nb } from '../src/text/nb';
import { describeProfile } from '../src/text/profile-summary';
import type { Texts } from '../src/text/texts';

const VERDICT_COLOR: Record<PathAssessment['status'], string> = {
  eligible: 'Good',
  'needs-info': 'Warning',
  'not-eligible': 'Attention',
};
const ORDER: PathAssessment['status'][] = ['eligible', 'needs-info', 'not-eligible'];
const MAX_REASONS = 3;

export function sortedPaths(assessment: Assessment): PathAssessment[] {
  return [...assessment.paths].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
}

export function recommendationCard(assessment: Assessment, profile: Profile, cite: CitationFormatter, texts: Texts = nb): object {
  const t = texts.recommendation;
  const pathBlocks = sortedPaths(assessment).map((path) => ({
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: texts.knowledge.pathTitle(path.id, path.title), weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: t.verdict[path.status], color: VERDICT_COLOR[path.status], weight: 'Bolder', wrap: true, spacing: 'None' },
      ...path.reasons.slice(0, MAX_REASONS).map((reason) => ({
        type: 'TextBlock',
        wrap: true,
        text: t.reasonWithSource(texts.knowledge.sourceText(reason.text), cite.markdown(reason.citation)),
      })),
      ...(path.nextSteps.length > 0 ? [{ type: 'TextBlock', wrap: true, text: t.nextStepBold(path.nextSteps[0]) }] : []),
    ],
  }));
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    speak: t.cardSpeak,
    body: [
      { type: 'TextBlock', text: t.cardTitle, size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: describeProfile(profile, texts), isSubtle: true, wrap: true },
      ...pathBlocks,
      { type: 'TextBlock', text: t.confirmWithCounty, isSubtle: true, wrap: true, separator: true },
    ],
    actions: [
      { type: 'Action.Submit', title: texts.menu.courseFinder, data: { action: 'courseFinder' } },
      { type: 'Action.Submit', title: t.restart, data: { action: 'restart' } },
    ],
  };
}

/** Plain-text version for counsellors' notes, the terminal chat and channels without cards. */
export function assessmentText(assessment: Assessment, profile: Profile, cite: CitationFormatter, texts: Texts = nb): string {
  const t = texts.recommendation;
  const lines = [t.textTitle, describeProfile(profile, texts), ''];
  for (const path of sortedPaths(assessment)) {
    lines.push(`${texts.knowledge.pathTitle(path.id, path.title)}: ${t.verdict[path.status]}`);
    for (const reason of path.reasons) {
      const href = cite.href(reason.citation);
      lines.push(t.textReason(texts.knowledge.sourceText(reason.text), `${cite.label(reason.citation)}${href?.startsWith('http') ? `, ${href}` : ''}`));
    }
    if (path.missing.length > 0) lines.push(t.textMissing(path.missing.join(', ')));
    for (const step of path.nextSteps) lines.push(t.textNextStep(step));
    lines.push('');
  }
  lines.push(t.confirmWithCounty);
  return lines.join('\n');
}

export function recommendationActivities(assessment: Assessment, profile: Profile, cite: CitationFormatter, texts: Texts = nb): Partial<Activity>[] {
  const t = texts.recommendation;
  const card = MessageFactory.attachment(CardFactory.adaptiveCard(recommendationCard(assessment, profile, cite, texts)));
  card.text = t.cardText;
  const offers = assessment.offers.length;
  const followUp = withSuggestions(
    MessageFactory.text(offers > 0 ? t.offersFound(offers) : t.askAboutPaths),
    offers > 0 ? [t.showOffers, t.showAsText, texts.menu.courseFinder, t.restart] : [t.showAsText, texts.menu.courseFinder, t.restart],
  );
  return [card, followUp];
}
