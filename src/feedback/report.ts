// Summarises stored feedback for `npm run feedback:report`.
import type { FeedbackRecord } from './store';

export interface SourceTally {
  source: string;
  /** Human title when the source is a known report file. */
  title?: string;
  up: number;
  down: number;
}

export interface FeedbackSummary {
  total: number;
  up: number;
  down: number;
  /** Share of 👍 among all ratings, 0–1 (0 when there are none). */
  upShare: number;
  perSource: SourceTally[];
  recentComments: { at: string; rating: 'up' | 'down'; comment: string; question: string; sources: string[] }[];
  from?: string;
  to?: string;
}

/** "002_373d7c6cf6bd4a35.txt#L773-L797" and "002_….txt" both count for the report file. */
export function documentOf(source: string): string {
  const hash = source.indexOf('#');
  return hash >= 0 ? source.slice(0, hash) : source;
}

export function summariseFeedback(
  records: FeedbackRecord[],
  options: { recent?: number; titles?: Map<string, string> } = {},
): FeedbackSummary {
  const recent = options.recent ?? 10;
  const up = records.filter((r) => r.rating === 'up').length;
  const down = records.length - up;
  const tallies = new Map<string, SourceTally>();
  for (const r of records) {
    for (const source of new Set(r.sources.map(documentOf))) {
      const tally = tallies.get(source) ?? { source, title: options.titles?.get(source), up: 0, down: 0 };
      if (r.rating === 'up') tally.up++;
      else tally.down++;
      tallies.set(source, tally);
    }
  }
  const perSource = [...tallies.values()].sort(
    (a, b) => b.up + b.down - (a.up + a.down) || b.down - a.down || a.source.localeCompare(b.source),
  );
  const sorted = [...records].sort((a, b) => a.at.localeCompare(b.at));
  const recentComments = sorted
    .filter((r) => r.comment)
    .slice(-recent)
    .reverse()
    .map((r) => ({ at: r.at, rating: r.rating, comment: r.comment ?? '', question: r.question, sources: r.sources }));
  return {
    total: records.length,
    up,
    down,
    upShare: records.length ? up / records.length : 0,
    perSource,
    recentComments,
    from: sorted[0]?.at,
    to: sorted[sorted.length - 1]?.at,
  };
}

/** Plain-text rendering (Norwegian) of a summary. */
export function formatSummary(summary: FeedbackSummary, file: string, skipped = 0): string {
  const lines: string[] = [];
  lines.push(`Tilbakemeldinger fra ${file}`);
  if (summary.total === 0) {
    lines.push('Ingen tilbakemeldinger ennå.');
    if (skipped) lines.push(`(${skipped} ugyldige oppføringer hoppet over)`);
    return lines.join('\n') + '\n';
  }
  lines.push(`Periode: ${summary.from} – ${summary.to}`);
  lines.push(
    `Totalt: ${summary.total}   👍 ${summary.up}   👎 ${summary.down}   (${Math.round(summary.upShare * 100)} % nyttige)`,
  );
  lines.push('');
  lines.push('Per kilde:');
  for (const t of summary.perSource) {
    lines.push(`  👍 ${String(t.up).padStart(4)}  👎 ${String(t.down).padStart(4)}  ${t.title ? `${t.title} (${t.source})` : t.source}`);
  }
  lines.push('');
  lines.push('Siste kommentarer:');
  if (summary.recentComments.length === 0) lines.push('  (ingen)');
  for (const c of summary.recentComments) {
    lines.push(`  ${c.at}  ${c.rating === 'up' ? '👍' : '👎'}  «${c.comment}»`);
    lines.push(`      spørsmål: «${c.question}»`);
  }
  if (skipped) lines.push('', `(${skipped} ugyldige oppføringer hoppet over)`);
  return lines.join('\n') + '\n';
}
