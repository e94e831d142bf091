// Labels of the code lists this feature shows that code-labels.ts does not cover (métiers, SPOC
// action kinds), in the display language (French when the reference data has no Dutch).
import { reference } from '../../domain/codes';

type Labelled = { code: string; fr: string; nl?: string };

function labelFrom(list: readonly Labelled[], code: string | undefined, language: string): string | undefined {
  const entry = code ? list.find((item) => item.code === code) : undefined;
  if (!entry) return code;
  return language === 'nl' && entry.nl ? entry.nl : entry.fr;
}

export const metierLabel = (code: string | undefined, language: string) => labelFrom(reference.vdc.metiers as Labelled[], code, language);
export const spocKindLabel = (code: string | undefined, language: string) => labelFrom(reference.vdc.spocActionKinds as Labelled[], code, language);

export function metierOptions(language: string): { code: string; label: string }[] {
  return (reference.vdc.metiers as Labelled[])
    .map((entry) => ({ code: entry.code, label: labelFrom([entry], entry.code, language) ?? entry.code }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}
