// The one place where a spreadsheet's métier text becomes a métier code. Its source is the live
// métier catalogue the tablet holds (docs/metier-catalogue.md: the synced `metiers` records over
// the seed, `catalogueFromRecords`), so a métier an administrator added or renamed is recognised;
// without one (tests, the templates) the seed alone.
import { seedCatalogue, type MetierCatalogue } from '../metiers/catalogue';
import { foldHeader } from './fields';

interface MetierEntry {
  code: string;
  fr: string;
  nl?: string;
}

/** The métiers a file may name, with their labels. */
export function metierEntries(catalogue: MetierCatalogue = seedCatalogue()): readonly MetierEntry[] {
  return catalogue.map((entry) => ({ code: entry.code, fr: entry.labels.fr, ...(entry.labels.nl ? { nl: entry.labels.nl } : {}) }));
}

/** Words used in the field for a métier of the list, which its label does not contain. */
const TRADE_WORDS: Record<string, string> = {
  cariste: 'conducteur-chariot-elevateur',
  'conducteur de chariot': 'conducteur-chariot-elevateur',
  'technicienne de surface': 'aide-menager',
  'femme de menage': 'aide-menager',
  electricien: 'installateur-electricien-residentiel',
  jardinier: 'jardinier-entretien',
  peintre: 'peintre-decorateur',
};

/** Folded label, and the same label without its "(e)"-style endings. */
function labelKeys(label: string): string[] {
  return [foldHeader(label), foldHeader(label.replace(/\([^)]*\)/g, ''))];
}

/** A folded word in its masculine form: the list names "Aide-ménager(ère)", files write "aide-ménagère". */
function masculine(folded: string): string {
  return folded
    .split(' ')
    .map((word) => word.replace(/(i)ere$/, '$1er').replace(/ere$/, 'er').replace(/euse$/, 'eur').replace(/rice$/, 'eur').replace(/(ien)ne$/, '$1').replace(/(iv)e$/, 'if').replace(/([^e])e$/, '$1'))
    .join(' ');
}

/**
 * The métier code of a text: `exact` when it is a code or a label of the list (French or Dutch),
 * otherwise a suggestion (a feminine form, a word of the trade, the start of one label) for the
 * adviser to confirm. Undefined when nothing fits.
 */
export function matchMetier(value: string, catalogue?: MetierCatalogue): { code: string; exact: boolean } | undefined {
  const folded = foldHeader(value);
  if (!folded) return undefined;
  const entries = metierEntries(catalogue);
  for (const entry of entries) {
    const keys = [foldHeader(entry.code), ...labelKeys(entry.fr), ...(entry.nl ? labelKeys(entry.nl) : [])];
    if (keys.includes(folded)) return { code: entry.code, exact: true };
  }
  const wanted = masculine(folded);
  const byForm = entries.filter((entry) => [entry.fr, entry.nl ?? ''].some((label) => masculine(foldHeader(label.replace(/\([^)]*\)/g, ''))) === wanted));
  if (byForm.length === 1) return { code: (byForm[0] as MetierEntry).code, exact: false };
  const word = TRADE_WORDS[folded] ?? TRADE_WORDS[wanted];
  if (word && entries.some((entry) => entry.code === word)) return { code: word, exact: false };
  const starting = entries.filter((entry) => masculine(foldHeader(entry.fr.replace(/\([^)]*\)/g, ''))).startsWith(`${wanted} `));
  return starting.length === 1 ? { code: (starting[0] as MetierEntry).code, exact: false } : undefined;
}
