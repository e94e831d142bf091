// Suggestions for a value the import does not recognise: shown to the adviser beside the value,
// never applied without her choice (docs/import.md, "Value mapping").
import { OUTSIDE_REGION_CODE, reference } from '../codes';
import { foldHeader } from './fields';
import type { MappableField } from './value-mapping';
import { matchMetier } from './metier-codes';
import type { MetierCatalogue } from '../metiers/catalogue';
import { parsePostalCode } from './values';

/** Parts of Bruxelles-Ville people write as their commune (with their postal code). */
const SECTIONS: Record<string, string> = {
  laeken: 'bruxelles',
  laken: 'bruxelles',
  'neder over heembeek': 'bruxelles',
  haren: 'bruxelles',
  'bruxelles ville': 'bruxelles',
  'brussel stad': 'bruxelles',
  'saint josse': 'saint-josse-ten-noode',
  'sint joost': 'saint-josse-ten-noode',
};

interface Labelled {
  code: string;
  fr: string;
  nl?: string;
}

/** The one entry whose label starts with the value (as words), when there is exactly one. */
function startOf(list: readonly Labelled[], folded: string): string | undefined {
  const found = list.filter((entry) => [entry.fr, entry.nl ?? ''].some((label) => `${foldHeader(label)} `.startsWith(`${folded} `)));
  return found.length === 1 ? (found[0] as Labelled).code : undefined;
}

function suggestCommune(value: string): string | undefined {
  const postal = /\b(\d{4})\b/.exec(value);
  if (postal) {
    const byCode = parsePostalCode(postal[1] as string);
    if (byCode.ok) return byCode.value;
  }
  const folded = foldHeader(value);
  return SECTIONS[folded] ?? startOf(reference.brussels.communes as Labelled[], folded);
}

/** A code to propose for an unrecognised value of a field, or undefined. */
export function suggestCode(field: MappableField, value: string, catalogue?: MetierCatalogue): string | undefined {
  const folded = foldHeader(value);
  if (!folded) return undefined;
  switch (field) {
    case 'commune':
      return suggestCommune(value);
    case 'metier':
      return matchMetier(value, catalogue)?.code;
    case 'spocKind':
      return startOf(reference.vdc.spocActionKinds as Labelled[], folded);
    case 'exitReason':
      return startOf(reference.vdc.exitReasons as Labelled[], folded);
    case 'gender':
      return undefined;
  }
}

export { OUTSIDE_REGION_CODE };
