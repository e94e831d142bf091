// Reads the production build's service worker: the URLs it precaches and the routes it registers,
// to check them against the built files and public/audio (offline-pwa.spec.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function precachedUrls(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].flatMap((match) => (match[1] ? [match[1]] : []));
}

/** How many routes the worker registers at run time (the navigation fallback only, by design). */
export function registeredRouteCount(dist: string): number {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return sw.match(/registerRoute\(/g)?.length ?? 0;
}

/** Every file under `dir`, as paths relative to `base` with forward slashes. */
export function filesUnder(dir: string, base: string = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path).split('\\').join('/')];
  });
}
