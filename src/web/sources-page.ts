// /kilder/:file – a report from knowledge/sources/ as HTML with line numbers, an anchor per line
// (#L773) and the cited range (?fra=773&til=797) highlighted. Only files listed in the manifest are
// served: the parameter is matched against the manifest, never used as a path.
import type { Config } from '../config';
import type { SourceEntry } from '../catalogue/schema';
import { loadSources, type SourceDocument } from '../catalogue/sources';
import { escapeHtml } from './html';

export const SOURCE_FILE_PATTERN = /^[0-9]{3}_[0-9a-f]{16}\.txt$/;

export class SourceLibrary {
  private readonly byFile: Map<string, SourceDocument>;

  constructor(documents: SourceDocument[]) {
    this.byFile = new Map(
      documents.map((d) => {
        const lines = [...d.lines];
        if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop(); // the file's final newline
        return [d.entry.file, { entry: d.entry, lines }];
      }),
    );
  }

  static load(knowledgeDir: string): SourceLibrary {
    return new SourceLibrary(loadSources(knowledgeDir));
  }

  /** The document for a manifest file name; undefined for anything else (including ../ tricks). */
  get(file: string): SourceDocument | undefined {
    if (!SOURCE_FILE_PATTERN.test(file)) return undefined;
    return this.byFile.get(file);
  }

  entries(): SourceEntry[] {
    return [...this.byFile.values()].map((d) => d.entry);
  }
}

export type RangeParse = { ok: true; range?: [number, number] } | { ok: false; message: string };

/** Reads ?fra=&til= (either may be missing); clamps to the document; swaps a reversed range. */
export function parseRange(params: URLSearchParams, lineCount: number): RangeParse {
  const fra = params.get('fra');
  const til = params.get('til');
  if (fra === null && til === null) return { ok: true };
  const isNum = (v: string | null) => v === null || /^\d{1,7}$/.test(v);
  if (!isNum(fra) || !isNum(til)) return { ok: false, message: 'fra og til må være linjenumre (hele tall).' };
  let a = Number(fra ?? til);
  let b = Number(til ?? fra);
  if (a > b) [a, b] = [b, a];
  const clamp = (n: number) => Math.min(Math.max(n, 1), Math.max(lineCount, 1));
  return { ok: true, range: [clamp(a), clamp(b)] };
}

function describe(entry: SourceEntry): string {
  return [entry.publisher, entry.year ?? undefined].filter((v) => v !== undefined).join(', ');
}

function pageShell(title: string, brandName: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="/static/logo.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/site.css">
</head>
<body class="source-page">
${body}
<footer class="site-footer"><p><a href="/">Tilbake til ${escapeHtml(brandName)}</a> · <a href="/kilder">Alle kilder</a></p></footer>
</body>
</html>
`;
}

export function renderSourcePage(doc: SourceDocument, range: [number, number] | undefined, brand: Config['brand']): string {
  const { entry, lines } = doc;
  const rangeText = range ? `linje ${range[0]}–${range[1]}` : '';
  const renderLine = (text: string, n: number) =>
    `<div class="line" id="L${n}"><span class="ln" aria-hidden="true">${n}</span><span class="tx">${escapeHtml(text) || ' '}</span></div>`;

  const parts: string[] = [];
  if (range) {
    parts.push(lines.slice(0, range[0] - 1).map((t, i) => renderLine(t, i + 1)).join('\n'));
    parts.push(
      `<section class="cited" aria-labelledby="cited-heading">\n<h2 id="cited-heading" class="visually-hidden">Sitert utdrag, ${rangeText}</h2>\n` +
        lines.slice(range[0] - 1, range[1]).map((t, i) => renderLine(t, range[0] + i)).join('\n') +
        '\n</section>',
    );
    parts.push(lines.slice(range[1]).map((t, i) => renderLine(t, range[1] + i + 1)).join('\n'));
  } else {
    parts.push(lines.map((t, i) => renderLine(t, i + 1)).join('\n'));
  }

  const body = `<a class="skip-link" href="${range ? `#L${range[0]}` : '#tekst'}">${range ? `Hopp til utdraget (${rangeText})` : 'Hopp til teksten'}</a>
<header class="source-header">
<p class="crumbs"><a href="/">${escapeHtml(brand.name)}</a> › <a href="/kilder">Kilder</a></p>
<h1>${escapeHtml(entry.title)}</h1>
<p class="meta">${escapeHtml(describe(entry))}</p>
<p class="covers">${escapeHtml(entry.covers)}</p>
${range ? `<p class="range-note">Utdraget fra ${rangeText} er uthevet. <a href="#L${range[0]}">Gå til utdraget</a></p>` : ''}
</header>
<main id="tekst" class="source-text" aria-label="Teksten i rapporten med linjenumre">
${parts.filter(Boolean).join('\n')}
</main>`;
  return pageShell(`${entry.shortTitle}${range ? ` – ${rangeText}` : ''} – Kilder – ${brand.name}`, brand.name, body);
}

export function renderSourceIndex(entries: SourceEntry[], brand: Config['brand']): string {
  const items = entries
    .map(
      (e) => `<li><a href="/kilder/${encodeURIComponent(e.file)}">${escapeHtml(e.title)}</a>
<p class="meta">${escapeHtml(describe(e))}</p><p>${escapeHtml(e.covers)}</p></li>`,
    )
    .join('\n');
  const body = `<a class="skip-link" href="#innhold">Hopp til innholdet</a>
<header class="source-header"><p class="crumbs"><a href="/">${escapeHtml(brand.name)}</a> › Kilder</p>
<h1>Kildene ${escapeHtml(brand.name)} bygger på</h1>
<p>Svarene i chatten henviser til linjer i disse rapportene.</p></header>
<main id="innhold"><ul class="source-list">${items}</ul></main>`;
  return pageShell(`Kilder – ${brand.name}`, brand.name, body);
}

export function renderNotFound(brand: Config['brand'], message: string): string {
  return pageShell(
    `Fant ikke siden – ${brand.name}`,
    brand.name,
    `<main id="innhold" class="not-found"><h1>Fant ikke siden</h1><p>${escapeHtml(message)}</p></main>`,
  );
}
