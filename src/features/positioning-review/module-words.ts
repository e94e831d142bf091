// Module names and the rules' reasons in words, for the decisions and the synthesis.
import { reference } from '../../domain/codes';
import { referenceLabel } from '../../i18n/code-labels';
import type { Questionnaire, Rule } from '../../content/schema';

type Labelled = { code: string; fr: string; nl?: string };

export function moduleName(code: string, language: string): string {
  return referenceLabel('modules', code, language);
}

export function metierName(code: string, language: string): string {
  return referenceLabel('metiers', code, language);
}

export const MODULE_CODE_LIST: readonly string[] = (reference.vdc.modules as readonly Labelled[]).map((entry) => entry.code);

export function rulesOf(q: Questionnaire, ruleIds: readonly string[]): Rule[] {
  return ruleIds.flatMap((id) => q.rules.filter((rule) => rule.id === id));
}

/** The pictogram of a module: that of the first rule that recommends it, else a generic one. */
export function modulePictogram(q: Questionnaire, module: string): string {
  return q.rules.find((rule) => rule.module === module)?.pictogram ?? 'training';
}
