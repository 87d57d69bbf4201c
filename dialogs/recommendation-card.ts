// Shows an Assessment. The citizen's Adaptive Card is short enough for a phone: the recommended
// path(s) with two or three reasons (each with its source) and the next step; every other path is
// folded under "Andre muligheter" (Action.ShowCard) with its verdict, one reason and what would
// change it. The plain text a counsellor can paste into their notes keeps everything. All of it in
// the conversation's language: the labels from `texts` (bokmål by default), the path names, reasons
// and next steps from an Assessment made in the same language (assess's `lang`).
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Assessment, PathAssessment, Profile, Reason } from '../src/catalogue/schema';
import type { CitationFormatter } from '../src/replies/citations';
import { withSuggestions } from '../src/replies/messages';
import { nb } from '../src/text/nb';
import { describeProfile } from '../src/text/profile-summary';
import type { Texts } from '../src/text/texts';
import { isPossibleNotAdvised, reasonSaying, reasonsBelowVerdict } from './path-reasons';

const VERDICT_COLOR: Record<PathAssessment['status'], string> = {
  eligible: 'Good',
  'needs-info': 'Warning',
  'not-eligible': 'Attention',
};
/** Reasons shown for a recommended path on the card (the first is why it is recommended). */
const RECOMMENDED_REASONS = 3;

function verdictLabel(path: PathAssessment, texts: Texts): { text: string; color: string } {
  const t = texts.recommendation;
  if (path.recommended) return { text: t.recommended, color: 'Good' };
  if (isPossibleNotAdvised(path)) return { text: t.notAdvised, color: 'Warning' };
  return { text: t.verdict[path.status], color: VERDICT_COLOR[path.status] };
}

const textBlock = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, wrap: true, ...extra });

function reasonBlock(reason: Reason, cite: CitationFormatter, texts: Texts, text = reason.text) {
  return textBlock(texts.recommendation.reasonWithSource(text, cite.markdown(reason.citation)));
}

function header(path: PathAssessment, texts: Texts) {
  const verdict = verdictLabel(path, texts);
  return [
    textBlock(path.title, { weight: 'Bolder', size: 'Medium' }),
    textBlock(verdict.text, { color: verdict.color, weight: 'Bolder', spacing: 'None' }),
  ];
}

/** A recommended path: why (with its source), one or two more reasons, and the next step. */
function recommendedBlock(path: PathAssessment, cite: CitationFormatter, texts: Texts) {
  const [first, ...rest] = path.reasons;
  const reasons = first
    ? [reasonBlock(first, cite, texts, path.why ?? first.text), ...rest.slice(0, RECOMMENDED_REASONS - 1).map((r) => reasonBlock(r, cite, texts))]
    : [];
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [...header(path, texts), ...reasons, ...(path.nextSteps[0] ? [textBlock(texts.recommendation.nextStepBold(path.nextSteps[0]))] : [])],
  };
}

/** Another path, folded: its verdict, the one reason that matters most, and what would change it. */
function otherBlock(path: PathAssessment, cite: CitationFormatter, texts: Texts) {
  const first = path.reasons[0];
  const reason = first ? reasonBlock(first, cite, texts) : undefined;
  const change = path.whatWouldChange ? [textBlock(texts.recommendation.wouldChange(path.whatWouldChange))] : [];
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [...header(path, texts), ...(reason ? [reason] : []), ...change],
  };
}

export function recommendationCard(assessment: Assessment, profile: Profile, cite: CitationFormatter, texts: Texts = nb): object {
  const t = texts.recommendation;
  const recommended = assessment.paths.filter((p) => p.recommended);
  const others = assessment.paths.filter((p) => !p.recommended);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    speak: t.cardSpeak,
    body: [
      textBlock(t.cardTitle, { size: 'Large', weight: 'Bolder' }),
      textBlock(describeProfile(profile, texts), { isSubtle: true }),
      ...(recommended.length > 0
        ? recommended.map((p) => recommendedBlock(p, cite, texts))
        : [textBlock(t.noRecommendationYet, { separator: true })]),
      textBlock(t.confirmWithCounty, { isSubtle: true, separator: true }),
    ],
    actions: [
      ...(others.length > 0
        ? [
            {
              type: 'Action.ShowCard',
              title: t.otherOptions(others.length),
              card: { type: 'AdaptiveCard', body: others.map((p) => otherBlock(p, cite, texts)) },
            },
          ]
        : []),
      { type: 'Action.Submit', title: texts.menu.courseFinder, data: { action: 'courseFinder' } },
      { type: 'Action.Submit', title: t.restart, data: { action: 'restart' } },
    ],
  };
}

/** Plain-text version for counsellors' notes, the terminal chat and channels without cards: everything. */
export function assessmentText(assessment: Assessment, profile: Profile, cite: CitationFormatter, texts: Texts = nb): string {
  const t = texts.recommendation;
  const lines = [t.textTitle, describeProfile(profile, texts), ''];
  const source = (reason: Reason | undefined): string | undefined => {
    const href = reason && cite.href(reason.citation);
    return reason && `${cite.label(reason.citation)}${href?.startsWith('http') ? `, ${href}` : ''}`;
  };
  // In the order assess ranked them: recommended first, best fit first.
  for (const path of assessment.paths) {
    const label = verdictLabel(path, texts).text;
    const verdict = t.verdict[path.status];
    // ("Anbefalt for deg" or "Mulig, men ikke anbefalt" already says it fits: only a verdict that waits adds to it.)
    lines.push(`${path.title}: ${label === verdict || path.status === 'eligible' ? label : `${label} (${verdict.toLowerCase()})`}`);
    if (path.why) lines.push(t.textRecommended(path.why, source(reasonSaying(path, path.why))));
    if (path.notAdvised) lines.push(t.textNotAdvised(path.notAdvised, source(reasonSaying(path, path.notAdvised))));
    if (path.whatWouldChange) lines.push(t.textWouldChange(path.whatWouldChange));
    for (const reason of reasonsBelowVerdict(path)) lines.push(t.textReason(reason.text, source(reason) ?? ''));
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
