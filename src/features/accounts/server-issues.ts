// The field messages of a refused account request: the server answers 400 with issues whose `code`
// is a validation message key and whose `path` names the field.
export interface FieldIssue {
  field: string;
  key: string;
}

export function fieldIssuesOf(error: unknown): FieldIssue[] {
  const body = (error as { details?: { body?: unknown } } | undefined)?.details?.body;
  const issues = (body as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: { path?: unknown; code?: unknown }) => {
    const field = Array.isArray(issue.path) ? String(issue.path[0] ?? '') : '';
    return typeof issue.code === 'string' && field ? [{ field, key: issue.code }] : [];
  });
}

/** The kind of failure in words for a whole request (no field to point at). */
export function failureKey(error: unknown): 'accounts.error.offline' | 'accounts.error.forbidden' | 'accounts.error.rateLimited' | 'accounts.error.generic' {
  const kind = (error as { kind?: unknown } | undefined)?.kind;
  if (kind === 'network') return 'accounts.error.offline';
  if (kind === 'rate_limited') return 'accounts.error.rateLimited'; // too many current-password attempts
  if (kind === 'forbidden' || kind === 'unauthorized') return 'accounts.error.forbidden';
  return 'accounts.error.generic';
}
