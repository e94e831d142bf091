// Labels of the code lists this feature shows that code-labels.ts does not cover (métiers, SPOC
// action kinds), in the display language (French when the reference data has no Dutch).
import { reference } from '../../domain/codes';
import { referenceLabel } from '../../i18n/code-labels';

type Labelled = { code: string; fr: string; nl?: string };

export const metierLabel = (code: string | undefined, language: string) => (code ? referenceLabel('metiers', code, language) : code);
export const spocKindLabel = (code: string | undefined, language: string) => (code ? referenceLabel('spocActionKinds', code, language) : code);

export function metierOptions(language: string): { code: string; label: string }[] {
  return (reference.vdc.metiers as Labelled[])
    .map((entry) => ({ code: entry.code, label: referenceLabel('metiers', entry.code, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}
