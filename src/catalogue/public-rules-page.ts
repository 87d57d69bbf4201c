// knowledge/public-rules.md: the public county and government pages the rule facts restate, as one
// Markdown page with a section per scheme ("## Fagbrev på jobb …"). A "web" citation names one of the
// page's URLs and quotes the section that holds it; verify.ts checks the quote there.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface PublicRulesSection {
  heading: string;
  /** 1-based line numbers of the section in public-rules.md (heading included). */
  lines: [number, number];
  /** The section's lines as written. */
  text: string[];
  urls: Set<string>;
}

export interface PublicRulesPage {
  sections: PublicRulesSection[];
  /** The sections that hold a URL (usually one). */
  sectionsWith(url: string): PublicRulesSection[];
}

const URL_IN_TEXT = /https?:\/\/[^\s<>()"«»,]+/gu;

/** Splits the page at its "## " headings; the text before the first heading is a section of its own. */
export function parsePublicRulesPage(markdown: string): PublicRulesPage {
  const lines = markdown.split(/\r?\n/);
  const sections: PublicRulesSection[] = [];
  let current: PublicRulesSection | undefined;
  lines.forEach((line, index) => {
    if (current === undefined || /^##\s/u.test(line)) {
      current = { heading: line.replace(/^#+\s*/u, '').trim(), lines: [index + 1, index + 1], text: [], urls: new Set() };
      sections.push(current);
    }
    current.text.push(line);
    current.lines[1] = index + 1;
    for (const m of line.matchAll(URL_IN_TEXT)) current.urls.add(m[0].replace(/[.;:]+$/u, ''));
  });
  return {
    sections,
    sectionsWith: (url) => sections.filter((s) => s.urls.has(url)),
  };
}

export const PUBLIC_RULES_PAGE = 'public-rules.md';

/** Reads knowledge/public-rules.md, or undefined when the file is not there. */
export function loadPublicRulesPage(knowledgeDir: string): PublicRulesPage | undefined {
  const file = path.join(knowledgeDir, PUBLIC_RULES_PAGE);
  return existsSync(file) ? parsePublicRulesPage(readFileSync(file, 'utf8')) : undefined;
}
