// What a push may not decide (docs/server-authority.md). Two declarative tables over the synced tables' `data` fields:
// - SERVER_ONLY_FIELDS: fields only a dedicated server route sets (erasure, merge…); a push that
//   names one is refused whatever its value;
// - LINK_FIELDS: every id-valued field that points to another record; a push may only set it to a
//   record of a site the user may see (server/sync/authority.ts checks it).
// A record's `siteId` is not a data field: changing it is refused in server/sync/apply-mutation.ts.
import type { SyncedTable } from './tables';

export const SERVER_ONLY_FIELDS: Partial<Record<SyncedTable, readonly string[]>> = {
  // Set by POST /api/candidates/:id/erase and /merge only.
  candidates: ['erased', 'mergedInto'],
  // A site's organisation and its closing day are set by the admin CLI only
  // (docs/roles-and-organisations.md, docs/report-counting.md); sites are not client-writable at
  // all, and this keeps the fields refused should that ever change.
  sites: ['organisationId', 'closedOn'],
};

export function serverOnlyFieldsIn(table: SyncedTable, fields: Record<string, unknown> | undefined): string[] {
  return (SERVER_ONLY_FIELDS[table] ?? []).filter((field) => fields !== undefined && field in fields);
}

/** Tables a link may point to. A `users` link names an account, the others a record of a site. */
export type LinkTarget = 'candidates' | 'accompaniments' | 'moduleSessions' | 'positionings' | 'users';

export interface LinkField {
  /** The field, then `[]` for each element of an array and `.name` for a key of an object. */
  path: string;
  to: LinkTarget;
}

export const LINK_FIELDS: Record<SyncedTable, readonly LinkField[]> = {
  candidates: [
    { path: 'notSamePersonAs[]', to: 'candidates' },
    { path: 'consent.recordedBy', to: 'users' },
    // mergedInto is server-only (above): never set by a push at all.
  ],
  spocActions: [
    { path: 'candidateIds[]', to: 'candidates' },
    { path: 'adviserId', to: 'users' },
  ],
  accompaniments: [
    { path: 'candidateId', to: 'candidates' },
    { path: 'adviserId', to: 'users' },
  ],
  positionings: [
    { path: 'candidateId', to: 'candidates' },
    { path: 'accompanimentId', to: 'accompaniments' },
    { path: 'moduleDecisions[].decidedBy', to: 'users' },
  ],
  moduleSessions: [],
  attendance: [
    { path: 'sessionId', to: 'moduleSessions' },
    { path: 'candidateId', to: 'candidates' },
  ],
  validationSteps: [
    { path: 'candidateId', to: 'candidates' },
    { path: 'accompanimentId', to: 'accompaniments' },
  ],
  moduleWork: [
    { path: 'candidateId', to: 'candidates' },
    { path: 'accompanimentId', to: 'accompaniments' },
    { path: 'adviserId', to: 'users' },
  ],
  observations: [
    { path: 'candidateId', to: 'candidates' },
    { path: 'accompanimentId', to: 'accompaniments' },
    { path: 'positioningId', to: 'positionings' },
  ],
  followUpNotes: [{ path: 'candidateId', to: 'candidates' }],
  attachments: [
    { path: 'candidateId', to: 'candidates' },
    { path: 'recordedBy', to: 'users' },
  ],
  ucs: [],
  metiers: [],
  siteMetiers: [],
  // Written by the server's admin tools only (not client-writable): listed for completeness.
  sites: [],
  users: [],
};

/**
 * Id-like fields that are not links to a synced record: `questionnaireId` names a questionnaire
 * of the app's content (src/content), not a record. Kept here so that a new `…Id` field must be
 * placed in one list or the other (src/domain/authority.test.ts).
 */
export const NOT_LINKS: Partial<Record<SyncedTable, readonly string[]>> = {
  // `workSiteId` names a site, checked by its own rule (src/domain/work-site.ts, workSiteRefusal).
  spocActions: ['workSiteId'],
  accompaniments: ['workSiteId'],
  positionings: ['questionnaireId', 'workSiteId'],
  attendance: ['workSiteId'],
  validationSteps: ['workSiteId'],
  moduleWork: ['workSiteId'],
  observations: ['workSiteId'],
  // `ownerId` names a record of `ownerTable` (or, for a voice, the site): the attachment is read
  // through its own siteId, never through its owner's (docs/attachments.md).
  // `clipId` names a text of the questionnaire's content, not a record.
  attachments: ['workSiteId', 'ownerId', 'clipId'],
  users: ['siteIds'],
};

/** The string values at a link's path in these fields (non-strings are left to validation). */
export function idsAtPath(fields: Record<string, unknown> | undefined, path: string): string[] {
  if (!fields) return [];
  const segments = path.replace(/\[\]/g, '.[]').split('.').filter(Boolean);
  const walk = (value: unknown, rest: readonly string[]): unknown[] => {
    const [head, ...tail] = rest;
    if (head === undefined) return [value];
    if (head === '[]') return Array.isArray(value) ? value.flatMap((item) => walk(item, tail)) : [];
    if (value && typeof value === 'object' && !Array.isArray(value)) return walk((value as Record<string, unknown>)[head], tail);
    return [];
  };
  return walk(fields, segments).filter((value): value is string => typeof value === 'string');
}
