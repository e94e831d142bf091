// The intake form's values (what the inputs hold: strings, checkbox arrays) and their mapping
// to and from the wire shape of a candidate (docs/sync-protocol.md): empty inputs are left out on
// create and cleared with null on update; only changed fields are sent. Which inputs there are,
// and how each converts, follows the candidate's field table (domain/candidate-fields.ts): each
// control kind converts one way.
import { z } from 'zod';
import { typedName } from '../../../domain/bidi';
import { brusselsDate } from '../../../domain/dates';
import type { CandidateData } from '../../../domain/entities';
import { CONSENT_SCOPE_CODES, type ConsentScope } from '../../../domain/codes';
import {
  CANDIDATE_FIELDS,
  birthDateInput,
  candidateFieldsWhere,
  type CandidateFieldSpec,
  type CandidateFormControl,
  type CandidateFormFieldKey,
} from '../../../domain/candidate-fields';

/** The form value of a field: a list for the languages, the consent as its two inputs, a string otherwise. */
type ValueOf<K extends CandidateFormFieldKey> = (typeof CANDIDATE_FIELDS)[K]['form'] extends { control: { kind: 'languages' } } ? string[] : string;
type TableValues = { [K in Exclude<CandidateFormFieldKey, 'consent'>]: ValueOf<K> };

export type CandidateFormValues = TableValues & {
  siteId: string;
  consentGiven: '' | 'yes' | 'no';
  consentScopes: string[];
  /** Where the adviser met the person (new files only): recorded on the intake's SPOC action. */
  outreachPlace: string;
};
export type CandidateFormField = keyof CandidateFormValues;

/** Fields the intake form edits, in the table's order; others (mergedInto, erased) are never touched from here. */
export const FORM_EDITED_FIELDS = candidateFieldsWhere((spec) => spec.form !== null) as CandidateFormFieldKey[];

const controlOf = (field: CandidateFormFieldKey): CandidateFormControl => (CANDIDATE_FIELDS[field] as CandidateFieldSpec).form!.control;

export const candidateFormValuesSchema = z.object({
  siteId: z.string().min(1, { message: 'required' }),
  ...Object.fromEntries(
    FORM_EDITED_FIELDS.flatMap((field): [string, z.ZodType][] => {
      const kind = controlOf(field).kind;
      if (kind === 'consent') return [['consentGiven', z.enum(['', 'yes', 'no'])], ['consentScopes', z.array(z.string())]];
      return [[field, kind === 'languages' ? z.array(z.string()) : z.string()]];
    }),
  ),
  outreachPlace: z.string(),
}) as unknown as z.ZodType<CandidateFormValues, CandidateFormValues>;

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
  return formValuesFromCandidate(siteId, {});
}

export function formValuesFromCandidate(siteId: string, data: CandidateData): CandidateFormValues {
  const values: Record<string, unknown> = { siteId };
  for (const field of FORM_EDITED_FIELDS) {
    const stored = data[field] ?? undefined;
    switch (controlOf(field).kind) {
      case 'consent': {
        const consent = data.consent ?? undefined;
        values.consentGiven = consent ? (consent.given ? 'yes' : 'no') : '';
        values.consentScopes = consent?.scopes ?? [];
        break;
      }
      case 'languages':
        values[field] = stored ?? [];
        break;
      default:
        values[field] = stored === undefined ? '' : String(stored);
    }
  }
  values.outreachPlace = '';
  return values as CandidateFormValues;
}

const trimmedOrAbsent = (value: string) => (value.trim() === '' ? undefined : value.trim());

export { birthDateInput };

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

function consentFrom(values: CandidateFormValues, context: ConversionContext): CandidateData['consent'] {
  if (values.consentGiven === '') return undefined;
  const given = values.consentGiven === 'yes';
  const scopes = given ? CONSENT_SCOPE_CODES.filter((scope) => values.consentScopes.includes(scope)) : [];
  const previous = context.previousConsent;
  if (previous && previous.given === given && sameSet(previous.scopes, scopes)) return previous;
  return { given, date: context.today ?? brusselsDate(), scopes: scopes as ConsentScope[], recordedBy: context.adviserId };
}

/** A field's value as stored, from its input, by its control kind. */
function storedValue(field: CandidateFormFieldKey, values: CandidateFormValues, context: ConversionContext): unknown {
  const control = controlOf(field);
  const typed = (values as unknown as Record<string, unknown>)[field];
  switch (control.kind) {
    case 'consent':
      return consentFrom(values, context);
    case 'languages':
      return (typed as string[]).length > 0 ? typed : undefined;
    case 'name':
      return typedName(typed as string);
    case 'birthDate':
      return birthDateInput(typed as string);
    case 'select':
      if (control.numeric) return typed === '' ? undefined : Number(typed);
      return trimmedOrAbsent(typed as string);
    case 'text':
    case 'textArea':
    case 'commune':
      return trimmedOrAbsent(typed as string);
    default:
      return unknownKind(control);
  }
}

/** A control kind of the table with no conversion here fails the typecheck. */
function unknownKind(kind: never): never {
  throw new Error(`No conversion for the control ${JSON.stringify(kind)}`);
}

/** The candidate as the form describes it, with unknown (empty) fields left out. */
export function candidateFromFormValues(values: CandidateFormValues, context: ConversionContext): CandidateData {
  const data = Object.fromEntries(FORM_EDITED_FIELDS.map((field) => [field, storedValue(field, values, context)]));
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as CandidateData;
}

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
