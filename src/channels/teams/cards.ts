// Teams renders Adaptive Cards up to schema version 1.5 in bot messages; a card that declares a newer
// version is shown as "unsupported". Cards are written for 1.5 or lower; a newer declaration is lowered
// to 1.5 before it goes out (elements Teams does not know fall back as the schema prescribes).
import type { Activity, Attachment } from 'botbuilder';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
export const TEAMS_MAX_CARD_VERSION = '1.5';

function versionParts(version: string): [number, number] {
  const [major, minor] = version.split('.').map((p) => Number.parseInt(p, 10));
  return [Number.isFinite(major) ? major : 0, Number.isFinite(minor) ? minor : 0];
}

export function isNewerThan(version: string, than: string): boolean {
  const [a, b] = versionParts(version);
  const [c, d] = versionParts(than);
  return a > c || (a === c && b > d);
}

function capCard(attachment: Attachment): Attachment {
  const content = attachment.content as { version?: unknown } | undefined;
  if (attachment.contentType !== ADAPTIVE_CARD || typeof content?.version !== 'string') return attachment;
  if (!isNewerThan(content.version, TEAMS_MAX_CARD_VERSION)) return attachment;
  return { ...attachment, content: { ...content, version: TEAMS_MAX_CARD_VERSION } };
}

export function withTeamsCardVersions(activity: Partial<Activity>): Partial<Activity> {
  if (!activity.attachments?.some((a) => a.contentType === ADAPTIVE_CARD)) return activity;
  return { ...activity, attachments: activity.attachments.map(capCard) };
}
