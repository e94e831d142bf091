// Sites and user accounts, written as synced records through the same rev counter as devices'
// changes, so that tablets pull them. Used by the admin CLI, the demo seed and tests.
import type { Kysely } from 'kysely';
import { COMMUNE_CODES, OUTREACH_SITE_KIND_CODES, ROLE_CODES } from '../../src/domain/codes';
import type { Role } from '../../src/domain/codes';
import { MIN_PASSWORD_LENGTH } from '../../src/domain/accounts';
import { recordSchemas } from '../../src/domain/entities';
import { newId } from '../../src/domain/ids';
import type { SyncedTable } from '../../src/domain/tables';
import type { Database } from '../db/schema';
import { readRecord, saveRecord, stampAllFields } from '../db/records';
import type { StoredRecord } from '../db/records';
import { allocateRevs, lockRevisionCounter } from '../db/revisions';
import { hashPassword } from '../auth/passwords';
import { passwordRefusal } from '../auth/password-policy';
import { validationText } from '../../src/domain/validation-messages';
import { findOrganisation, insertOrganisation, ORGANISATION_ID } from '../organisations/organisations';
import { organisationsOfSites } from '../organisations/sites';

/** A refused admin request, with a message meant for the person at the terminal. */
export class AdminError extends Error {}

/** The clientId recorded in field_meta for changes made by the server's admin tools. */
export const ADMIN_CLIENT_ID = 'admin';

export interface SiteInput {
  id: string;
  name: string;
  kind: string;
  communeCode?: string;
  outreachPlaces?: string[];
  /** An existing organisation to join; absent: the site becomes an organisation of its own (same id and name). */
  organisationId?: string;
}

export interface OrganisationInput {
  id: string;
  name: string;
}

export interface UserInput {
  email: string;
  password: string;
  name: string;
  role: string;
  siteIds: string[];
  /** An argon2id hash computed once for many accounts (seed, tests); the password is then unused. */
  passwordHash?: string;
}

const SITE_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export { MIN_PASSWORD_LENGTH };

export async function createSite(db: Kysely<Database>, input: SiteInput): Promise<void> {
  if (!SITE_ID.test(input.id)) throw new AdminError(`Site id "${input.id}" must be lowercase letters, digits and dashes (e.g. ml-schaerbeek).`);
  if (!input.name.trim()) throw new AdminError('A site needs a name.');
  if (!(OUTREACH_SITE_KIND_CODES as readonly string[]).includes(input.kind)) {
    throw new AdminError(`Unknown site kind "${input.kind}". Use one of: ${OUTREACH_SITE_KIND_CODES.join(', ')}.`);
  }
  if (input.communeCode !== undefined && !COMMUNE_CODES.includes(input.communeCode)) {
    throw new AdminError(`Unknown commune "${input.communeCode}". Use one of: ${COMMUNE_CODES.join(', ')}.`);
  }
  const data = {
    name: input.name.trim(),
    kind: input.kind,
    ...(input.communeCode ? { communeCode: input.communeCode } : {}),
    ...(input.outreachPlaces ? { outreachPlaces: input.outreachPlaces } : {}),
  };
  await db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    if (await readRecord(trx, 'sites', input.id)) throw new AdminError(`Site "${input.id}" already exists.`);
    let organisationId = input.organisationId?.trim();
    if (organisationId) {
      if (!(await findOrganisation(trx, organisationId))) throw new AdminError(`Unknown organisation "${organisationId}". Create it first with create-organisation.`);
    } else {
      organisationId = input.id;
      if (await findOrganisation(trx, organisationId)) {
        throw new AdminError(`An organisation "${organisationId}" already exists: join it with --organisation ${organisationId}, or choose another site id.`);
      }
      await insertOrganisation(trx, { id: organisationId, name: data.name });
    }
    await writeServerRecord(trx, 'sites', input.id, input.id, { ...data, organisationId });
  });
}

/** Creates an organisation without sites (they join it with create-site --organisation ID). */
export async function createOrganisation(db: Kysely<Database>, input: OrganisationInput): Promise<void> {
  if (!ORGANISATION_ID.test(input.id)) throw new AdminError(`Organisation id "${input.id}" must be lowercase letters, digits and dashes (e.g. cpas-schaerbeek).`);
  if (!input.name.trim()) throw new AdminError('An organisation needs a name.');
  await db.transaction().execute(async (trx) => {
    if (await findOrganisation(trx, input.id)) throw new AdminError(`Organisation "${input.id}" already exists.`);
    await insertOrganisation(trx, { id: input.id, name: input.name.trim() });
  });
}

/**
 * Moves a site into another existing organisation (e.g. two sites of one Mission Locale that the
 * 0010 migration made organisations of their own). The site record gets a new rev, so tablets pull it.
 * Refused while a coordinator holding the site would then hold sites of several organisations.
 */
export async function moveSiteToOrganisation(db: Kysely<Database>, siteId: string, organisationId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    const site = await readRecord(trx, 'sites', siteId);
    if (!site || site.deleted) throw new AdminError(`Unknown site "${siteId}".`);
    if (!(await findOrganisation(trx, organisationId))) throw new AdminError(`Unknown organisation "${organisationId}". Create it first with create-organisation.`);
    const rev = await allocateRevs(trx);
    await saveRecord(trx, { ...site, rev, data: { ...site.data, organisationId }, fieldMeta: { ...site.fieldMeta, organisationId: { rev, clientId: ADMIN_CLIENT_ID } } });
    const users = await trx.selectFrom('records').select(['id', 'data']).where('table_name', '=', 'users').where('deleted', '=', 0).execute();
    for (const user of users) {
      const data = JSON.parse(user.data) as { role?: unknown; siteIds?: unknown; name?: unknown };
      const siteIds = Array.isArray(data.siteIds) ? (data.siteIds as string[]) : [];
      if (data.role !== 'coordinator' || !siteIds.includes(siteId)) continue;
      if ((await organisationsOfSites(trx, siteIds)).size > 1) {
        throw new AdminError(`The coordinator ${String(data.name)} would then hold sites of several organisations: change their sites first.`);
      }
    }
  });
}

/** Roles that hold no site: administrators see every site, network reporters none (only the report). */
export function roleHasSites(role: Role): boolean {
  return role === 'adviser' || role === 'coordinator';
}

/**
 * The rules of sites per role shared by the CLI and the API: advisers and coordinators need sites,
 * a coordinator's all in one organisation; a network reporter has none. Returns the refusal, if any.
 */
export async function siteRuleBroken(db: Kysely<Database>, role: Role, siteIds: readonly string[]): Promise<'sitesRequired' | 'reporterNoSites' | 'sitesInSeveralOrganisations' | undefined> {
  if (role === 'reporter') return siteIds.length > 0 ? 'reporterNoSites' : undefined;
  if (role === 'admin') return undefined;
  if (siteIds.length === 0) return 'sitesRequired';
  if (role === 'coordinator' && (await organisationsOfSites(db, siteIds)).size > 1) return 'sitesInSeveralOrganisations';
  return undefined;
}

const SITE_RULE_TEXT = {
  sitesRequired: 'Advisers and coordinators need at least one site (--sites ID1,ID2).',
  reporterNoSites: 'A network reporter has no site: they read the network report only (leave out --sites).',
  sitesInSeveralOrganisations: 'A coordinator’s sites must all belong to one organisation.',
} as const;

/** Creates an account and its synced `users` record; returns the new user id. */
export async function createUser(db: Kysely<Database>, input: UserInput): Promise<string> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new AdminError(`"${input.email}" is not an email address.`);
  if (input.passwordHash === undefined) refuseWeakPassword(input.password);
  if (!input.name.trim()) throw new AdminError('A user needs a name.');
  if (!(ROLE_CODES as readonly string[]).includes(input.role)) throw new AdminError(`Unknown role "${input.role}". Use one of: ${ROLE_CODES.join(', ')}.`);
  const role = input.role as Role;
  const siteIds = [...new Set(input.siteIds.map((id) => id.trim()).filter(Boolean))];
  if (role === 'reporter' && siteIds.length > 0) throw new AdminError(SITE_RULE_TEXT.reporterNoSites);
  if (siteIds.length === 0 && roleHasSites(role)) throw new AdminError(SITE_RULE_TEXT.sitesRequired);

  const passwordHash = input.passwordHash ?? (await hashPassword(input.password)); // slow: outside the transaction
  const userId = newId();
  await db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    for (const siteId of siteIds) {
      const site = await readRecord(trx, 'sites', siteId);
      if (!site || site.deleted) throw new AdminError(`Unknown site "${siteId}". Create it first with create-site.`);
    }
    const broken = await siteRuleBroken(trx, role, siteIds);
    if (broken) throw new AdminError(SITE_RULE_TEXT[broken]);
    const taken = await trx.selectFrom('users_auth').select('user_id').where('email', '=', email).executeTakeFirst();
    if (taken) throw new AdminError(`A user with the email ${email} already exists.`);
    await trx.insertInto('users_auth').values({ user_id: userId, email, password_hash: passwordHash, created_at: new Date().toISOString() }).execute();
    // A user record belongs to the user's first site (admins and reporters without sites: a pseudo-site only admins pull).
    await writeServerRecord(trx, 'users', userId, siteIds[0] ?? ALL_SITES_PSEUDO_ID, { name: input.name.trim(), role, siteIds, active: true });
  });
  return userId;
}

/**
 * Changes the sites of an account (an administrator adds or removes a site): the `users` record
 * gets a new rev through the counter, so the user's devices see other `siteIds` at their next pull.
 */
export async function updateUserSites(db: Kysely<Database>, email: string, siteIds: readonly string[]): Promise<void> {
  const wanted = [...new Set(siteIds.map((id) => id.trim()).filter(Boolean))];
  await db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    const auth = await trx.selectFrom('users_auth').select('user_id').where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    if (!auth) throw new AdminError(`No user with the email ${email}.`);
    const record = await readRecord(trx, 'users', auth.user_id);
    if (!record || record.deleted) throw new AdminError(`The account ${email} has no user record.`);
    for (const siteId of wanted) {
      const site = await readRecord(trx, 'sites', siteId);
      if (!site || site.deleted) throw new AdminError(`Unknown site "${siteId}". Create it first with create-site.`);
    }
    const role = (ROLE_CODES as readonly unknown[]).includes(record.data.role) ? (record.data.role as Role) : 'adviser';
    const broken = await siteRuleBroken(trx, role, wanted);
    if (broken) throw new AdminError(SITE_RULE_TEXT[broken]);
    await writeUserChanges(trx, record, { siteIds: wanted });
  });
}

/**
 * Writes changes of a `users` record (name, role, siteIds, active) with a new rev, so devices pull
 * them. The record stays on its site while the user keeps it; otherwise it follows their first site.
 * Call inside a transaction that holds the revision counter lock.
 */
export async function writeUserChanges(trx: Kysely<Database>, record: StoredRecord, changes: Record<string, unknown>): Promise<void> {
  const data = { ...record.data, ...changes };
  const parsed = recordSchemas.users.safeParse(data);
  if (!parsed.success) throw new AdminError(`Invalid users record: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  const rev = await allocateRevs(trx);
  const siteIds = Array.isArray(data.siteIds) ? (data.siteIds as string[]) : [];
  const siteId = siteIds.includes(record.siteId) ? record.siteId : (siteIds[0] ?? ALL_SITES_PSEUDO_ID);
  const stamped = Object.fromEntries(Object.keys(changes).map((field) => [field, { rev, clientId: ADMIN_CLIENT_ID }]));
  await saveRecord(trx, { ...record, siteId, rev, data, fieldMeta: { ...record.fieldMeta, ...stamped } });
}

/** site_id of records that belong to no site (an administrator without sites). */
export const ALL_SITES_PSEUDO_ID = '*';

export async function setUserPassword(db: Kysely<Database>, email: string, password: string): Promise<void> {
  refuseWeakPassword(password);
  const passwordHash = await hashPassword(password);
  const result = await db.updateTable('users_auth').set({ password_hash: passwordHash }).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AdminError(`No user with the email ${email}.`);
}

/** The password policy (docs/login-security.md), said to the person at the terminal. */
function refuseWeakPassword(password: string): void {
  const refusal = passwordRefusal(password);
  if (refusal) throw new AdminError(validationText(refusal));
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('users_auth').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

async function writeServerRecord(trx: Kysely<Database>, table: SyncedTable, id: string, siteId: string, data: Record<string, unknown>): Promise<void> {
  const parsed = recordSchemas[table].safeParse(data);
  if (!parsed.success) throw new AdminError(`Invalid ${table} record: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  const rev = await allocateRevs(trx);
  await saveRecord(trx, { table, id, siteId, rev, deleted: false, data, fieldMeta: stampAllFields(data, rev, ADMIN_CLIENT_ID) });
}
