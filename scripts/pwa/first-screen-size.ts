// The first screen's weight, read from the build and nothing else, so it is the same on every run:
// the files index.html names (its entry script, the modules it preloads, its style sheets), each
// gzip-compressed at level 9 as the build's precompressed `.gz` files are. Lazy chunks, fetched
// once a screen needs them, are not part of it (docs/performance.md, "First screen").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileWeight {
  file: string;
  kind: 'script' | 'style';
  gzipBytes: number;
}

const SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
const STYLE = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g;

function matches(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '').filter((path) => path.startsWith('/'));
}

/** Every script and style sheet index.html of the build in `dist` loads, with its gzip size. */
export function firstScreenFiles(dist: string): FileWeight[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = new Set([...matches(html, SCRIPT), ...matches(html, PRELOAD)]);
  const styles = new Set(matches(html, STYLE));
  const weigh = (file: string, kind: FileWeight['kind']): FileWeight => ({
    file,
    kind,
    gzipBytes: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
  });
  return [...[...scripts].map((file) => weigh(file, 'script')), ...[...styles].map((file) => weigh(file, 'style'))];
}
