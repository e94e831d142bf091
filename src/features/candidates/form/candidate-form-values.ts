// The intake form's values (what the inputs hold: strings, checkbox arrays) and their mapping
// to and from the wire shape of a candidate (docs/sync-protocol.md): empty inputs are left out on
// create and cleared with null on update; only changed fields are sent.
import { z } from 'zod';
import { typedName } from '../../../domain/bidi';
import { brusselsDate } from '../../../domain/dates';
import type { CandidateData } from '../../../domain/entities';
import { CONSENT_SCOPE_CODES, type ConsentScope } from '../../../domain/codes';

export const candidateFormValuesSchema = z.object({
  siteId: z.string().min(1, { message: 'required' }),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  gender: z.string(),
  phone: z.string(),
  email: z.string(),
  communeCode: z.string(),
  languages: z.array(z.string()),
  frenchLevel: z.string(),
  certificationAtEntry: z.string(),
  source: z.string(),
  motivation: z.string(),
  consentGiven: z.enum(['', 'yes', 'no']),
  consentScopes: z.array(z.string()),
  notes: z.string(),
  /** Where the adviser met the person (new files only): recorded on the intake's SPOC action. */
  outreachPlace: z.string(),
});

export type CandidateFormValues = z.infer<typeof candidateFormValuesSchema>;
export type CandidateFormField = keyof CandidateFormValues;

/** What the conversion needs besides the inputs. */
export interface ConversionContext {
  adviserId: string;
  /** The consent as stored, so an unchanged answer keeps its original date. */
  previousConsent?: CandidateData['consent'];
  /** The file as stored, when correcting one: its unchanged fields are not held to newer plausibility rules. */
  stored?: CandidateData;
  today?: string;
}

export function emptyFormValues(siteId: string): CandidateFormValues {
  return {
    siteId,
    firstName: '',
    lastName: '',
    birthDate: '',
    gender: '',
    phone: '',
    email: '',
    communeCode: '',
    languages: [],
    frenchLevel: '',
    certificationAtEntry: '',
    source: '',
    motivation: '',
    consentGiven: '',
    consentScopes: [],
    notes: '',
    outreachPlace: '',
  };
}

export function formValuesFromCandidate(siteId: string, data: CandidateData): CandidateFormValues {
  const consent = data.consent ?? undefined;
  return {
    siteId,
    firstName: data.firstName ?? '',
    lastName: data.lastName ?? '',
    birthDate: data.birthDate ?? '',
    gender: data.gender ?? '',
    phone: data.phone ?? '',
    email: data.email ?? '',
    communeCode: data.communeCode ?? '',
    languages: data.languages ?? [],
    frenchLevel: data.frenchLevel ?? '',
    certificationAtEntry: data.certificationAtEntry === null || data.certificationAtEntry === undefined ? '' : String(data.certificationAtEntry),
    source: data.source ?? '',
    motivation: data.motivation ?? '',
    consentGiven: consent ? (consent.given ? 'yes' : 'no') : '',
    consentScopes: consent?.scopes ?? [],
    notes: data.notes ?? '',
    outreachPlace: '',
  };
}

const trimmedOrAbsent = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** "17/05/1991" or "17.5.1991" (the Belgian way) as 1991-05-17; anything else as typed. */
export function birthDateInput(value: string): string | undefined {
  const text = trimmedOrAbsent(value);
  const belgian = text?.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (!belgian) return text;
  const [, day, month, year] = belgian as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

function consentFrom(values: CandidateFormValues, context: ConversionContext): CandidateData['consent'] {
  if (values.consentGiven === '') return undefined;
  const given = values.consentGiven === 'yes';
  const scopes = given ? CONSENT_SCOPE_CODES.filter((scope) => values.consentScopes.includes(scope)) : [];
  const previous = context.previousConsent;
  if (previous && previous.given === given && sameSet(previous.scopes, scopes)) return previous;
  return { given, date: context.today ?? brusselsDate(), scopes: scopes as ConsentScope[], recordedBy: context.adviserId };
}

/** The candidate as the form describes it, with unknown (empty) fields left out. */
export function candidateFromFormValues(values: CandidateFormValues, context: ConversionContext): CandidateData {
  const data: Record<string, unknown> = {
    firstName: typedName(values.firstName),
    lastName: typedName(values.lastName),
    birthDate: birthDateInput(values.birthDate),
    gender: trimmedOrAbsent(values.gender),
    phone: trimmedOrAbsent(values.phone),
    email: trimmedOrAbsent(values.email),
    communeCode: trimmedOrAbsent(values.communeCode),
    languages: values.languages.length > 0 ? values.languages : undefined,
    frenchLevel: trimmedOrAbsent(values.frenchLevel),
    certificationAtEntry: values.certificationAtEntry === '' ? undefined : Number(values.certificationAtEntry),
    source: trimmedOrAbsent(values.source),
    motivation: trimmedOrAbsent(values.motivation),
    consent: consentFrom(values, context),
    notes: trimmedOrAbsent(values.notes),
  };
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as CandidateData;
}

/** Fields the intake form edits; others (mergedInto, erased) are never touched from here. */
export const FORM_EDITED_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'gender',
  'phone',
  'email',
  'communeCode',
  'languages',
  'frenchLevel',
  'certificationAtEntry',
  'source',
  'motivation',
  'consent',
  'notes',
] as const satisfies readonly (keyof CandidateData)[];

/** Only what changed: new values as they are, removed values as null (clear). */
export function changedFields(before: CandidateData, after: CandidateData): Partial<CandidateData> {
  const changes: Record<string, unknown> = {};
  for (const field of FORM_EDITED_FIELDS) {
    const old = before[field] ?? undefined;
    const next = after[field] ?? undefined;
    if (JSON.stringify(old) === JSON.stringify(next)) continue;
    changes[field] = next === undefined ? null : next;
  }
  return changes as Partial<CandidateData>;
}

/** Where a domain issue path (`consent.scopes`) is shown in the form. */
export function formFieldOfIssue(path: readonly PropertyKey[]): CandidateFormField | undefined {
  const [head] = path;
  if (head === 'consent') return path[1] === 'scopes' ? 'consentScopes' : 'consentGiven';
  if (typeof head === 'string' && head in emptyFormValues('')) return head as CandidateFormField;
  return undefined;
}
