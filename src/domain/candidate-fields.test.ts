// Every field of the candidate's table is known, as the table says, to the record's schema, the
// import and the person's complete file; a field declared in one place only fails here
// (the intake form's side: features/candidates/form/candidate-form-values.test.ts).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CANDIDATE_FIELDS, CANDIDATE_FIELD_KEYS, CANDIDATE_IMPORT_COLUMNS, type CandidateFieldSpec, type ImportedCandidateField } from './candidate-fields';
import { CANDIDATE_FIELDS_KEPT_ON_ERASURE, candidateFields, type CandidateData } from './entities';
import { IMPORT_FIELDS, fieldOfHeader, planRow, proposeMapping, templateRows } from './import';
/* eslint-disable no-restricted-imports -- the locale files are the words the table's keys name */
import personFileFr from '../i18n/locales/person-file/fr.json';
import personFileNl from '../i18n/locales/person-file/nl.json';
import personFileEn from '../i18n/locales/person-file/en.json';
/* eslint-enable no-restricted-imports */

const specs = Object.entries(CANDIDATE_FIELDS) as [keyof CandidateData, CandidateFieldSpec][];

describe('the candidate field table', () => {
  it('is the record schema: the same fields, each optional and clearable', () => {
    expect(Object.keys(candidateFields.shape)).toEqual(CANDIDATE_FIELD_KEYS);
    for (const [key] of specs) {
      expect(candidateFields.safeParse({ [key]: null }).success, key).toBe(true);
      expect(candidateFields.safeParse({}).success).toBe(true);
    }
    expect(candidateFields.safeParse({ unknownField: 'x' }).success).toBe(false);
    expectTypeOf<keyof CandidateData>().toEqualTypeOf<(typeof CANDIDATE_FIELD_KEYS)[number]>();
  });

  it('keeps on erasure exactly the codes the report counts by', () => {
    expect([...CANDIDATE_FIELDS_KEPT_ON_ERASURE].sort()).toEqual(['certificationAtEntry', 'communeCode', 'frenchLevel', 'gender', 'motivation', 'source']);
  });

  it('gives the import every column it declares, proposed by its own template header and read into the field', () => {
    expectTypeOf<ImportedCandidateField>().toEqualTypeOf<'firstName' | 'lastName' | 'birthDate' | 'gender' | 'phone' | 'email' | 'communeCode' | 'notes'>();
    const [headers = [], example = []] = templateRows();
    const mapping = proposeMapping(headers);
    const row = planRow(example, 2, mapping, headers);
    expect(row.problems).toEqual([]);
    for (const [key, spec] of specs) {
      for (const column of spec.import) {
        expect(IMPORT_FIELDS, key).toContain(column.column);
        expect(fieldOfHeader(column.template), key).toBe(column.column);
        for (const alias of column.aliases) expect(fieldOfHeader(alias), `${key}: ${alias}`).toBe(column.column);
      }
      // A field with a template example is filled by the template's row.
      if (spec.import.some((column) => column.example !== '')) expect(row.candidate[key], key).toBeDefined();
    }
    // Two fields never claim the same column.
    const columns = CANDIDATE_IMPORT_COLUMNS.map((column) => column.column);
    expect(new Set(columns).size).toBe(columns.length);
  });

  it('names in the person’s file, in French, Dutch and English, every field it writes out', () => {
    for (const [key, spec] of specs) {
      if (!spec.exported) continue;
      for (const words of [personFileFr, personFileNl, personFileEn]) {
        expect((words.personFile.field as Record<string, string>)[key], key).toEqual(expect.any(String));
      }
    }
  });

  it('labels on screen every field it shows, and the form edits only labelled fields', () => {
    for (const [key, spec] of specs) {
      if (spec.form) expect(spec.label, key).not.toBeNull();
      if (spec.data === 'technical') expect(spec.form, key).toBeNull();
    }
  });
});
