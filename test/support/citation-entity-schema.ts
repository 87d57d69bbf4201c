// The shape Teams and Web Chat need for an answer's citations and AI label, written from their
// documentation (Teams: "Bot messages with AI-generated content"; Web Chat: schema.org Message with
// Claims), independently of the code that builds it. `citationEntityOf` also checks that the claims'
// positions are exactly the [n] markers in the text.
import { z } from 'zod';

export const ClaimSchema = z
  .object({
    '@type': z.literal('Claim'),
    position: z.number().int().min(1).max(20),
    appearance: z
      .object({
        '@type': z.literal('DigitalDocument'),
        name: z.string().min(1).max(80),
        abstract: z.string().min(1).max(160),
        url: z.string().min(1).optional(),
      })
      .strict(),
  })
  .strict();

export const CitationEntitySchema = z
  .object({
    type: z.literal('https://schema.org/Message'),
    '@type': z.literal('Message'),
    '@context': z.literal('https://schema.org'),
    '@id': z.literal(''),
    citation: z.array(ClaimSchema).max(20),
    additionalType: z.tuple([z.literal('AIGeneratedContent')]).optional(),
    keywords: z.tuple([z.literal('AIGeneratedContent')]).optional(),
    // Web Chat's 👍/👎 on the answer: a LikeAction and a DislikeAction carrying the rating.
    potentialAction: z
      .tuple([
        z.object({ '@type': z.literal('LikeAction'), actionStatus: z.literal('PotentialActionStatus'), value: z.object({ rating: z.literal('up') }).passthrough() }).strict(),
        z.object({ '@type': z.literal('DislikeAction'), actionStatus: z.literal('PotentialActionStatus'), value: z.object({ rating: z.literal('down') }).passthrough() }).strict(),
      ])
      .optional(),
  })
  .strict();
export type CitationEntity = z.infer<typeof CitationEntitySchema>;

/** Teams opens only absolute web links from a citation. */
export const TeamsCitationEntitySchema = CitationEntitySchema.extend({
  citation: z.array(ClaimSchema.extend({ appearance: ClaimSchema.shape.appearance.extend({ url: z.string().url().regex(/^https?:\/\//).optional() }) })).max(20),
});

const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;

export function markerNumbers(text: string): number[] {
  return [...new Set([...text.matchAll(MARKER)].flatMap((m) => m[1].split(',').map((n) => Number(n.trim()))))].sort((a, b) => a - b);
}

/** The one root Message entity of an activity, validated, with positions equal to the text's markers. */
export function citationEntityOf(
  activity: { text?: string; entities?: unknown[] },
  schema: z.ZodType<CitationEntity> = CitationEntitySchema,
): CitationEntity {
  const roots = (activity.entities ?? []).filter((e) => (e as { type?: unknown }).type === 'https://schema.org/Message');
  expect(roots).toHaveLength(1);
  const entity = schema.parse(roots[0]);
  // Web Chat's reference definitions ("[1]: url") are not markers in the answer text.
  const body = (activity.text ?? '').replace(/^\[\d+\]: .*$/gm, '');
  expect(entity.citation.map((c) => c.position).sort((a, b) => a - b)).toEqual(markerNumbers(body));
  return entity;
}
