// The one mapping of a record form's errors (docs/architecture.md, "Record forms"): the
// repository's refusal (RecordValidationError: the domain's own message keys), the API's
// `400 bad_request` issues (their `code` is the same key) and react-hook-form's
// nested errors all become one flat map, field path → message key, shown in the field it names.
import type { FieldErrors as FormStateErrors, FieldValues } from 'react-hook-form';
import { RecordValidationError } from '../../sync/workspace';

/** Field path ("text", "criteria.0.label") → domain message key ("required"). */
export type FieldErrors = Record<string, string>;

/** A refusal by the repository, also when it crossed a realm (a worker, a test double). */
export function isRecordValidationError(error: unknown): error is RecordValidationError {
  return error instanceof RecordValidationError || (error instanceof Error && error.name === 'RecordValidationError');
}

/**
 * The issues of an API's `400 bad_request` (docs/sync-protocol.md, "Error codes"): each names its
 * field by `path` and its message key by `code`, the same keys as the domain's.
 */
export function apiRefusalIssues(error: unknown): { path: (string | number)[]; message: string }[] | undefined {
  const body = (error as { details?: { body?: { error?: unknown; issues?: unknown } } } | undefined)?.details?.body;
  if (body?.error !== 'bad_request' || !Array.isArray(body.issues)) return undefined;
  return body.issues.flatMap((issue: { path?: unknown; code?: unknown }) =>
    typeof issue.code === 'string' ? [{ path: Array.isArray(issue.path) ? (issue.path as (string | number)[]) : [], message: issue.code }] : [],
  );
}

/** The first message per field of a record refused by the repository or the API, or undefined for any other error. */
export function errorsOfRejection(error: unknown): FieldErrors | undefined {
  const issues = isRecordValidationError(error) ? error.issues : apiRefusalIssues(error);
  if (!issues) return undefined;
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path.map(String).join('.') || 'root'] ??= issue.message;
  return errors;
}

/** react-hook-form's nested errors as a flat map of message keys ("root" for the whole form). */
export function flatErrors<V extends FieldValues>(errors: FormStateErrors<V>): FieldErrors {
  const flat: FieldErrors = {};
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return;
    const { message, ref: _ref, type: _type, ...children } = node as { message?: unknown; ref?: unknown; type?: unknown };
    if (typeof message === 'string' && message) flat[path || 'root'] ??= message;
    for (const [key, child] of Object.entries(children)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(errors, '');
  return flat;
}
