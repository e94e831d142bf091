import { describe, expect, it } from 'vitest';
import { CANDIDATE_CHROME, CHROME_IDS, chromeSpokenTexts } from './candidate-chrome';
import { hasPictogram } from './pictograms';

describe('candidate-mode chrome words', () => {
  it('has every word in French, English and Arabic, with a pictogram and a clip per language', () => {
    for (const id of CHROME_IDS) {
      const entry = CANDIDATE_CHROME[id];
      expect(entry.text.fr, id).toBeTruthy();
      expect(entry.text.en, id).toBeTruthy();
      expect(entry.text.ar, id).toMatch(/[\u0600-\u06FF]/);
      expect(hasPictogram(entry.pictogram), id).toBe(true);
      expect(Object.keys(entry.audio).sort()).toEqual(['ar', 'en', 'fr']);
    }
  });

  it('is spoken in the three languages (its clips are checked with the questionnaires in audio-clips.test.ts)', () => {
    const spoken = chromeSpokenTexts();
    expect(spoken.map((entry) => entry.path)).toContain('chrome.next');
    expect(spoken.every((entry) => entry.languages.length === 3)).toBe(true);
  });
});
