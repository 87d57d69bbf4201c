// What leaves for Teams, as pure functions: Adaptive Card versions lowered to 1.5, and messages over
// the size budget split so that every part fits, keeps its own claims and the last one the buttons.
import type { Activity, Attachment } from 'botbuilder';
import { ADAPTIVE_CARD, isNewerThan, withTeamsCardVersions } from '../../../src/channels/teams/cards';
import { TEAMS_MESSAGE_BUDGET_BYTES, fitToTeamsSize, jsonBytes, splitText } from '../../../src/channels/teams/size';
import { CitationEntitySchema, citationEntityOf } from '../../support/citation-entity-schema';

const card = (version: string, text = 'Hei'): Attachment => ({
  contentType: ADAPTIVE_CARD,
  content: { type: 'AdaptiveCard', version, body: [{ type: 'TextBlock', text }] },
});

describe('Adaptive Card versions in Teams', () => {
  it('lowers 1.6 and later to 1.5 and leaves older cards and other attachments alone', () => {
    const hero: Attachment = { contentType: 'application/vnd.microsoft.card.hero', content: { title: 'x' } };
    const out = withTeamsCardVersions({ type: 'message', attachments: [card('1.6'), card('1.3'), card('2.0'), hero] });
    expect(out.attachments?.map((a) => (a.content as { version?: string }).version)).toEqual(['1.5', '1.3', '1.5', undefined]);
    expect(isNewerThan('1.10', '1.5')).toBe(true);
    expect(isNewerThan('1.5', '1.5')).toBe(false);
  });
});

describe('messages over Teams’ size limit', () => {
  const claim = (position: number) => ({
    '@type': 'Claim' as const,
    position,
    appearance: { '@type': 'DigitalDocument' as const, name: `Kilde ${position}`, abstract: 'Sitat' },
  });
  const entity = {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: [claim(1), claim(2), claim(3)],
  };

  it('leaves a message that fits as it is', () => {
    const small: Partial<Activity> = { type: 'message', text: 'Kort [1].', entities: [entity] };
    expect(fitToTeamsSize(small)).toEqual([small]);
  });

  it('splits long text at paragraphs, each part under the budget with the claims it refers to, buttons and channelData last', () => {
    const paragraph = (n: number) => `${'Dette er en lang forklaring om fagbrev på jobb. '.repeat(60)}[${n}]`;
    const text = [paragraph(1), paragraph(2), paragraph(3), paragraph(1)].join('\n\n');
    const message: Partial<Activity> = {
      type: 'message',
      text,
      entities: [entity],
      suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Meny', value: 'meny' }] },
      channelData: { feedbackLoop: { type: 'default' } },
    };
    const budget = 8 * 1024;
    const parts = fitToTeamsSize(message, budget);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(jsonBytes(part)).toBeLessThanOrEqual(budget);
      citationEntityOf(part);
    }
    expect(parts.map((p) => p.text).join('\n\n')).toBe(text);
    expect(parts.slice(0, -1).every((p) => !p.suggestedActions && !p.channelData)).toBe(true);
    expect(parts.at(-1)?.suggestedActions).toEqual(message.suggestedActions);
    expect(parts.at(-1)?.channelData).toEqual(message.channelData);
    expect(parts.flatMap((p) => CitationEntitySchema.parse(p.entities?.[0]).citation.map((c) => c.position)).sort()).toEqual([1, 1, 2, 3]);
  });

  it('sends cards in groups that fit, after the text', () => {
    const big = (i: number) => card('1.5', `Kort ${i} ${'x'.repeat(3000)}`);
    const message: Partial<Activity> = { type: 'message', text: 'Her er tilbudene:', attachmentLayout: 'carousel', attachments: Array.from({ length: 12 }, (_, i) => big(i)) };
    const parts = fitToTeamsSize(message, 10 * 1024);
    expect(parts[0]).toMatchObject({ text: 'Her er tilbudene:' });
    expect(parts.slice(1).flatMap((p) => p.attachments ?? [])).toHaveLength(12);
    for (const part of parts) expect(jsonBytes(part)).toBeLessThanOrEqual(10 * 1024);
    expect(parts.slice(1).every((p) => p.attachmentLayout === 'carousel')).toBe(true);
  });

  it('cuts text without any break by characters, whole code points', () => {
    const pieces = splitText('æ'.repeat(5000), 1000);
    expect(pieces.every((p) => Buffer.byteLength(p) <= 1000)).toBe(true);
    expect(pieces.join('')).toBe('æ'.repeat(5000));
  });

  it('has a budget that leaves room for the envelope under Teams’ 28 KB', () => {
    expect(TEAMS_MESSAGE_BUDGET_BYTES).toBeLessThan(28 * 1024);
  });
});
