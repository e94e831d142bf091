// The communes offered by the intake form, findable by French or Dutch name or by postal code
// ("1030", "Schaer", "schaarb" all find Schaerbeek), accent- and case-insensitively.
import { reference } from '../../../domain/codes';
import { foldText } from '../../../domain/text-fold';

export interface CommuneChoice {
  code: string;
  label: string;
  postalCodes: readonly string[];
  /** Every name it is known by, folded for matching. */
  names: readonly string[];
}

export const foldForFilter = (value: string) =>
  foldText(value).replace(/[^a-z0-9]+/g, ' ').trim();

export function communeChoices(language: string): CommuneChoice[] {
  const label = (entry: { fr: string; nl?: string }) => (language === 'nl' && entry.nl ? entry.nl : entry.fr);
  const communes = reference.brussels.communes
    .map((commune) => ({
      code: commune.code,
      label: label(commune),
      postalCodes: commune.postalCodes,
      names: [foldForFilter(commune.fr), foldForFilter(commune.nl ?? commune.fr)],
    }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const outside = reference.brussels.outsideRegion;
  return [...communes, { code: outside.code, label: label(outside), postalCodes: [], names: [foldForFilter(outside.fr), foldForFilter(outside.nl ?? outside.fr)] }];
}

/** Communes matching what was typed: a postal code prefix, or the start of a word of a name. */
export function filterCommunes(choices: readonly CommuneChoice[], typed: string): CommuneChoice[] {
  const query = foldForFilter(typed);
  if (!query) return [...choices];
  if (/^\d+$/.test(query)) return choices.filter((choice) => choice.postalCodes.some((postal) => postal.startsWith(query)));
  return choices.filter((choice) =>
    choice.names.some((name) => name.startsWith(query) || name.split(' ').some((word) => word.startsWith(query)) || name.replace(/ /g, '').startsWith(query.replace(/ /g, ''))),
  );
}

export function communeText(choice: CommuneChoice): string {
  return choice.postalCodes.length > 0 ? `${choice.label} (${choice.postalCodes.join(', ')})` : choice.label;
}
