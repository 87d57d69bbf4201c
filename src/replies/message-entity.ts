// The root schema.org Message entity every answer carries: one `citation` claim per source, whose
// `position` is the [n] marker in the text. Teams renders the claims as citation pills and Web Chat as
// its reference list; both show "AI generated" when the entity says so (Teams reads `additionalType`,
// Web Chat `keywords`), which it does only when a language model wrote the text.
import type { Citation } from '../catalogue/schema';
import type { CitationFormatter } from './citations';

export const MESSAGE_ENTITY_TYPE = 'https://schema.org/Message';
export const AI_GENERATED = 'AIGeneratedContent';

/** Teams' limits on a citation. */
export const CLAIMS_MAX = 20;
export const CLAIM_NAME_MAX_CHARS = 80;
export const CLAIM_ABSTRACT_MAX_CHARS = 160;

export interface CitationClaim {
  '@type': 'Claim';
  position: number;
  appearance: {
    '@type': 'DigitalDocument';
    name: string;
    abstract: string;
    url?: string;
  };
}

export interface MessageEntity {
  type: typeof MESSAGE_ENTITY_TYPE;
  '@type': 'Message';
  '@context': 'https://schema.org';
  '@id': '';
  citation: CitationClaim[];
  additionalType?: [typeof AI_GENERATED];
  keywords?: [typeof AI_GENERATED];
}

/** Who reads the label: Teams (`additionalType`) or Web Chat and the clients built on it (`keywords`). */
export type AiLabelReader = 'teams' | 'webchat';

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The first `max + 1` characters (at least) of the text with its whitespace collapsed and trimmed, or
 * all of it: a quote may run to hundreds of characters, of which a claim keeps a few dozen. Collapsing
 * a beginning of the text gives a beginning of the collapsed text; only its last character, a space,
 * may be trimmed from the whole, hence the margin of two.
 */
function cleanBeginning(text: string, max: number): string {
  if (text.length > 2 * max) {
    const head = collapse(text.slice(0, 2 * max)).trimStart();
    if (head.length >= max + 2) return head;
  }
  return collapse(text).trim();
}

/** Shortens text to `max` characters, at a word boundary when there is one near the end, with "…". */
export function shorten(text: string, max: number): string {
  const clean = cleanBeginning(text, max);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function citationClaim(position: number, citation: Citation, cite: CitationFormatter, absoluteUrlsOnly: boolean): CitationClaim {
  const href = cite.href(citation);
  const url = href && (!absoluteUrlsOnly || /^https?:\/\//i.test(href)) ? href : undefined;
  return {
    '@type': 'Claim',
    position,
    appearance: {
      '@type': 'DigitalDocument',
      name: shorten(cite.label(citation), CLAIM_NAME_MAX_CHARS),
      abstract: shorten(citation.quote || citation.title, CLAIM_ABSTRACT_MAX_CHARS),
      ...(url ? { url } : {}),
    },
  };
}

export interface MessageEntityOptions {
  /** Set when a language model wrote the text; names who reads the label. */
  aiLabel?: AiLabelReader;
  /** Teams opens only absolute links; a relative source-viewer link is left out there. */
  absoluteUrlsOnly?: boolean;
}

/** The entity for an answer whose [n] markers index `citations` (the first CLAIMS_MAX of them). */
export function messageEntity(citations: readonly Citation[], cite: CitationFormatter, options: MessageEntityOptions = {}): MessageEntity {
  return {
    type: MESSAGE_ENTITY_TYPE,
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: citations.slice(0, CLAIMS_MAX).map((c, i) => citationClaim(i + 1, c, cite, options.absoluteUrlsOnly ?? false)),
    ...(options.aiLabel === 'teams' ? { additionalType: [AI_GENERATED] as [typeof AI_GENERATED] } : {}),
    ...(options.aiLabel === 'webchat' ? { keywords: [AI_GENERATED] as [typeof AI_GENERATED] } : {}),
  };
}

const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;

/** The citation numbers the text refers to with [n] or [n, m] markers, each once, in order of first use. */
export function markersIn(text: string): number[] {
  const seen = new Set<number>();
  for (const m of text.matchAll(MARKER)) for (const n of m[1].split(',')) seen.add(Number(n.trim()));
  return [...seen];
}

/**
 * The text with a marker for every citation it does not refer to yet, appended at its end, so that
 * each claim has its marker (channels show a source only where its marker is).
 */
export function withEveryMarker(text: string, count: number): string {
  const used = new Set(markersIn(text));
  const missing = Array.from({ length: Math.min(count, CLAIMS_MAX) }, (_, i) => i + 1).filter((n) => !used.has(n));
  if (missing.length === 0) return text;
  return `${text.trimEnd()} ${missing.map((n) => `[${n}]`).join(' ')}`;
}

/**
 * Markdown reference definitions (`[1]: url "title"`), one per citation with a link: Web Chat turns
 * them into its reference list, and the [n] markers in the text into links to them.
 */
export function referenceDefinitions(citations: readonly Citation[], cite: CitationFormatter): string[] {
  return citations.flatMap((c, i) => {
    const href = cite.href(c);
    if (!href) return [];
    const title = cite.label(c).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    return [`[${i + 1}]: ${href.replace(/ /g, '%20')} "${title}"`];
  });
}
