// The métiers offered when a sitting starts: those with their own trade tasks in the current
// questionnaire first (read from the content, so "coiffeur autonome", which shares the
// hairdressing items, is one of them), then every other métier (they get the generic questions).
import { reference } from '../../domain/codes';
import { currentQuestionnaire } from '../../content/questionnaires';
import { referenceLabel } from '../../i18n/code-labels';

/** Métier codes named by a trade item of the questionnaire, in the order of the code list. */
export function metiersWithOwnTasks(q = currentQuestionnaire()): string[] {
  const named = new Set(q.domains.flatMap((domain) => domain.items.flatMap((item) => (Array.isArray(item.metiers) ? item.metiers : []))));
  return reference.vdc.metiers.map((entry) => entry.code).filter((code) => named.has(code));
}

export const METIERS_WITH_OWN_TASKS: readonly string[] = metiersWithOwnTasks();

export interface MetierOption {
  code: string;
  label: string;
}

/** In the adviser's language (French by default). */
export function metierLabel(code: string, language = 'fr'): string {
  return referenceLabel('metiers', code, language);
}

export function metierOptions(language = 'fr'): { own: MetierOption[]; others: MetierOption[] } {
  const own = METIERS_WITH_OWN_TASKS.map((code) => ({ code, label: metierLabel(code, language) })).sort((a, b) => a.label.localeCompare(b.label, language));
  const others = reference.vdc.metiers
    .filter((entry) => !METIERS_WITH_OWN_TASKS.includes(entry.code))
    .map((entry) => ({ code: entry.code, label: metierLabel(entry.code, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  return { own, others };
}
