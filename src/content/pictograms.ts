// Registry of the questionnaire pictograms: a content id ("pharmacy") → the icon drawn for it and
// what the picture must mean, so that a reviewer can check one against the other. Ids and
// meanings live in pictograms.json; `node scripts/content/pictograms.mjs` copies the SVG of only
// the icons used into pictograms/<icon>.svg and lists them in pictograms.generated.ts (Fluent
// Emoji Flat, MIT). The pictures are files loaded by URL (pictogram-urls.ts), never data: URLs:
// docs/content-format.md, "Pictograms", says why. This module stays free of bundler features:
// the server validates content with it.
import registry from './pictograms.json';
import { ICON_NAMES, ICON_SET } from './pictograms.generated';

export interface Pictogram {
  readonly id: string;
  /** Name of the icon in the icon set, and of its file pictograms/<icon>.svg. */
  readonly icon: string;
  /** What the picture means, in French, for reviewers. */
  readonly meaning: string;
}

const entries: Record<string, { icon: string; meaning: string }> = registry.pictograms;
const icons = new Set(ICON_NAMES);

export const PICTOGRAM_IDS: readonly string[] = Object.keys(entries);
export const PICTOGRAM_SOURCE = ICON_SET;

export function pictogram(id: string): Pictogram | undefined {
  const entry = Object.hasOwn(entries, id) ? entries[id] : undefined;
  if (!entry || !icons.has(entry.icon)) return undefined;
  return { id, icon: entry.icon, meaning: entry.meaning };
}

export function hasPictogram(id: string): boolean {
  return pictogram(id) !== undefined;
}
