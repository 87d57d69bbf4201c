// A reproducible zip: the same files give the same bytes on any machine, in any time zone.
import { ZipFile } from 'yazl';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

// yazl writes DOS timestamps from the Date's local fields; a Date built from local fields therefore
// gives the same stored time everywhere. forceDosTimestamp leaves out the extra UTC timestamp field.
const FIXED_MTIME = new Date(2024, 0, 1, 0, 0, 0);

/** Files at the zip's root, sorted by name, with fixed times and permissions. */
export function writeZip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const names = new Set<string>();
  for (const entry of entries) {
    if (names.has(entry.name)) throw new Error(`duplicate zip entry: ${entry.name}`);
    names.add(entry.name);
  }
  const zip = new ZipFile();
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    zip.addBuffer(entry.data, entry.name, { mtime: FIXED_MTIME, mode: 0o100644, compress: true, forceDosTimestamp: true });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}
