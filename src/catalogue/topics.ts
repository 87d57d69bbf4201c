// knowledge/lexicon/topics.json: the topics facts are filed under, the words that name them in a
// question (bokmål/nynorsk and English), whether the bot offers them, whether their rules vary by
// county, and who can answer what the sources leave open.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContactInputSchema } from './input-schemas';

const Term = z.string().min(2).refine((s) => s.trim() === s, 'terms are trimmed');
export const ContactKindSchema = ContactInputSchema.shape.who;
export type ContactKind = z.infer<typeof ContactKindSchema>;

export const TopicSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** How the topic is named in a Norwegian sentence ("fagbrev på jobb", "Trøndelagsmodellen"). */
    name: z.string().min(1),
    nameEn: z.string().min(1),
    terms: z.array(Term).min(1),
    termsEn: z.array(Term).default([]),
    /** A named scheme, offer or institution: a fact filed under it is about it without repeating the name. */
    scheme: z.boolean(),
    offered: z.boolean(),
    variesByCounty: z.boolean(),
    referral: z.array(ContactKindSchema),
    offerTopics: z.array(z.string().min(1)).default([]),
    /** Broader topics this one is a kind of (Batterifagskolen is a fagskole): its facts are about them too. */
    partOf: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type Topic = z.infer<typeof TopicSchema>;

export const TopicsFileSchema = z.object({ description: z.string().optional(), topics: z.array(TopicSchema).min(1) }).strict();

export const TOPICS_FILE = path.join('lexicon', 'topics.json');

/** Reads and validates knowledge/lexicon/topics.json (ids unique). */
export function loadTopics(knowledgeDir: string): Topic[] {
  const file = path.join(knowledgeDir, TOPICS_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`knowledge/${TOPICS_FILE}: cannot read JSON (${(error as Error).message})`);
  }
  const parsed = TopicsFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`knowledge/${TOPICS_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const seen = new Set<string>();
  for (const t of parsed.data.topics) {
    if (seen.has(t.id)) throw new Error(`knowledge/${TOPICS_FILE}: duplicate topic "${t.id}"`);
    seen.add(t.id);
  }
  for (const t of parsed.data.topics) {
    const unknown = t.partOf.filter((id) => !seen.has(id) || id === t.id);
    if (unknown.length > 0) throw new Error(`knowledge/${TOPICS_FILE}: "${t.id}" is part of unknown topic(s) ${unknown.join(', ')}`);
  }
  return parsed.data.topics;
}
