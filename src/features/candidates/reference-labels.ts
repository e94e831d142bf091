// Labels of the code lists this feature shows that code-labels.ts does not cover (métiers, SPOC
// action kinds), in the display language (French when the reference data has no Dutch).
import { reference } from '../../domain/codes';
import { referenceLabel } from '../../i18n/code-labels';

type Labelled = { code: string; fr: string; nl?: string };

export const metierLabel = (code: string | undefined, language: string) => (code ? referenceLabel('metiers', code, language) : code);
export const spocKindLabel = (code: string | undefined, language: string) => (code ? referenceLabel('spocActionKinds', code, language) : code);

type Option = { code: string; label: string };

/** Sorted once per language: every list filter and form asks on each render. */
const metierOptionsByLanguage = new Map<string, readonly Option[]>();

export function metierOptions(language: string): readonly Option[] {
  let options = metierOptionsByLanguage.get(language);
  if (!options) {
    const collator = new Intl.Collator(language);
    options = (reference.vdc.metiers as Labelled[])
      .map((entry) => ({ code: entry.code, label: referenceLabel('metiers', entry.code, language) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    metierOptionsByLanguage.set(language, options);
  }
  return options;
}
