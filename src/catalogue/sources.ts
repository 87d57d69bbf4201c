// Loads the reports in knowledge/sources/ with their manifest. Line numbers are 1-based and refer to
// the files exactly as stored (they are byte-identical copies of the published text extracts).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ManifestSchema, type SourceEntry } from './schema';

export interface SourceDocument {
  entry: SourceEntry;
  /** lines[0] is line 1 of the file. */
  lines: string[];
}

/** The manifest's entries (title, year, publisher… of each report), validated. */
export function loadManifest(knowledgeDir: string): SourceEntry[] {
  const manifestPath = path.join(knowledgeDir, 'manifest.json');
  const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${manifestPath} is invalid: ${parsed.error.message}`);
  }
  return parsed.data.sources;
}

export function loadSources(knowledgeDir: string): SourceDocument[] {
  const entries = loadManifest(knowledgeDir);
  const sourceDir = path.join(knowledgeDir, 'sources');
  const onDisk = new Set(readdirSync(sourceDir).filter((f) => f.endsWith('.txt')));
  for (const entry of entries) {
    if (!onDisk.has(entry.file)) throw new Error(`manifest names ${entry.file}, which is not in ${sourceDir}`);
    onDisk.delete(entry.file);
  }
  if (onDisk.size > 0) throw new Error(`files in ${sourceDir} missing from the manifest: ${[...onDisk].join(', ')}`);
  return entries.map((entry) => ({
    entry,
    lines: readFileSync(path.join(sourceDir, entry.file), 'utf8').split(/\r?\n/),
  }));
}

/** Who published a report, as short as a citizen needs: "Norsk Industri", or nothing when the title says it. */
export function publisherShort(entry: SourceEntry): string | undefined {
  const who = entry.publisher.split(' (')[0].trim();
  return entry.shortTitle.toLowerCase().includes(who.toLowerCase()) ? undefined : who;
}
