// The métiers offered when a sitting starts: the five with their own trade tasks in the
// questionnaire first, then every other métier (they get the generic trade questions).
import { reference } from '../../domain/codes';

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

const byCode = new Map(reference.vdc.metiers.map((entry) => [entry.code, entry.fr]));

export function metierLabel(code: string): string {
  return byCode.get(code) ?? code;
}

export function metierOptions(): { own: MetierOption[]; others: MetierOption[] } {
  const own = METIERS_WITH_OWN_TASKS.map((code) => ({ code, label: metierLabel(code) }));
  const others = reference.vdc.metiers
    .filter((entry) => !(METIERS_WITH_OWN_TASKS as readonly string[]).includes(entry.code))
    .map((entry) => ({ code: entry.code, label: entry.fr }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  return { own, others };
}
