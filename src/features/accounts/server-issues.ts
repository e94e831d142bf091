// A failed account request in words when no field names it (a refusal with issues goes to its
// field through the forms' one mapping, components/form/form-errors.ts).
/** The kind of failure in words for a whole request (no field to point at). */
export function failureKey(error: unknown): 'accounts.error.offline' | 'accounts.error.forbidden' | 'accounts.error.rateLimited' | 'accounts.error.generic' {
  const kind = (error as { kind?: unknown } | undefined)?.kind;
  if (kind === 'network') return 'accounts.error.offline';
  if (kind === 'rate_limited') return 'accounts.error.rateLimited'; // too many current-password attempts
  if (kind === 'forbidden' || kind === 'unauthorized') return 'accounts.error.forbidden';
  return 'accounts.error.generic';
}
