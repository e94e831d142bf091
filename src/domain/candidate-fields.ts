// The candidate's fields, each declared once (docs/candidate-fields.md): its wire name and value
// schema, what kind of data it is, its label, its control on the intake form, the spreadsheet
// columns that fill it and whether the person's complete file writes it out. The record's schema
// (entities.ts), the intake form's values (features/candidates/form), the import's columns
// (import/fields.ts, import/rows.ts), the person's file (server/candidates/person-file.ts) and the
// conflict screen's labels are derived from this table; adding a field is one entry here and its
// words in the locales. Pure: no React, no i18n, only message and label keys.
import { z } from 'zod';
import {
  CERTIFICATION_CODES,
  COMMUNE_CODES,
  CONSENT_SCOPE_CODES,
  FRENCH_LEVEL_CODES,
  GENDER_CODES,
  MOTIVATION_CODES,
  SOURCE_CODES,
} from './codes';
import { birthDate, calendarDate, code, id, phone, text } from './field-schemas';

export const consentSchema = z.strictObject({
  given: z.boolean(),
  date: calendarDate,
  scopes: z.array(code(CONSENT_SCOPE_CODES)).max(CONSENT_SCOPE_CODES.length),
  recordedBy: id.optional(),
});

/**
 * What a field holds, which decides where it may go:
 * - `personal`: says who the person is or what they told; cleared on erasure;
 * - `counted`: a code the report counts by; kept on erasure (docs/sync-protocol.md, "Erasure");
 * - `technical`: set by the app (merges, erasure, duplicates), never typed on the form.
 * Every record is encrypted whole on the tablet, whatever its fields hold (docs/key-handling.md).
 */
export type CandidateFieldData = 'personal' | 'counted' | 'technical';

/** The code lists a select offers (i18n/code-labels.ts names the reference lists the same way). */
export type CandidateCodeList = 'genders' | 'frenchLevels' | 'certificationAtEntry' | 'sources' | 'motivations';

/** How the intake form asks for a field (docs/candidate-fields.md, "Form controls"). */
export type CandidateFormControl =
  /** A name: typed text, bidi controls removed (domain/bidi.ts) and said in the field. */
  | { kind: 'name' }
  /** A date of birth or a year, typed the Belgian way ("17/05/1991"). */
  | { kind: 'birthDate'; hint: string }
  | { kind: 'text'; type: 'text' | 'tel' | 'email' }
  | { kind: 'textArea' }
  /** One code of a list; `numeric` when the stored code is a number. */
  | { kind: 'select'; codes: CandidateCodeList; numeric?: boolean }
  /** The commune by its name or postal code (a searchable list). */
  | { kind: 'commune'; hint: string }
  /** Languages: a searchable multi-select. */
  | { kind: 'languages' }
  /** Consent: given or not, and its scopes (two inputs, one stored object). */
  | { kind: 'consent' };

export type CandidateFormSection = 'identity' | 'contact' | 'profile' | 'consent' | 'notes';

/** A spreadsheet column that fills the field (docs/import.md). */
export interface CandidateImportColumn {
  /** The column's name in the import (a mapping's value, `import.field.<column>` on screen). */
  column: string;
  /** Header names (French, Dutch, English) that propose it, compared folded (import/fields.ts). */
  aliases: readonly string[];
  /** The template's header and example cell. */
  template: string;
  example: string;
  /** Free text: a cell starting with `=` is a formula's text, refused rather than stored. */
  freeText?: boolean;
}

export interface CandidateFieldSpec<S extends z.ZodType = z.ZodType> {
  /** The value's rules; on the wire every field may also be absent (unknown) or null (cleared). */
  schema: S;
  data: CandidateFieldData;
  /** The i18n key of the field's label on screens (the form, the conflict screen); null when never shown. */
  label: string | null;
  /** Its control on the intake form and the section that holds it; null when the form never edits it. */
  form: { section: CandidateFormSection; control: CandidateFormControl } | null;
  import: readonly CandidateImportColumn[];
  /** Written out in the person's complete file (labels `personFile.field.<key>`); ids and links never are. */
  exported: boolean;
}

const field = <const T extends CandidateFieldSpec>(spec: T) => spec;

/** "17/05/1991" or "17.5.1991" (the Belgian way) as 1991-05-17; anything else as typed, trimmed. */
export function birthDateInput(value: string): string | undefined {
  const typed = value.trim() === '' ? undefined : value.trim();
  const belgian = typed?.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (!belgian) return typed;
  const [, day, month, year] = belgian as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The table. Its order is the order of the record's fields, the form's fields within a section and the import's columns. */
export const CANDIDATE_FIELDS = {
  firstName: field({
    schema: text(100),
    data: 'personal',
    label: 'form.firstName',
    form: { section: 'identity', control: { kind: 'name' } },
    import: [{ column: 'firstName', aliases: ['prenom', 'voornaam', 'first name', 'given name'], template: 'Prénom', example: 'Amina', freeText: true }],
    exported: true,
  }),
  lastName: field({
    schema: text(100),
    data: 'personal',
    label: 'form.lastName',
    form: { section: 'identity', control: { kind: 'name' } },
    import: [
      {
        column: 'lastName',
        aliases: ['nom', 'nom de famille', 'achternaam', 'familienaam', 'naam', 'last name', 'surname'],
        template: 'Nom',
        example: 'Exemple',
        freeText: true,
      },
    ],
    exported: true,
  }),
  birthDate: field({
    schema: birthDate,
    data: 'personal',
    label: 'form.birthDate',
    form: { section: 'identity', control: { kind: 'birthDate', hint: 'intake.birthDateHint' } },
    import: [
      {
        column: 'birthDate',
        aliases: ['date de naissance', 'naissance', 'ne le', 'nee le', 'annee de naissance', 'geboortedatum', 'geboortejaar', 'birth date', 'date of birth', 'birth year'],
        template: 'Date de naissance',
        example: '15/03/1988',
      },
    ],
    exported: true,
  }),
  gender: field({
    schema: code(GENDER_CODES),
    data: 'counted',
    label: 'form.gender',
    form: { section: 'identity', control: { kind: 'select', codes: 'genders' } },
    import: [{ column: 'gender', aliases: ['genre', 'sexe', 'geslacht', 'gender', 'sex'], template: 'Genre', example: 'F' }],
    exported: true,
  }),
  phone: field({
    schema: phone,
    data: 'personal',
    label: 'form.phone',
    form: { section: 'contact', control: { kind: 'text', type: 'tel' } },
    import: [
      { column: 'phone', aliases: ['telephone', 'tel', 'gsm', 'portable', 'telefoon', 'telefoonnummer', 'phone', 'mobile'], template: 'Téléphone', example: '0470 12 34 56' },
    ],
    exported: true,
  }),
  email: field({
    schema: z.email({ message: 'invalidEmail' }).max(200, { message: 'tooLong' }),
    data: 'personal',
    label: 'form.email',
    form: { section: 'contact', control: { kind: 'text', type: 'email' } },
    import: [{ column: 'email', aliases: ['email', 'e-mail', 'mail', 'courriel', 'adresse email', 'e-mailadres'], template: 'Email', example: '', freeText: true }],
    exported: true,
  }),
  communeCode: field({
    schema: code(COMMUNE_CODES),
    data: 'counted',
    label: 'form.commune',
    form: { section: 'contact', control: { kind: 'commune', hint: 'intake.communeHint' } },
    // By name, else by postal code (import/rows.ts).
    import: [
      {
        column: 'commune',
        aliases: ['commune', 'commune de residence', 'localite', 'ville', 'gemeente', 'woonplaats', 'municipality', 'city'],
        template: 'Commune',
        example: 'Schaerbeek',
      },
      { column: 'postalCode', aliases: ['code postal', 'cp', 'postcode', 'postal code', 'zip'], template: 'Code postal', example: '1030' },
    ],
    exported: true,
  }),
  languages: field({
    schema: z.array(z.string().regex(/^[a-z]{2,3}$/, { message: 'unknownCode' })).max(20),
    data: 'personal',
    label: 'form.languages',
    form: { section: 'profile', control: { kind: 'languages' } },
    import: [],
    exported: true,
  }),
  frenchLevel: field({
    schema: code(FRENCH_LEVEL_CODES),
    data: 'counted',
    label: 'form.frenchLevel',
    form: { section: 'profile', control: { kind: 'select', codes: 'frenchLevels' } },
    import: [],
    exported: true,
  }),
  certificationAtEntry: field({
    schema: z.number({ message: 'unknownCode' }).int().refine((value) => CERTIFICATION_CODES.includes(value), { message: 'unknownCode' }),
    data: 'counted',
    label: 'form.certification',
    form: { section: 'profile', control: { kind: 'select', codes: 'certificationAtEntry', numeric: true } },
    import: [],
    exported: true,
  }),
  source: field({
    schema: code(SOURCE_CODES),
    data: 'counted',
    label: 'form.source',
    form: { section: 'profile', control: { kind: 'select', codes: 'sources' } },
    import: [],
    exported: true,
  }),
  motivation: field({
    schema: code(MOTIVATION_CODES),
    data: 'counted',
    label: 'form.motivation',
    form: { section: 'profile', control: { kind: 'select', codes: 'motivations' } },
    import: [],
    exported: true,
  }),
  consent: field({
    schema: consentSchema,
    data: 'personal',
    label: 'form.sections.consent',
    form: { section: 'consent', control: { kind: 'consent' } },
    import: [],
    exported: true,
  }),
  notes: field({
    schema: text(5000),
    data: 'personal',
    label: 'form.notes',
    form: { section: 'notes', control: { kind: 'textArea' } },
    import: [
      {
        column: 'notes',
        aliases: ['remarque', 'remarques', 'notes', 'note', 'commentaire', 'commentaires', 'opmerking', 'opmerkingen', 'comments'],
        template: 'Remarques',
        example: '',
        freeText: true,
      },
    ],
    exported: true,
  }),
  mergedInto: field({ schema: id, data: 'technical', label: null, form: null, import: [], exported: false }),
  erased: field({ schema: z.boolean(), data: 'technical', label: null, form: null, import: [], exported: true }),
  /** Files an adviser marked as another person (never flagged as duplicates of this one). */
  notSamePersonAs: field({ schema: z.array(id).max(200), data: 'technical', label: null, form: null, import: [], exported: false }),
} as const;

export type CandidateFieldKey = keyof typeof CANDIDATE_FIELDS;

export const CANDIDATE_FIELD_KEYS = Object.keys(CANDIDATE_FIELDS) as CandidateFieldKey[];

const entries = () => Object.entries(CANDIDATE_FIELDS) as [CandidateFieldKey, CandidateFieldSpec][];

type RecordShape = { [K in CandidateFieldKey]: z.ZodOptional<z.ZodNullable<(typeof CANDIDATE_FIELDS)[K]['schema']>> };

/** The record's shape on the wire: every field may be absent (unknown) or null (cleared). */
export function candidateRecordShape(): RecordShape {
  return Object.fromEntries(entries().map(([key, spec]) => [key, spec.schema.nullable().optional()])) as unknown as RecordShape;
}

/** The keys whose entry matches (in the table's order). */
export function candidateFieldsWhere(test: (spec: CandidateFieldSpec) => boolean): CandidateFieldKey[] {
  return entries()
    .filter(([, spec]) => test(spec))
    .map(([key]) => key);
}

/** The fields the intake form edits, in the table's order. */
export type CandidateFormFieldKey = { [K in CandidateFieldKey]: (typeof CANDIDATE_FIELDS)[K]['form'] extends null ? never : K }[CandidateFieldKey];

/** The fields an import column fills. */
export type ImportedCandidateField = { [K in CandidateFieldKey]: (typeof CANDIDATE_FIELDS)[K]['import'] extends readonly [] ? never : K }[CandidateFieldKey];

/** The import's candidate columns (`commune`, `postalCode` fill `communeCode`). */
export type CandidateImportColumnName = { [K in CandidateFieldKey]: (typeof CANDIDATE_FIELDS)[K]['import'][number]['column'] }[CandidateFieldKey];

/** Every import column of the candidate, with the field it fills, in the table's order. */
export const CANDIDATE_IMPORT_COLUMNS = entries().flatMap(([key, spec]) =>
  spec.import.map((column) => ({ ...column, column: column.column as CandidateImportColumnName, field: key })),
);

/** The import column that carries a refusal of a field (its first column). */
export function importColumnOfField(key: string): CandidateImportColumnName | undefined {
  return CANDIDATE_IMPORT_COLUMNS.find((column) => column.field === key)?.column;
}

/** The fields the person's complete file never writes out (ids and links to other files). */
export const CANDIDATE_FIELDS_NOT_EXPORTED: readonly CandidateFieldKey[] = candidateFieldsWhere((spec) => !spec.exported);

/** The select's code list of a field, if it is one. */
export function codeListOfField(key: string): CandidateCodeList | undefined {
  const control = (CANDIDATE_FIELDS as Record<string, CandidateFieldSpec | undefined>)[key]?.form?.control;
  return control?.kind === 'select' ? control.codes : undefined;
}
