import { describe, expect, it } from 'vitest';
import { reference } from '../domain/codes';
import { communeLabel, frenchLevelOptions, languageName, referenceLabel, type CodeListName } from './code-labels';
// Every language's words, registered as the app registers a language once it is loaded.
import './index';

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

describe('code lists in the display language', () => {
  it('names communes by their official Dutch names in Dutch', () => {
    expect(communeLabel('auderghem', 'nl')).toBe('Oudergem');
    expect(communeLabel('auderghem', 'fr')).toBe('Auderghem');
    expect(communeLabel('auderghem', 'en')).toBe('Auderghem');
  });

  it('translates every code of the programme lists into Dutch and English', () => {
    const lists: CodeListName[] = ['certificationAtEntry', 'motivations', 'frenchLevels', 'sources', 'modules', 'spocActionKinds', 'spocOutcomes', 'epreuveResults', 'validationCentreRegions', 'exitReasons', 'attendanceStatuses', 'metiers'];
    for (const list of lists) {
      for (const entry of reference.vdc[list] as ReadonlyArray<{ code: string | number; fr: string }>) {
        expect(referenceLabel(list, entry.code, 'fr'), `${list}.${entry.code}`).toBe(entry.fr);
        for (const language of ['nl', 'en']) {
          const label = referenceLabel(list, entry.code, language);
          expect(label, `${list}.${entry.code} in ${language}`).toBeTruthy();
          if (!['mission-locale', 'oisp', 'esmi'].includes(String(entry.code))) expect(label, `${list}.${entry.code} in ${language}`).not.toBe(entry.fr);
        }
      }
    }
    expect(referenceLabel('sources', 'centre-validation', 'nl')).toBe('Validatiecentrum');
    expect(frenchLevelOptions('en').map((option) => option.label)).toContain('Good knowledge of French');
  });

  it('shows an unknown code as it is and nothing for no code', () => {
    expect(referenceLabel('metiers', 'astronaute', 'nl')).toBe('astronaute');
    expect(referenceLabel('metiers', undefined, 'nl')).toBe('');
  });
});
