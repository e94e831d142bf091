// The intake form knows every field the candidate's table puts on it (domain/candidate-fields.ts):
// an input value, a label in French, Dutch and English, and a round trip to the record and back.
import { describe, expect, it } from 'vitest';
import { CANDIDATE_FIELDS, type CandidateFieldSpec, type CandidateFormFieldKey } from '../../../domain/candidate-fields';
import type { CandidateData } from '../../../domain/entities';
import { newRecordSchemas } from '../../../domain/entities';
import { FORM_EDITED_FIELDS, candidateFromFormValues, emptyFormValues, formValuesFromCandidate } from './candidate-form-values';
import candidatesFr from '../../../i18n/locales/candidates/fr.json';
import candidatesNl from '../../../i18n/locales/candidates/nl.json';
import candidatesEn from '../../../i18n/locales/candidates/en.json';

/** One stored value per field of the form: a field added to the form without one fails to compile. */
const SAMPLE: { [K in CandidateFormFieldKey]-?: NonNullable<CandidateData[K]> } = {
  firstName: 'Amina',
  lastName: 'Exemple',
  birthDate: '1988-03-15',
  gender: 'F',
  phone: '0470 12 34 56',
  email: 'amina@example.org',
  communeCode: 'anderlecht',
  languages: ['ar', 'fr'],
  frenchLevel: 'moyen',
  certificationAtEntry: 3,
  source: 'oisp',
  motivation: 'emploi',
  consent: { given: true, date: '2025-01-10', scopes: ['suivi'], recordedBy: 'u1' },
  notes: 'Préfère le matin.',
};

const lookup = (words: object, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], words);

describe('the intake form and the candidate field table', () => {
  it('edits exactly the fields the table puts on the form', () => {
    const onForm = (Object.entries(CANDIDATE_FIELDS) as [string, CandidateFieldSpec][]).filter(([, spec]) => spec.form).map(([key]) => key);
    expect(FORM_EDITED_FIELDS).toEqual(onForm);
    expect(Object.keys(SAMPLE).sort()).toEqual([...onForm].sort());
  });

  it('gives each of them an input and a label in French, Dutch and English', () => {
    const values = emptyFormValues('site-a') as unknown as Record<string, unknown>;
    for (const field of FORM_EDITED_FIELDS) {
      const inputs = field === 'consent' ? ['consentGiven', 'consentScopes'] : [field];
      for (const input of inputs) expect(values, field).toHaveProperty(input);
      const label = (CANDIDATE_FIELDS[field] as CandidateFieldSpec).label as string;
      for (const words of [candidatesFr, candidatesNl, candidatesEn]) expect(lookup(words, label), `${field}: ${label}`).toEqual(expect.any(String));
    }
  });

  it('turns each stored value into inputs and back unchanged, and the record passes the schema', () => {
    const samples = SAMPLE as unknown as CandidateData;
    expect(newRecordSchemas.candidates.safeParse(samples).success).toBe(true);
    const values = formValuesFromCandidate('site-a', samples);
    const back = candidateFromFormValues(values, { adviserId: 'u1', previousConsent: samples.consent });
    expect(back).toEqual(samples);
    expect(candidateFromFormValues(emptyFormValues('site-a'), { adviserId: 'u1' })).toEqual({});
  });
});
