// The consent text of the intake form is read aloud from a clip shipped with the app (offline),
// one per interface language, made with the same espeak-ng + lame settings as the questionnaire
// clips (src/content/audio-manifest.ts) into public/audio/app/<lang>/consent-intake.mp3.
// public/audio/app/manifest.json keeps the sha256 of each spoken text: a test flags a clip whose
// text changed. The spoken text is the lines `intake.consent.line1…` joined by spaces. To remake:
//
//   for lang in fr nl en; do
//     text=$(node -e "const c=require('./src/i18n/locales/candidates/'+process.argv[1]+'.json').intake.consent;console.log(Object.keys(c).filter(k=>k.startsWith('line')).sort().map(k=>c[k]).join(' '))" $lang)
//     espeak-ng -v $voice -s 140 -p 50 -w /tmp/c.wav -- "$text"   # voice: fr-be, nl, en
//     lame --quiet -m m -b 48 --resample 22.05 --noreplaygain -t /tmp/c.wav public/audio/app/$lang/consent-intake.mp3
//   done
//   then update the sha256 (of the text, spaces collapsed) in public/audio/app/manifest.json.
export const CONSENT_CLIP_ID = 'consent-intake';

/** The sentences shown and read, in order (`intake.consent.<key>`). */
export const CONSENT_LINE_KEYS = ['line1', 'line2', 'line3', 'line4', 'line5', 'line6', 'line7'] as const;

export const CONSENT_CLIP_LANGUAGES = ['fr', 'nl', 'en'] as const;

export const CONSENT_VOICES: Record<(typeof CONSENT_CLIP_LANGUAGES)[number], string> = { fr: 'fr-be', nl: 'nl', en: 'en' };

export function consentClipUrl(language: string): string {
  const lang = (CONSENT_CLIP_LANGUAGES as readonly string[]).includes(language) ? language : 'fr';
  return `/audio/app/${lang}/${CONSENT_CLIP_ID}.mp3`;
}

/** The text as the synthesiser reads it (and as it is hashed). */
export const spokenForm = (text: string) => text.replace(/\s+/g, ' ').trim();
