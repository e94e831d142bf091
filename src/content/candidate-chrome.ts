// The words around the questions in candidate mode ("next", "back", the end screen…): candidate
// texts like the questions, so they live in the content with a pictogram and a clip per language,
// not in the adviser's i18n. Validated with zod at load.
import { z } from 'zod';
import chromeJson from './candidate-chrome.json';
import { hasPictogram } from './pictograms';
import { LANGUAGES, type Language, type SpokenText, type Text } from './schema';

export const CHROME_IDS = [
  'welcome',
  'how-to',
  'start',
  'next',
  'back',
  'listen',
  'pick-many',
  'progress',
  'finished',
  'thanks',
  'what-next',
  'give-back',
] as const;
export type ChromeId = (typeof CHROME_IDS)[number];

const words = z.string().trim().min(1);
const clipId = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
const chromeTextSchema = z.strictObject({
  text: z.strictObject({ fr: words, en: words, ar: words }),
  pictogram: z.string().refine(hasPictogram, 'unknown pictogram'),
  /** One clip id, the same in every language: public/audio/<lang>/<clipId>.mp3. */
  audio: clipId,
});
const chromeSchema = z.strictObject({
  $comment: z.string().optional(),
  texts: z.strictObject(Object.fromEntries(CHROME_IDS.map((id) => [id, chromeTextSchema])) as Record<ChromeId, typeof chromeTextSchema>),
});

export interface ChromeText {
  readonly text: Text;
  readonly pictogram: string;
  readonly audio: Readonly<Record<Language, string>>;
}

function loadChrome(json: unknown): Readonly<Record<ChromeId, ChromeText>> {
  const parsed = chromeSchema.parse(json);
  const out = {} as Record<ChromeId, ChromeText>;
  for (const id of CHROME_IDS) {
    const entry = parsed.texts[id];
    out[id] = { text: entry.text, pictogram: entry.pictogram, audio: { fr: entry.audio, en: entry.audio, ar: entry.audio } };
  }
  return out;
}

export const CANDIDATE_CHROME = loadChrome(chromeJson);

/** Marks each speaker button with the language it reads (two speakers side by side differ). */
export const LANGUAGE_MARKS: Readonly<Record<Language, string>> = { fr: 'FR', en: 'EN', ar: 'ع' };

/** The chrome's texts as spoken texts, for the audio clips (scripts/audio/generate.mjs). */
export function chromeSpokenTexts(chrome: Readonly<Record<ChromeId, ChromeText>> = CANDIDATE_CHROME): SpokenText[] {
  return CHROME_IDS.map((id) => ({ path: `chrome.${id}`, text: chrome[id].text, audio: chrome[id].audio, languages: LANGUAGES }));
}
