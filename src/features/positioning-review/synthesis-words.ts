// The synthesis's words in French and each second language of a sitting, validated with zod and
// served by an i18next instance of their own (every language at once: the sheet prints French and
// the second language whatever the adviser's language, and Arabic is no interface language).
import i18next, { type TFunction } from 'i18next';
import { z } from 'zod';
import wordsJson from './synthesis-words.json';

export const SYNTHESIS_LANGUAGES = ['fr', 'en', 'ar'] as const;
export type SynthesisLanguage = (typeof SYNTHESIS_LANGUAGES)[number];
export const SYNTHESIS_NAMESPACE = 'synthesis';

const words = z.string().trim().min(1);
const level = z.strictObject({ ready: words, partly: words, 'not-yet': words, 'to-observe': words });
const orientation = z.strictObject({ modules: words, 'training-first': words, 'straight-to-registration': words, other: words });
const languageWords = z.strictObject({
  title: words,
  sittingDay: words,
  canDoTitle: words,
  canDoNone: words,
  strongDomain: words,
  ucTitle: words,
  uc: level,
  workOnTitle: words,
  workOnNone: words,
  orientationTitle: words,
  orientation,
  wordsTitle: words,
  nextTitle: words,
  nextNone: words,
  sessionStep: words,
  hours: words,
  testStep: words,
  adviser: words,
  yours: words,
  module: z.record(z.string(), words),
});
const schema = z.strictObject({ $comment: z.string().optional(), fr: languageWords, en: languageWords, ar: languageWords });

export const SYNTHESIS_WORDS = schema.parse(wordsJson);

let instance: ReturnType<typeof i18next.createInstance> | undefined;

/** The synthesis words in `language`, through i18next. */
export function synthesisT(language: SynthesisLanguage): TFunction {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: 'fr',
      fallbackLng: 'fr',
      initAsync: false,
      defaultNS: SYNTHESIS_NAMESPACE,
      ns: [SYNTHESIS_NAMESPACE],
      interpolation: { escapeValue: false }, // React escapes already
      resources: Object.fromEntries(SYNTHESIS_LANGUAGES.map((lang) => [lang, { [SYNTHESIS_NAMESPACE]: SYNTHESIS_WORDS[lang] }])),
    });
  }
  return instance.getFixedT(language, SYNTHESIS_NAMESPACE);
}
