// The URL of each pictogram's SVG file, for the browser only (the server validates content with
// pictograms.ts, which needs no bundler). Vite emits every file of pictograms/ as a hashed asset
// (never inlined as a data: URL: vite.config.ts), which the service worker precaches, so the
// pictures work offline and a changed icon gets a new URL. Why files and not data: URLs:
// docs/content-format.md, "Pictograms".
import { pictogram } from './pictograms';

const files = import.meta.glob<string>('./pictograms/*.svg', { query: '?url', import: 'default', eager: true });

/** `/assets/<icon>-<hash>.svg` for a pictogram id, or undefined for an unknown id. */
export function pictogramUrl(id: string): string | undefined {
  const found = pictogram(id);
  return found ? files[`./pictograms/${found.icon}.svg`] : undefined;
}
