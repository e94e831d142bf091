// One entry per synced table: which fields may stay in clear on the tablet (ids, dates of actions
// and sessions, codes: nothing that identifies or describes a person) and which of them are
// indexed. Everything not listed here goes into the row's AES-GCM payload. Adding a synced table
// is one entry here (plus a new Dexie version in user-database.ts); the sync code is generic.
import type { TableData } from '../domain/entities';
import type { SyncedTable } from '../domain/tables';

export interface TableStorage<T extends SyncedTable> {
  /** Fields kept in clear on the row. Never names, contact, birth dates, free text or answers. */
  clearFields: readonly (keyof TableData[T] & string)[];
  /** Dexie indexes over clear fields (beyond id, siteId and rev, which every table has). */
  indexes: readonly (keyof TableData[T] & string)[];
  /**
   * Multi-entry Dexie indexes over clear array fields (Dexie version 10 on, with an index on
   * `layout`): a query finds the rows naming one of its values, plus the rows of an older layout,
   * which may hold the field in their payload (docs/read-model.md).
   */
  arrayIndexes?: readonly (keyof TableData[T] & string)[];
  /**
   * Raised (from 1) whenever a field moves into `clearFields`. Rows written since carry it, so a
   * read of the clear fields alone knows which older rows still hold that field in their payload.
   */
  layout?: number;
}

// `workSiteId` (the site where the work was done, src/domain/work-site.ts) is in clear on every
// record of work: the report attributes figures by it without decrypting. It was born in clear (no
// row before it held it in a payload: the app version that knows it pulls everything again from
// cursor 0, since it also knows the new table moduleWork), so no layout was raised for it.
export const TABLE_STORAGE: { [T in SyncedTable]: TableStorage<T> } = {
  // A person: only codes that report tables count by; names, birth date, contact, notes,
  // languages, consent are encrypted.
  candidates: {
    clearFields: ['mergedInto', 'erased', 'notSamePersonAs'],
    indexes: [],
  },
  // The named persons are ids, not personal data (as an accompaniment's candidateId): in clear
  // since layout 2, so the report counts them without decrypting.
  spocActions: {
    clearFields: ['date', 'kind', 'metiers', 'outcome', 'headCount', 'adviserId', 'candidateIds', 'workSiteId'],
    indexes: ['date'],
    arrayIndexes: ['candidateIds'],
    layout: 2,
  },
  accompaniments: {
    clearFields: ['candidateId', 'metier', 'startDate', 'status', 'exitDate', 'exitReason', 'adviserId', 'workSiteId'],
    indexes: ['candidateId'],
  },
  // Answers, ratings, scores and recommendations describe the person: encrypted.
  positionings: {
    clearFields: ['accompanimentId', 'candidateId', 'questionnaireId', 'questionnaireVersion', 'startedAt', 'completedAt', 'workSiteId'],
    indexes: ['candidateId', 'accompanimentId'],
  },
  moduleSessions: {
    clearFields: ['module', 'date', 'startTime', 'endTime', 'capacity'],
    indexes: ['date'],
  },
  attendance: {
    clearFields: ['sessionId', 'candidateId', 'status', 'workSiteId'],
    indexes: ['sessionId', 'candidateId'],
  },
  validationSteps: {
    clearFields: ['accompanimentId', 'candidateId', 'uc', 'centreRegion', 'registrationDate', 'testDate', 'result', 'titreDate', 'workSiteId'],
    indexes: ['candidateId', 'accompanimentId'],
  },
  // Individual module work: links, the date, the module, the duration and who did it; the note
  // (free text about the person's work) is encrypted.
  moduleWork: {
    clearFields: ['accompanimentId', 'candidateId', 'date', 'module', 'minutes', 'adviserId', 'workSiteId'],
    indexes: ['candidateId', 'accompanimentId'],
  },
  // Practical observations and mock tests (docs/observations.md): links, kind, métier, UC, result,
  // observer kind and date in clear (codes and dates); the task, conditions, criteria, the
  // observer's name and the note describe the person's work: encrypted.
  observations: {
    clearFields: ['candidateId', 'accompanimentId', 'positioningId', 'kind', 'metier', 'uc', 'result', 'observerKind', 'date', 'workSiteId'],
    indexes: ['candidateId'],
  },
  // The text is psychosocial follow-up: encrypted.
  followUpNotes: {
    clearFields: ['candidateId', 'date'],
    indexes: ['candidateId'],
  },
  // An attachment's record is metadata only (what it belongs to, its type, size and hash, which
  // text a voice reads): the bytes themselves are encrypted in their own store
  // (src/db/attachments/, docs/attachments.md).
  attachments: {
    clearFields: ['kind', 'ownerTable', 'ownerId', 'candidateId', 'mediaType', 'size', 'sha256', 'clipId', 'language', 'sharedWithSite', 'recordedBy', 'createdAt', 'width', 'height', 'workSiteId'],
    indexes: ['ownerId', 'sha256', 'candidateId'],
  },
  // A code list (métier, UC code, label, active flag): nothing about a person.
  ucs: {
    clearFields: ['metier', 'code', 'label', 'active'],
    indexes: [],
  },
  // The métier catalogue (network data) and each site's choice of métiers: codes and labels.
  metiers: {
    clearFields: ['code', 'labels', 'validFrom', 'validTo', 'ucs'],
    indexes: [],
  },
  siteMetiers: {
    clearFields: ['metiers'],
    indexes: [],
  },
  // An organisation, not a person.
  sites: {
    clearFields: ['name', 'kind', 'communeCode', 'outreachPlaces'],
    indexes: [],
  },
  // A colleague's name is personal; role, sites and active flag are not.
  users: {
    clearFields: ['role', 'siteIds', 'active'],
    indexes: [],
  },
};

export function clearFieldsOf(table: SyncedTable): readonly string[] {
  return TABLE_STORAGE[table].clearFields;
}

/** The layout of the table's clear fields that rows written now follow (1 for a table never changed). */
export function layoutOf(table: SyncedTable): number {
  return TABLE_STORAGE[table].layout ?? 1;
}

/** Splits a record into what stays in clear and what is encrypted. */
export function splitForStorage(table: SyncedTable, data: Record<string, unknown>): {
  clear: Record<string, unknown>;
  secret: Record<string, unknown>;
} {
  const clearNames = new Set(clearFieldsOf(table));
  const clear: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data)) {
    if (value === undefined) continue;
    (clearNames.has(field) ? clear : secret)[field] = value;
  }
  return { clear, secret };
}

/** The multi-entry indexes of a table (see TableStorage.arrayIndexes). */
export function arrayIndexesOf(table: SyncedTable): readonly string[] {
  return TABLE_STORAGE[table].arrayIndexes ?? [];
}
