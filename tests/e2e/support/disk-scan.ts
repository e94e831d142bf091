// Searches the raw bytes of every file under a directory (a browser profile, or part of it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Needle } from './clear-text-needles';

export interface DiskHit {
  label: string;
  text: string;
  encoding: string;
  /** Path relative to the scanned directory. */
  file: string;
  offset: number;
}

export interface DiskScanReport {
  files: { file: string; size: number }[];
  hits: DiskHit[];
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

export function scanDirectory(dir: string, needles: Needle[]): DiskScanReport {
  const report: DiskScanReport = { files: [], hits: [] };
  const buffers = needles.map((needle) => ({ needle, bytes: Buffer.from(needle.bytes) }));
  for (const path of filesUnder(dir)) {
    const file = relative(dir, path);
    report.files.push({ file, size: statSync(path).size });
    const content = readFileSync(path);
    for (const { needle, bytes } of buffers) {
      const offset = content.indexOf(bytes);
      if (offset !== -1) report.hits.push({ label: needle.label, text: needle.text, encoding: needle.encoding, file, offset });
    }
  }
  return report;
}
