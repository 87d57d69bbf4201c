// Teams refuses bot messages over about 28 KB (text, cards and entities together, as JSON). A message
// that would be larger goes out as several: cards in groups that fit, and long text in parts cut at
// paragraphs, lines or words. Each text part keeps the citation claims its own [n] markers refer to;
// the suggested actions and channelData (feedback) stay on the last part.
import type { Activity, Attachment } from 'botbuilder';
import { MESSAGE_ENTITY_TYPE, markersIn, type MessageEntity } from '../../replies/message-entity';

/** What our JSON of a message may weigh; the connector adds the rest of the envelope to Teams' ~28 KB. */
export const TEAMS_MESSAGE_BUDGET_BYTES = 25 * 1024;

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

const isCitationEntity = (e: { type: string }): e is MessageEntity & { type: string } => e.type === MESSAGE_ENTITY_TYPE;

/** The entities for one part of a split text: the citation entity keeps only the claims the part refers to. */
function entitiesFor(part: string, entities: Activity['entities'] | undefined): Activity['entities'] | undefined {
  if (!entities) return undefined;
  const used = new Set(markersIn(part));
  return entities.map((e) => (isCitationEntity(e) ? { ...e, citation: e.citation.filter((c) => used.has(c.position)) } : e));
}

/** Cuts text into pieces of at most `max` bytes, at the widest boundary that works: paragraph, line, word, character. */
export function splitText(text: string, max: number): string[] {
  if (Buffer.byteLength(text, 'utf8') <= max) return [text];
  for (const separator of ['\n\n', '\n', ' ']) {
    const pieces = text.split(separator);
    if (pieces.length < 2) continue;
    const parts: string[] = [];
    let current = '';
    for (const piece of pieces) {
      const joined = current ? `${current}${separator}${piece}` : piece;
      if (Buffer.byteLength(joined, 'utf8') <= max) current = joined;
      else {
        if (current) parts.push(current);
        current = piece;
      }
    }
    if (current) parts.push(current);
    return parts.flatMap((p) => splitText(p, max));
  }
  const parts: string[] = [];
  let current = '';
  for (const char of text) {
    if (Buffer.byteLength(current + char, 'utf8') > max) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  return current ? [...parts, current] : parts;
}

function groupAttachments(attachments: Attachment[], base: Partial<Activity>, budget: number): Attachment[][] {
  const groups: Attachment[][] = [];
  let current: Attachment[] = [];
  for (const attachment of attachments) {
    if (current.length > 0 && jsonBytes({ ...base, attachments: [...current, attachment] }) > budget) {
      groups.push(current);
      current = [];
    }
    // A single card over the budget still goes alone: it cannot be cut.
    current.push(attachment);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The message as one or more messages that each fit the budget. */
export function fitToTeamsSize(activity: Partial<Activity>, budget: number = TEAMS_MESSAGE_BUDGET_BYTES): Partial<Activity>[] {
  if (jsonBytes(activity) <= budget) return [activity];
  const { attachments, suggestedActions, channelData, text, entities, ...rest } = activity;
  const base: Partial<Activity> = { ...rest, type: activity.type ?? 'message' };

  const textMessages: Partial<Activity>[] = [];
  if (text) {
    const room = budget - jsonBytes({ ...base, entities, text: '' });
    const parts = splitText(text, Math.max(room, 1024));
    parts.forEach((part) => textMessages.push({ ...base, text: part, ...(entities ? { entities: entitiesFor(part, entities) } : {}) }));
  } else if (entities) {
    textMessages.push({ ...base, entities });
  }
  const cardMessages = attachments?.length
    ? groupAttachments(attachments, base, budget).map((group) => ({ ...base, attachmentLayout: activity.attachmentLayout, attachments: group }))
    : [];
  const messages = [...textMessages, ...cardMessages];
  if (messages.length === 0) return [activity];
  const last = messages.length - 1;
  messages[last] = {
    ...messages[last],
    ...(suggestedActions ? { suggestedActions } : {}),
    ...(channelData !== undefined ? { channelData } : {}),
  };
  return messages;
}
