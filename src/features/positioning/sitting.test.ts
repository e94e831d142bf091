import { describe, expect, it } from 'vitest';
import { wipeLinked } from '../../db/pull-erasure';
import { recordSchemas } from '../../domain/entities';
import { SETTINGS_KEY, initialAnswers, sittingFields, sittingSettings } from './sitting';

const base = { candidateId: 'c-1', questionnaireId: 'positionnement', questionnaireVersion: 1 };

describe('the sitting’s métier and second language', () => {
  it('are written as fields of the record when the sitting starts', () => {
    expect(sittingFields({ metier: 'coiffeur', secondLanguage: 'ar' })).toEqual({ metier: 'coiffeur', secondLanguage: 'ar' });
    expect(sittingFields({ metier: 'aide-menager' })).toEqual({ metier: 'aide-menager' });
    expect(recordSchemas.positionings.safeParse({ ...base, ...sittingFields({ metier: 'coiffeur', secondLanguage: 'en' }) }).success).toBe(true);
  });

  it('refuses a second language other than English or Arabic, and a malformed métier code', () => {
    const wrongLanguage = recordSchemas.positionings.safeParse({ ...base, metier: 'coiffeur', secondLanguage: 'de' });
    expect(wrongLanguage.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['secondLanguage', 'unknownCode']]);
    expect(recordSchemas.positionings.safeParse({ ...base, metier: 'Coiffeur !' }).success).toBe(false);
  });

  it('are read from the fields, else from the old place inside the answers', () => {
    expect(sittingSettings({ ...base, metier: 'coiffeur', secondLanguage: 'ar' })).toEqual({ metier: 'coiffeur', secondLanguage: 'ar' });
    expect(sittingSettings({ ...base, answers: initialAnswers({ metier: 'jardinier-entretien', secondLanguage: 'en' }) })).toEqual({
      metier: 'jardinier-entretien',
      secondLanguage: 'en',
    });
    // The fields win over a stale copy in the answers.
    expect(sittingSettings({ ...base, metier: 'coiffeur', answers: { [SETTINGS_KEY]: { metier: 'aide-menager', secondLanguage: 'ar' } } })).toEqual({ metier: 'coiffeur' });
    expect(sittingSettings({ ...base, answers: { [SETTINGS_KEY]: { metier: 42 } } })).toBeUndefined();
    expect(sittingSettings(base)).toBeUndefined();
  });

  it('outlive the erasure of the answers on the tablet', () => {
    const data = { ...base, metier: 'coiffeur', secondLanguage: 'ar', answers: { 'project-why': { value: 'job', at: '2026-01-01T10:00:00Z' } }, adviserRatings: {} };
    expect(wipeLinked('positionings', data)).toEqual({ ...base, metier: 'coiffeur', secondLanguage: 'ar' });
  });
});
