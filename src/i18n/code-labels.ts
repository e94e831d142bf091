// Display labels of the programme's code lists. The reference data has French labels (and the
// official Dutch names of communes and zones); the other lists' Dutch and English labels are in
// locales/a11y (`codeList.<list>.<code>`). A label missing there falls back to French, never a code.
import { reference } from '../domain/codes';
import { loadedWord } from './loaded-words';
import { METIER_SEED } from '../domain/metiers/seed';

export interface CodeOption<C extends string | number = string> {
  code: C;
  label: string;
}

type Labelled<C> = { code: C; fr: string; nl?: string };

/** The lists of vdc.json translated in locales/a11y. */
export type CodeListName =
  | 'certificationAtEntry'
  | 'motivations'
  | 'frenchLevels'
  | 'sources'
  | 'modules'
  | 'spocActionKinds'
  | 'spocOutcomes'
  | 'epreuveResults'
  | 'validationCentreRegions'
  | 'exitReasons'
  | 'attendanceStatuses'
  | 'metiers';

function translatedLabel(list: CodeListName, code: string | number, language: string): string | undefined {
  if (language === 'fr') return undefined;
  return loadedWord(language, ['codeList', list, String(code)]);
}

function labelIn<C extends string | number>(entry: Labelled<C>, language: string, list?: CodeListName): string {
  if (language === 'nl' && entry.nl) return entry.nl;
  return (list && translatedLabel(list, entry.code, language)) || entry.fr;
}

/** A code's label in the display language (the bare code when the list does not know it). */
export function referenceLabel(list: CodeListName, code: string | number | null | undefined, language: string): string {
  if (code === null || code === undefined || code === '') return '';
  const entry = (reference.vdc[list] as ReadonlyArray<Labelled<string | number>>).find((item) => String(item.code) === String(code));
  if (!entry && list === 'metiers') {
    // A métier of the catalogue's seed beyond the 2024 list; screens holding the live catalogue
    // name every métier through domain/metiers/catalogue.ts metierLabel.
    const seeded = METIER_SEED.find((seed) => seed.code === code);
    if (seeded) return (seeded.labels as Record<string, string>)[language] ?? seeded.labels.fr;
  }
  return entry ? labelIn(entry, language, list) : String(code);
}

function optionsOf<C extends string | number>(list: CodeListName, language: string): CodeOption<C>[] {
  return (reference.vdc[list] as unknown as ReadonlyArray<Labelled<C>>).map((entry) => ({ code: entry.code, label: labelIn(entry, language, list) }));
}

/** Brussels communes in alphabetical order, then "outside the region". */
export function communeOptions(language: string): CodeOption[] {
  const communes = reference.brussels.communes.map((entry) => ({ code: entry.code, label: labelIn(entry, language) })).sort((a, b) => a.label.localeCompare(b.label, language));
  // The reference names "outside the region" in French and Dutch only: other languages' words are ours.
  const outside = reference.brussels.outsideRegion;
  const outsideLabel = (language !== 'fr' && language !== 'nl' && loadedWord(language, ['codeList', 'outsideRegion', outside.code])) || labelIn(outside, language);
  return [...communes, { code: outside.code, label: outsideLabel }];
}

export function communeLabel(code: string | null | undefined, language: string): string | undefined {
  if (!code) return undefined;
  return communeOptions(language).find((option) => option.code === code)?.label;
}

export const frenchLevelOptions = (language: string) => optionsOf<string>('frenchLevels', language);
export const certificationOptions = (language: string) => optionsOf<number>('certificationAtEntry', language);
export const sourceOptions = (language: string) => optionsOf<string>('sources', language);
export const motivationOptions = (language: string) => optionsOf<string>('motivations', language);

/**
 * A language's name in the display language (ISO 639 code → "arabe"): our own translation for the
 * languages the browser's ICU data does not name (Riffian, Kabyle…), else ICU's.
 */
export function languageName(isoCode: string, displayLanguage: string): string {
  const ours = loadedWord(displayLanguage, ['languageNames', isoCode]) ?? loadedWord('fr', ['languageNames', isoCode]);
  if (ours) return ours;
  try {
    return new Intl.DisplayNames([displayLanguage], { type: 'language' }).of(isoCode) ?? isoCode;
  } catch {
    return isoCode;
  }
}
