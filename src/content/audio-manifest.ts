// The audio clips the questionnaires need, and the check of public/audio/manifest.json against
// them. Pure (the hash function and the file test are passed in), shared by
// scripts/audio/generate.mjs and the test suite, neither of which needs espeak-ng to check.
import { spokenTexts, type Language, type Questionnaire, type SpokenText } from './schema';

/** How clips are made: part of every clip's hash, so changing a setting makes every clip stale. */
export const VOICES: Readonly<Record<Language, { readonly voice: string; readonly wordsPerMinute: number; readonly pitch: number }>> = {
  fr: { voice: 'fr-be', wordsPerMinute: 140, pitch: 50 },
  en: { voice: 'en', wordsPerMinute: 140, pitch: 50 },
  ar: { voice: 'ar', wordsPerMinute: 140, pitch: 50 },
};
export const ENCODING = { codec: 'mp3', channels: 1, bitrateKbps: 48, sampleRateKhz: 22.05 } as const;

export const MANIFEST_PATH = 'public/audio/manifest.json';

/** Where a clip is, relative to public/audio (and to the site root under /audio/). */
export function clipFile(lang: Language, clipId: string): string {
  return `${lang}/${clipId}.mp3`;
}

/** The URL the app plays. */
export function clipUrl(lang: Language, clipId: string): string {
  return `/audio/${clipFile(lang, clipId)}`;
}

export interface ExpectedClip {
  /** "<lang>/<clipId>", the key in the manifest. */
  readonly key: string;
  readonly lang: Language;
  readonly clipId: string;
  readonly text: string;
  readonly file: string;
  /** What is hashed: the text and the voice and encoding settings. */
  readonly source: string;
}

export interface ManifestEntry {
  readonly file: string;
  readonly sha256: string;
}

export interface AudioManifest {
  readonly version: 1;
  readonly clips: Readonly<Record<string, ManifestEntry>>;
}

/** What is said, normalised the way the synthesiser reads it (spaces only). */
export function spokenForm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Every clip of every questionnaire, and of the other spoken texts (candidate-mode chrome…), once
 * (a clip id shared by equal texts is one clip).
 */
export function expectedClips(questionnaires: readonly Questionnaire[], otherTexts: readonly SpokenText[] = []): ExpectedClip[] {
  const clips = new Map<string, ExpectedClip>();
  for (const texts of [...questionnaires.map(spokenTexts), otherTexts]) {
    for (const spoken of texts) {
      if (spoken.silent) continue;
      for (const lang of spoken.languages) {
        const clipId = spoken.audio[lang];
        const text = spoken.text[lang];
        if (clipId === undefined || text === undefined) continue;
        const key = `${lang}/${clipId}`;
        const said = spokenForm(text);
        const existing = clips.get(key);
        if (existing) {
          if (existing.text !== said) throw new Error(`Audio clip ${key} is used for two different texts: "${existing.text}" and "${said}"`);
          continue;
        }
        const source = JSON.stringify({ text: said, lang, ...VOICES[lang], encoding: ENCODING });
        clips.set(key, { key, lang, clipId, text: said, file: clipFile(lang, clipId), source });
      }
    }
  }
  return [...clips.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export interface ClipProblem {
  readonly key: string;
  readonly problem: 'missing' | 'stale' | 'file-missing' | 'unused';
  readonly text?: string;
}

/**
 * Compares the manifest with the clips the content needs: a clip is missing (no entry), stale
 * (its text or the voice settings changed), its file is missing, or it is no longer used.
 */
export function checkClips(
  expected: readonly ExpectedClip[],
  manifest: AudioManifest,
  sha256: (source: string) => string,
  fileExists: (file: string) => boolean,
): ClipProblem[] {
  const problems: ClipProblem[] = [];
  const keys = new Set<string>();
  for (const clip of expected) {
    keys.add(clip.key);
    const entry = Object.hasOwn(manifest.clips, clip.key) ? manifest.clips[clip.key] : undefined;
    if (!entry) problems.push({ key: clip.key, problem: 'missing', text: clip.text });
    else if (entry.sha256 !== sha256(clip.source) || entry.file !== clip.file) problems.push({ key: clip.key, problem: 'stale', text: clip.text });
    else if (!fileExists(entry.file)) problems.push({ key: clip.key, problem: 'file-missing', text: clip.text });
  }
  for (const key of Object.keys(manifest.clips)) if (!keys.has(key)) problems.push({ key, problem: 'unused' });
  return problems;
}

export function describeProblems(problems: readonly ClipProblem[]): string {
  return problems.map((p) => `${p.problem.padEnd(12)} ${p.key}${p.text ? `  "${p.text}"` : ''}`).join('\n');
}
