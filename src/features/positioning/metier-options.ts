// The métiers offered when a sitting starts: the five with their own trade tasks in the
// questionnaire first, then every other métier (they get the generic trade questions).
import { reference } from '../../domain/codes';
import { referenceLabel } from '../../i18n/code-labels';

export const METIERS_WITH_OWN_TASKS = [
  'employe-administratif',
  'installateur-electricien-residentiel',
  'jardinier-entretien',
  'aide-menager',
  'coiffeur',
] as const;

export interface MetierOption {
  code: string;
  label: string;
}

/** In the adviser's language (French by default). */
export function metierLabel(code: string, language = 'fr'): string {
  return referenceLabel('metiers', code, language);
}

export function metierOptions(language = 'fr'): { own: MetierOption[]; others: MetierOption[] } {
  const own = METIERS_WITH_OWN_TASKS.map((code) => ({ code, label: metierLabel(code, language) }));
  const others = reference.vdc.metiers
    .filter((entry) => !(METIERS_WITH_OWN_TASKS as readonly string[]).includes(entry.code))
    .map((entry) => ({ code: entry.code, label: metierLabel(entry.code, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  return { own, others };
}
