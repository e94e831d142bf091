// The person's complete file, assembled by the server (right of access; docs/audit-and-consent.md):
// the candidate and every live record about them that their organisation holds, at any of its
// sites (follow-up notes of other sites included), written in words in the requested language.
// No id of anyone: links between records are dropped, other participants of a session counted.
import type { Kysely } from 'kysely';
import { CANDIDATE_FIELDS_NOT_EXPORTED } from '../../src/domain/candidate-fields';
import { collectPersonFile, type PersonFileTables } from '../../src/domain/person-file';
import { catalogueFromRecords, findUc, ucDisplay, type MetierCatalogue } from '../../src/domain/metiers/catalogue';
import type { MetierData } from '../../src/domain/metiers/schema';
import { observationForFile } from '../../src/domain/positioning/observation-file';
import type { SessionUser } from '../../src/domain/wire';
import type { PersonFileLanguage, WrittenPersonFile, WrittenSection } from '../../src/domain/written-person-file';
import type { Database } from '../db/schema';
import { fromRow, readRecord, type StoredRecord } from '../db/records';
import { canAccessSite } from '../auth/users';
import { notFound } from '../http/errors';
import { organisationSiteIds } from '../organisations/sites';
import { recordsMentioning } from './changes';
import { personFileWords } from './person-file-words';
import { positioningResults } from './positioning-results';

/** Ids, links and technical fields: never written out (the people they name are not this person). */
const LEFT_OUT = new Set<string>([
  'candidateId', 'candidateIds', 'sessionId', 'accompanimentId', 'adviserId', 'recordedBy',
  // The candidate's own (its field table, src/domain/candidate-fields.ts): merges and duplicates.
  ...CANDIDATE_FIELDS_NOT_EXPORTED,
  'answers', 'adviserRatings', 'moduleDecisions', 'scores', 'recommendations', 'questionnaireId', 'questionnaireVersion',
  // Written in words by positioning-results.ts instead.
  'agreedLevels', 'orientation',
  // The site where the work was done: a site id (each record is written with its site's name).
  'workSiteId',
]);

const FILE_TABLES = ['spocActions', 'accompaniments', 'positionings', 'attendance', 'validationSteps', 'followUpNotes', 'observations'] as const;

export async function writePersonFile(db: Kysely<Database>, user: SessionUser, candidateId: string, language: PersonFileLanguage, now = new Date()): Promise<WrittenPersonFile> {
  const candidate = await readRecord(db, 'candidates', candidateId);
  // An unknown file, a deleted one and one of a site not the user's get the same answer.
  if (!candidate || candidate.deleted || !canAccessSite(user, candidate.siteId)) throw notFound();
  const sites = new Set(await organisationSiteIds(db, candidate.siteId));
  const held = (await recordsMentioning(db, candidateId)).filter((record) => !record.deleted && sites.has(record.siteId) && (FILE_TABLES as readonly string[]).includes(record.table));
  const sessionIds = held.flatMap((record) => (record.table === 'attendance' && typeof record.data.sessionId === 'string' ? [record.data.sessionId] : []));
  const sessions = sessionIds.length > 0 ? await db.selectFrom('records').selectAll().where('table_name', '=', 'moduleSessions').where('id', 'in', sessionIds).execute() : [];
  const tables = tablesOf(candidate, held, sessions.map(fromRow));
  const file = collectPersonFile(candidateId, tables);
  if (!file) throw notFound();

  const words = personFileWords(language);
  const catalogue = file.observations.length > 0 ? await readCatalogue(db) : [];
  const siteNames = await namesOfSites(db, [candidate.siteId, ...held.map((record) => record.siteId)]);
  const written = (record: { siteId: string; data: object }, extra: [string, unknown][] = []) => ({
    site: siteNames.get(record.siteId) ?? record.siteId,
    entries: [...Object.entries(record.data), ...extra]
      .filter(([field, value]) => !LEFT_OUT.has(field) && value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
      .map(([field, value]) => ({ label: words.label(field), value: words.value(field, value) })),
  });
  const section = (key: string, records: WrittenSection['records']): WrittenSection => ({ key, title: words.sectionTitle(key, records.length), records });
  const name = [file.candidate.data.firstName, file.candidate.data.lastName].filter(Boolean).join(' ') || words.unnamed();
  return {
    language,
    generatedAt: now.toISOString(),
    title: words.title(name),
    sections: [
      section('candidate', [written(file.candidate)]),
      section('spocActions', file.spocActions.map((action) => {
        const others = (action.data.candidateIds ?? []).filter((id) => id !== candidateId).length;
        return written(action, others > 0 ? [['otherPeople', others]] : []);
      })),
      section('accompaniments', file.accompaniments.map((record) => written(record))),
      section('positionings', file.positionings.map((record) => written(record, positioningResults(record.data as Record<string, unknown>, language, words)))),
      section('attendance', file.attendance.map((record) => written({ siteId: record.siteId, data: { ...record.session?.data, ...record.data } }))),
      section('validationSteps', file.validationSteps.map((record) => written(record))),
      section('followUpNotes', file.followUpNotes.map((record) => written(record))),
      section('observations', file.observations.map((record) => written({ siteId: record.siteId, data: observationForFile(record.data, ucDisplay(findUc(catalogue, record.data.metier, record.data.uc), record.data.uc)) }))),
    ],
  };
}

function tablesOf(candidate: StoredRecord, held: readonly StoredRecord[], sessions: readonly StoredRecord[]): PersonFileTables {
  const of = (table: string) => held.filter((record) => record.table === table) as never[];
  return {
    candidates: [candidate as never],
    spocActions: of('spocActions'),
    accompaniments: of('accompaniments'),
    positionings: of('positionings'),
    attendance: of('attendance'),
    validationSteps: of('validationSteps'),
    followUpNotes: of('followUpNotes'),
    observations: of('observations'),
    moduleSessions: sessions.filter((session) => !session.deleted) as never[],
  };
}

async function namesOfSites(db: Kysely<Database>, siteIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(siteIds)];
  const rows = await db.selectFrom('records').select(['id', 'data']).where('table_name', '=', 'sites').where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, String((JSON.parse(row.data) as { name?: unknown }).name ?? row.id)]));
}

/** The network's métier catalogue, to name an observation's UC ("UC1 — label"). */
async function readCatalogue(db: Kysely<Database>): Promise<MetierCatalogue> {
  const rows = await db.selectFrom('records').select(['id', 'deleted', 'data']).where('table_name', '=', 'metiers').execute();
  return catalogueFromRecords(rows.map((row) => ({ id: row.id, deleted: Number(row.deleted) === 1, data: JSON.parse(row.data) as MetierData })));
}
