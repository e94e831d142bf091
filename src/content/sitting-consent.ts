// The consent read to the candidate at the start of a sitting, in French and in the sitting's
// second language, sentence by sentence, each with a pictogram and a generated clip
// (public/audio/<lang>/consent.<id>.mp3). Candidate text like the questions, so it lives in the
// content; candidate mode shows it. Validated with zod at load.
import { z } from 'zod';
import consentJson from './sitting-consent.json';
import { hasPictogram } from './pictograms';
import { LANGUAGES, type Language, type SpokenText, type Text } from './schema';

const words = z.string().trim().min(1);
const lineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  text: z.strictObject({ fr: words, en: words, ar: words }),
  pictogram: z.string().refine(hasPictogram, 'unknown pictogram'),
});
const consentSchema = z.strictObject({ $comment: z.string().optional(), lines: z.array(lineSchema).min(1) });

export interface ConsentLine {
  readonly id: string;
  readonly text: Text;
  readonly pictogram: string;
  /** The clip of the line in each language: public/audio/<lang>/<clip>.mp3. */
  readonly audio: Readonly<Record<Language, string>>;
}

export function loadSittingConsent(json: unknown): readonly ConsentLine[] {
  const lines = consentSchema.parse(json).lines;
  if (new Set(lines.map((line) => line.id)).size !== lines.length) throw new Error('sitting-consent.json: a line id is used twice');
  return lines.map((line) => {
    const clip = `consent.${line.id}`;
    return { id: line.id, text: line.text, pictogram: line.pictogram, audio: { fr: clip, en: clip, ar: clip } };
  });
}

export const SITTING_CONSENT: readonly ConsentLine[] = loadSittingConsent(consentJson);

/** The consent's lines as spoken texts, for the audio clips (scripts/audio/generate.mjs). */
export function consentSpokenTexts(lines: readonly ConsentLine[] = SITTING_CONSENT): SpokenText[] {
  return lines.map((line) => ({ path: `consent.${line.id}`, text: line.text, audio: line.audio, languages: LANGUAGES }));
}
