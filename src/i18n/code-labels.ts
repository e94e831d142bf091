// Display labels of the programme's code lists. The reference data has French labels (and Dutch
// for communes); other languages fall back to French rather than showing a bare code.
import { reference } from '../domain/codes';
import { resources, type AppLanguage } from './index';

export interface CodeOption<C extends string | number = string> {
  code: C;
  label: string;
}

type Labelled<C> = { code: C; fr: string; nl?: string };

function labelIn<C>(entry: Labelled<C>, language: string): string {
  return language === 'nl' && entry.nl ? entry.nl : entry.fr;
}

function optionsOf<C extends string | number>(list: ReadonlyArray<Labelled<C>>, language: string): CodeOption<C>[] {
  return list.map((entry) => ({ code: entry.code, label: labelIn(entry, language) }));
}

/** Brussels communes in alphabetical order, then "outside the region". */
export function communeOptions(language: string): CodeOption[] {
  const communes = optionsOf(reference.brussels.communes, language).sort((a, b) => a.label.localeCompare(b.label, language));
  return [...communes, { code: reference.brussels.outsideRegion.code, label: labelIn(reference.brussels.outsideRegion, language) }];
}

export function communeLabel(code: string | null | undefined, language: string): string | undefined {
  if (!code) return undefined;
  return communeOptions(language).find((option) => option.code === code)?.label;
}

export const frenchLevelOptions = (language: string) => optionsOf(reference.vdc.frenchLevels, language);
export const certificationOptions = (language: string) => optionsOf<number>(reference.vdc.certificationAtEntry, language);
export const sourceOptions = (language: string) => optionsOf(reference.vdc.sources, language);
export const motivationOptions = (language: string) => optionsOf(reference.vdc.motivations, language);

/**
 * A language's name in the display language (ISO 639 code → "arabe"): our own translation for the
 * languages the browser's ICU data does not name (Riffian, Kabyle…), else ICU's.
 */
export function languageName(isoCode: string, displayLanguage: string): string {
  const ours = (resources[displayLanguage as AppLanguage] ?? resources.fr).translation.languageNames as Record<string, string>;
  if (ours[isoCode]) return ours[isoCode];
  try {
    return new Intl.DisplayNames([displayLanguage], { type: 'language' }).of(isoCode) ?? isoCode;
  } catch {
    return isoCode;
  }
}
