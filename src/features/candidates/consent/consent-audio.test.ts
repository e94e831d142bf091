// The consent clips shipped in public/audio/app/ read the text the form shows, in each language:
// a changed sentence without a remade clip fails here (see consent-audio.ts for the commands).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translations } from '../../../i18n/resources';
import { CONSENT_CLIP_ID, CONSENT_CLIP_LANGUAGES, CONSENT_LINE_KEYS, consentClipUrl, spokenForm } from './consent-audio';

const manifest = JSON.parse(readFileSync(path.resolve('public/audio/app/manifest.json'), 'utf8')) as {
  clips: Record<string, { file: string; sha256: string }>;
};

function spokenText(language: 'fr' | 'nl' | 'en'): string {
  const consent = (translations[language].intake as { consent: Record<string, string> }).consent;
  return spokenForm(CONSENT_LINE_KEYS.map((key) => consent[key]).join(' '));
}

describe('consent clips', () => {
  it.each(CONSENT_CLIP_LANGUAGES)('has an up-to-date clip of the %s consent text', (language) => {
    const entry = manifest.clips[`${language}/${CONSENT_CLIP_ID}`];
    expect(entry?.sha256).toBe(createHash('sha256').update(spokenText(language), 'utf8').digest('hex'));
    const file = path.resolve('public/audio/app', entry!.file);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(2000);
    expect(`/audio/app/${entry!.file}`).toBe(consentClipUrl(language));
  });

  it('falls back to the French clip for a language without its own', () => {
    expect(consentClipUrl('ar')).toBe('/audio/app/fr/consent-intake.mp3');
  });
});
