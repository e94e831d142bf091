// The words of the person's complete file, in the person's language: field labels, section titles
// and the labels of the code lists. They are the app's own translations (locale data, JSON), read
// here so the file the server writes says exactly what the tablet's screens say.
/* eslint-disable no-restricted-imports -- locale data (JSON), not the app's i18n code */
import a11yEn from '../../src/i18n/locales/a11y/en.json';
import a11yNl from '../../src/i18n/locales/a11y/nl.json';
import personFileEn from '../../src/i18n/locales/person-file/en.json';
import personFileFr from '../../src/i18n/locales/person-file/fr.json';
import personFileNl from '../../src/i18n/locales/person-file/nl.json';
import commonEn from '../../src/i18n/locales/common/en.json';
import commonFr from '../../src/i18n/locales/common/fr.json';
import commonNl from '../../src/i18n/locales/common/nl.json';
/* eslint-enable no-restricted-imports */
import { reference } from '../../src/domain/codes';
import type { PersonFileLanguage } from '../../src/domain/written-person-file';
import { METIER_SEED } from '../../src/domain/metiers/seed';

type Words = Record<string, unknown>;
const WORDS: Record<PersonFileLanguage, { personFile: Words; common: Words; codeList?: Words }> = {
  fr: { personFile: personFileFr.personFile, common: commonFr },
  nl: { personFile: personFileNl.personFile, common: commonNl, codeList: a11yNl.codeList },
  en: { personFile: personFileEn.personFile, common: commonEn, codeList: a11yEn.codeList },
};

const LOCALES: Record<PersonFileLanguage, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-BE' };

function lookup(words: Words | undefined, path: readonly string[]): string | undefined {
  let node: unknown = words;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Words)[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The code lists of vdc.json, by the field that holds their codes. */
const FIELD_LISTS: Record<string, string> = {
  certificationAtEntry: 'certificationAtEntry',
  motivation: 'motivations',
  frenchLevel: 'frenchLevels',
  source: 'sources',
  module: 'modules',
  kind: 'spocActionKinds',
  outcome: 'spocOutcomes',
  result: 'epreuveResults',
  centreRegion: 'validationCentreRegions',
  exitReason: 'exitReasons',
  metier: 'metiers',
  metiers: 'metiers',
  plannedModules: 'modules',
};

export function personFileWords(language: PersonFileLanguage) {
  const words = WORDS[language];
  const text = (path: string[], values: Record<string, string | number> = {}, fallback = path.at(-1) ?? '') =>
    fill(lookup(words.personFile, path) ?? lookup(WORDS.fr.personFile, path) ?? fallback, values);
  const plural = new Intl.PluralRules(language);
  const dayFormat = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const instantFormat = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' });
  const day = (value: string) => dayFormat.format(new Date(`${value}T00:00:00Z`));

  const codeLabel = (list: string, code: unknown): string => {
    const entry = (reference.vdc as unknown as Record<string, { code: unknown; fr: string; nl?: string }[]>)[list]?.find((item) => String(item.code) === String(code));
    // A métier of the catalogue's seed beyond the 2024 list (docs/metier-catalogue.md).
    const seeded = list === 'metiers' && !entry ? METIER_SEED.find((item) => item.code === code) : undefined;
    if (seeded) return seeded.labels[language];
    if (!entry) return String(code);
    if (language === 'nl' && entry.nl) return entry.nl;
    return lookup(words.codeList, [list, String(code)]) ?? entry.fr;
  };
  const communeLabel = (code: unknown): string => {
    const entry = [...reference.brussels.communes, reference.brussels.outsideRegion].find((item) => item.code === code);
    if (!entry) return String(code);
    return language === 'nl' && entry.nl ? entry.nl : entry.fr;
  };
  const languageName = (code: string): string => {
    try {
      return new Intl.DisplayNames([LOCALES[language]], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };

  /** A stored value in words: codes by their labels, dates in the language, yes/no, consent. */
  const value = (field: string, raw: unknown): string => {
    if (typeof raw === 'boolean') return text([raw ? 'yes' : 'no']);
    if (field === 'criteria' && Array.isArray(raw)) {
      return raw.map((item: { label?: string; result?: string }) => text(['criterion'], { label: item.label ?? '', result: text(['value', 'observationResult', String(item.result)]) })).join('; ');
    }
    if (Array.isArray(raw)) return raw.map((item) => value(field, item)).join(', ');
    if (field === 'consent' && typeof raw === 'object' && raw !== null) {
      const consent = raw as { given?: boolean; date?: string; scopes?: string[] };
      const scopes = (consent.scopes ?? []).map((scope) => lookup(words.common, ['consentScope', scope]) ?? scope).join(', ');
      return text([consent.given ? 'consentGiven' : 'consentRefused'], { date: consent.date ? day(consent.date) : '', scopes });
    }
    if (FIELD_LISTS[field]) return codeLabel(FIELD_LISTS[field], raw);
    if (field === 'status' && (raw === 'open' || raw === 'closed')) return text(['value', 'status', raw]);
    if (field === 'status') return codeLabel('attendanceStatuses', raw);
    if (field === 'answeredBy') return text(['value', 'answeredBy', String(raw)]);
    if (field === 'observationKind' || field === 'observationResult' || field === 'observerKind') return text(['value', field, String(raw)]);
    if (field === 'gender') return lookup(words.common, ['gender', String(raw)]) ?? String(raw);
    if (field === 'communeCode') return communeLabel(raw);
    if (field === 'languages' && typeof raw === 'string') return languageName(raw);
    if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return day(raw);
    if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(raw)) return instantFormat.format(new Date(raw));
    if (typeof raw === 'number') return new Intl.NumberFormat(LOCALES[language]).format(raw);
    return String(raw);
  };

  return {
    text,
    label: (field: string) => text(['field', field]),
    sectionTitle: (key: string, count: number) =>
      key === 'candidate' ? text(['section', 'candidate']) : text(['section', `${key}_${plural.select(count)}`], { count }, text(['section', `${key}_other`], { count })),
    title: (name: string) => text(['title'], { name }),
    unnamed: () => text(['unnamed']),
    value,
  };
}
