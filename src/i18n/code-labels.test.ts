import { describe, expect, it } from 'vitest';
import { languageName } from './code-labels';

describe('languageName', () => {
  it('names the languages the browser does not know from our own translations', () => {
    expect(languageName('kab', 'fr')).toBe('kabyle');
    expect(languageName('rif', 'nl')).toBe('Riffijns (Tarifit)');
    expect(languageName('rif', 'en')).toBe('Riffian (Tarifit)');
  });

  it('names the others through ICU, in the display language', () => {
    expect(languageName('ar', 'fr')).toBe('arabe');
    expect(languageName('tr', 'en')).toBe('Turkish');
  });
});
