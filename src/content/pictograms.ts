// Registry of the questionnaire pictograms: a content id ("pharmacy") → the icon drawn for it and
// what the picture must mean, so that a reviewer can check one against the other. Ids and
// meanings live in pictograms.json; the SVG of only the icons used is copied into
// pictograms.generated.ts by `node scripts/content/pictograms.mjs` (Fluent Emoji Flat, MIT).
import registry from './pictograms.json';
import { ICONS, ICON_SET } from './pictograms.generated';

export interface Pictogram {
  readonly id: string;
  /** Name of the icon in the icon set. */
  readonly icon: string;
  /** What the picture means, in French, for reviewers. */
  readonly meaning: string;
  readonly viewBox: string;
  /** Inner SVG markup (shapes with their own colours). */
  readonly body: string;
}

const entries: Record<string, { icon: string; meaning: string }> = registry.pictograms;

export const PICTOGRAM_IDS: readonly string[] = Object.keys(entries);
export const PICTOGRAM_SOURCE = ICON_SET;

export function hasPictogram(id: string): boolean {
  return Object.hasOwn(entries, id) && Object.hasOwn(ICONS, entries[id]?.icon ?? '');
}

export function pictogram(id: string): Pictogram | undefined {
  const entry = Object.hasOwn(entries, id) ? entries[id] : undefined;
  const icon = entry && Object.hasOwn(ICONS, entry.icon) ? ICONS[entry.icon] : undefined;
  if (!entry || !icon) return undefined;
  return { id, icon: entry.icon, meaning: entry.meaning, viewBox: `0 0 ${icon.width} ${icon.height}`, body: icon.body };
}

/** A standalone SVG document, e.g. for `<img src={pictogramDataUrl(id)} alt="">`. */
export function pictogramSvg(id: string): string | undefined {
  const found = pictogram(id);
  if (!found) return undefined;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${found.viewBox}">${found.body}</svg>`;
}

export function pictogramDataUrl(id: string): string | undefined {
  const svg = pictogramSvg(id);
  return svg === undefined ? undefined : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
