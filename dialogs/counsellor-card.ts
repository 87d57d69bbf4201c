// A candidate assessment for a counsellor, dense: an Adaptive Card (version 1.5, what Teams renders)
// with every path's verdict, reasons and sources, what is still unknown, offers and contacts; and the
// same as plain text to paste into case notes (sources written out, no Markdown links).
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Citation, PathAssessment, Reason } from '../src/catalogue/schema';
import type { CandidateAssessment } from '../src/counsellor/assess-candidate';
import { whoLabel } from '../src/handoff/contacts';
import type { CitationFormatter } from '../src/replies/citations';
import { profilePhrases } from '../src/text/profile-summary';
import type { Texts } from '../src/text/texts';
import { isPossibleNotAdvised, reasonSaying, reasonsBelowVerdict } from './path-reasons';

export const COUNSELLOR_CARD_VERSION = '1.5';
/** Reasons per path on the card (the text has them all): keeps the card under Teams' message size. */
const CARD_REASONS = 4;

const VERDICT_COLOR: Record<PathAssessment['status'], string> = { eligible: 'Good', 'needs-info': 'Warning', 'not-eligible': 'Attention' };

const small = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, wrap: true, size: 'Small', spacing: 'None', ...extra });
const heading = (text: string) => ({ type: 'TextBlock', text, wrap: true, weight: 'Bolder', separator: true, spacing: 'Medium' });

function summary(result: CandidateAssessment, t: Texts): string {
  const phrases = profilePhrases(result.profile, t);
  return phrases.length > 0 ? phrases.join(', ') : t.counsellor.nothingUnderstood;
}

function contactText(result: CandidateAssessment, t: Texts): string[] {
  return result.contacts.map((c) => `${whoLabel(c.who, t)}: ${t.handoff.contactName(c.name, c.nameEn ?? c.name)}${c.url ? ` – ${c.url}` : ''}`);
}

/** A path's verdict: one that fits but is advised against is said to be possible, not to fit. */
function verdictOf(path: PathAssessment, c: Texts['counsellor']): string {
  return isPossibleNotAdvised(path) ? c.possibleNotAdvised : c.verdict[path.status];
}

export function counsellorCard(result: CandidateAssessment, cite: CitationFormatter, t: Texts): Record<string, unknown> {
  const c = t.counsellor;
  // In the order the rules ranked them: recommended first, best fit first.
  const paths = result.assessment.paths.map((path) => {
    const title = `${path.title} – ${verdictOf(path, c)}${path.recommended ? ` · ${c.recommended}` : ''}`;
    return {
      type: 'Container',
      spacing: 'Small',
      items: [
        { type: 'TextBlock', text: title, wrap: true, weight: 'Bolder', color: VERDICT_COLOR[path.status] },
        ...(path.why ? [small(withSource(c.why(path.why), reasonSaying(path, path.why), (r) => sourceLink(r.citation, cite)))] : []),
        ...(path.notAdvised ? [small(withSource(c.notAdvised(path.notAdvised), reasonSaying(path, path.notAdvised), (r) => sourceLink(r.citation, cite)))] : []),
        ...reasonsBelowVerdict(path).slice(0, CARD_REASONS).map((r) => small(`• ${r.text} ${sourceLink(r.citation, cite)}`)),
        ...(path.whatWouldChange ? [small(c.whatWouldChange(path.whatWouldChange), { isSubtle: true })] : []),
      ],
    };
  });
  const offers = result.offers.map((o) =>
    small(`• ${c.offerLine(o.name, o.provider, o.region, t.courseFinder.status[o.status])} ${sourceLink(o.citation, cite)}`),
  );
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: COUNSELLOR_CARD_VERSION,
    speak: c.cardSpeak,
    body: [
      { type: 'TextBlock', text: c.cardTitle, size: 'Medium', weight: 'Bolder', wrap: true },
      small(`**${c.understoodLabel}:** ${summary(result, t)}`),
      small(c.addressedToCandidate, { isSubtle: true }),
      ...paths,
      heading(c.unknownHeading),
      ...(result.unknown.length > 0 ? result.unknown.map((q) => small(`• ${q}`)) : [small(c.noUnknowns)]),
      heading(c.offersHeading(result.profile.county)),
      ...(offers.length > 0 ? offers : [small(c.noOffers)]),
      heading(c.contactsHeading),
      ...contactText(result, t).map((line) => small(`• ${line}`)),
      small(t.recommendation.confirmWithCounty, { isSubtle: true, separator: true, spacing: 'Medium' }),
    ],
  };
}

function withSource<R>(line: string, reason: R | undefined, source: (reason: R) => string): string {
  return reason === undefined ? line : `${line} ${source(reason)}`;
}

function sourceLink(citation: Citation, cite: CitationFormatter): string {
  return `(${cite.markdown(citation)})`;
}

/** A source in plain text: its label, the report's lines (no link carries them here), and the web address when there is one. */
function plainSource(citation: Citation, cite: CitationFormatter, t: Texts): string {
  const href = cite.href(citation);
  const lines = citation.source !== 'web' && citation.lines ? `, ${t.citation.lines(citation.lines[0], citation.lines[1])}` : '';
  return `${cite.label(citation)}${lines}${href?.startsWith('http') ? `, ${href}` : ''}`;
}

export function counsellorText(result: CandidateAssessment, cite: CitationFormatter, t: Texts): string {
  const c = t.counsellor;
  const lines = [c.textTitle, c.textUnderstood(summary(result, t)), c.addressedToCandidate, ''];
  for (const path of result.assessment.paths) {
    lines.push(c.textPath(path.title, verdictOf(path, c), path.recommended));
    const source = (r: Reason) => `[${plainSource(r.citation, cite, t)}]`;
    if (path.why) lines.push(`- ${withSource(c.why(path.why), reasonSaying(path, path.why), source)}`);
    if (path.notAdvised) lines.push(`- ${withSource(c.notAdvised(path.notAdvised), reasonSaying(path, path.notAdvised), source)}`);
    for (const reason of reasonsBelowVerdict(path)) lines.push(c.textReason(reason.text, plainSource(reason.citation, cite, t)));
    if (path.whatWouldChange) lines.push(`- ${c.whatWouldChange(path.whatWouldChange)}`);
    // The first step only: the contacts the rules add as steps are listed once, at the end.
    if (path.nextSteps.length > 0) lines.push(c.textNextStep(path.nextSteps[0]));
    lines.push('');
  }
  lines.push(`${c.unknownHeading}:`);
  lines.push(...(result.unknown.length > 0 ? result.unknown.map((q) => c.textQuestion(q)) : [c.noUnknowns]), '');
  lines.push(`${c.offersHeading(result.profile.county)}:`);
  lines.push(
    ...(result.offers.length > 0
      ? result.offers.map((o) => `- ${c.offerLine(o.name, o.provider, o.region, t.courseFinder.status[o.status])} [${plainSource(o.citation, cite, t)}]`)
      : [c.noOffers]),
    '',
  );
  lines.push(`${c.contactsHeading}:`, ...contactText(result, t).map((line) => `- ${line}`), '');
  lines.push(t.recommendation.confirmWithCounty);
  return lines.join('\n');
}

/** The card, then the text for case notes. */
export function counsellorActivities(result: CandidateAssessment, cite: CitationFormatter, t: Texts): Partial<Activity>[] {
  const card = MessageFactory.attachment(CardFactory.adaptiveCard(counsellorCard(result, cite, t)));
  return [card, MessageFactory.text(counsellorText(result, cite, t))];
}
