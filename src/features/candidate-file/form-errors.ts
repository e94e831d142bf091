// Field messages of the file's small forms: required fields checked before saving, and the
// domain's own messages when the repository refuses the record (RecordValidationError).
import { RecordValidationError } from '../../sync/workspace';

export type FieldErrors = Record<string, string>;

/** `required` for each named field left empty. */
export function missingFields(values: Record<string, unknown>, required: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of required) {
    const value = values[field];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) errors[field] = 'required';
  }
  return errors;
}

/** The first message per field of a refused record, or undefined for any other error. */
export function errorsOfRejection(error: unknown): FieldErrors | undefined {
  if (!(error instanceof RecordValidationError)) return undefined;
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}
