// How a citation is shown to people: a readable label and a link (the source viewer or the web page).
import type { Citation, SourceEntry } from '../catalogue/schema';
import { publisherShort } from '../catalogue/sources';
import { texts, type Lang } from '../text/index';
import { nb } from '../text/nb';
import { sourceLink } from '../web/source-link';

export interface CitationFormatter {
  label(citation: Citation): string;
  href(citation: Citation): string | undefined;
  markdown(citation: Citation): string;
}

export function createCitationFormatter(entries: readonly SourceEntry[], publicBaseUrl?: string): CitationFormatter {
  // A report's label, made once: answers name the same few dozen reports, each in two or three places.
  const labelByFile = new Map(entries.map((e) => [e.file, reportLabel(e)]));
  const label = (c: Citation): string => {
    const report = labelByFile.get(c.source);
    if (report !== undefined) return report;
    if (c.url) return `${c.title} (${new URL(c.url).hostname})`;
    return c.title;
  };
  const href = (c: Citation): string | undefined => {
    if (c.source !== 'web' && c.lines) return sourceLink(c.source, c.lines, publicBaseUrl);
    return c.url;
  };
  return {
    label,
    href,
    markdown: (c) => {
      const link = href(c);
      return link ? `[${label(c)}](${link})` : label(c);
    },
  };
}

/** "BattKOMP 3 (Norsk Industri, 2022)" */
export function reportLabel(entry: SourceEntry): string {
  return nb.citation.report(entry.shortTitle, publisherShort(entry), entry.year);
}

/**
 * A citation in plain text, where no link can carry the lines: "BattKOMP 3 (Norsk Industri, 2022),
 * linje 773–797" or "<title>, https://…".
 */
export function plainCitationLabel(citation: Citation, entries: readonly SourceEntry[], lang: Lang = 'nb'): string {
  if (citation.source === 'web') return `${citation.title}, ${citation.url}`;
  const entry = entries.find((e) => e.file === citation.source);
  const label = entry ? reportLabel(entry) : citation.title;
  return citation.lines ? `${label}, ${texts(lang).citation.lines(citation.lines[0], citation.lines[1])}` : label;
}
