// The métiers of the reference data as choices, labelled in the display language, in
// alphabetical order of their label.
import { METIER_CODES } from '../../domain/codes';
import { referenceLabel } from '../../i18n/code-labels';

export interface MetierOption {
  code: string;
  label: string;
}

export function metierOptions(language: string): MetierOption[] {
  return METIER_CODES.map((code) => ({ code, label: referenceLabel('metiers', code, language) })).sort((a, b) => a.label.localeCompare(b.label, language));
}
