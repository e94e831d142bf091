// Managing accounts through the API: coordinators manage the advisers and coordinators
// who work on at least one of their sites, and give or take away only their own sites (a person's
// other sites stay as they are); administrators manage everyone. Users are
// synced `users` records (name, role, sites, active) written through the revision counter, so the
// tablets pull the change; email and password hash stay in users_auth. Refusals are 403, or 400
// with issues in words; nothing changes when a request fails.
import type { Kysely } from 'kysely';
import type { AccountSummary, CreateAccountBody, UpdateAccountBody } from '../../src/domain/accounts';
import type { Role } from '../../src/domain/codes';
import { userFields } from '../../src/domain/entities';
import type { SessionUser } from '../../src/domain/wire';
import type { Database } from '../db/schema';
import { readRecord } from '../db/records';
import type { StoredRecord } from '../db/records';
import { lockRevisionCounter } from '../db/revisions';
import { createUser, writeUserChanges } from '../admin/accounts';
import { hashPassword } from '../auth/passwords';
import { assertAllowedPassword } from '../auth/password-policy';
import { revokeTokensOf } from '../auth/tokens';
import { badRequest, forbidden, notFound } from '../http/errors';
import { validationText } from '../../src/domain/validation-messages';
import type { ValidationMessageKey } from '../../src/domain/validation-messages';
import { devicesOf } from './devices';

interface Account {
  id: string;
  email: string;
  record: StoredRecord;
  role: Role;
  siteIds: string[];
  active: boolean;
  name: string;
}

function invalid(path: string, key: ValidationMessageKey): never {
  throw badRequest([{ path: [path], code: key, message: validationText(key) }]);
}

export function canManageAccounts(actor: SessionUser): boolean {
  return actor.role === 'coordinator' || actor.role === 'admin';
}

/** May this actor manage an account with these role and sites? */
function manages(actor: SessionUser, role: Role, siteIds: readonly string[]): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'coordinator' || role === 'admin') return false;
  return siteIds.some((siteId) => actor.siteIds.includes(siteId));
}

async function loadAccounts(db: Kysely<Database>): Promise<Account[]> {
  const auths = await db.selectFrom('users_auth').select(['user_id', 'email']).execute();
  const accounts: Account[] = [];
  for (const auth of auths) {
    const account = await accountFromAuth(db, auth.user_id, auth.email);
    if (account) accounts.push(account);
  }
  return accounts;
}

async function accountFromAuth(db: Kysely<Database>, userId: string, email: string): Promise<Account | undefined> {
  const record = await readRecord(db, 'users', userId);
  if (!record || record.deleted) return undefined;
  const parsed = userFields.safeParse(record.data);
  if (!parsed.success || !parsed.data.role) return undefined;
  return { id: userId, email, record, role: parsed.data.role, siteIds: parsed.data.siteIds ?? [], active: parsed.data.active !== false, name: parsed.data.name ?? '' };
}

async function loadAccount(db: Kysely<Database>, userId: string): Promise<Account | undefined> {
  const auth = await db.selectFrom('users_auth').select(['user_id', 'email']).where('user_id', '=', userId).executeTakeFirst();
  return auth ? accountFromAuth(db, auth.user_id, auth.email) : undefined;
}

async function summaries(db: Kysely<Database>, accounts: Account[]): Promise<AccountSummary[]> {
  const devices = await devicesOf(db, accounts.map((account) => account.id));
  return accounts
    .map((account) => ({
      id: account.id,
      email: account.email,
      name: account.name,
      role: account.role,
      siteIds: account.siteIds,
      active: account.active,
      devices: devices.get(account.id) ?? [],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

export async function listAccounts(db: Kysely<Database>, actor: SessionUser): Promise<AccountSummary[]> {
  if (!canManageAccounts(actor)) throw forbidden();
  const accounts = (await loadAccounts(db)).filter((account) => account.id === actor.id || manages(actor, account.role, account.siteIds));
  return summaries(db, accounts);
}

export async function accountSummary(db: Kysely<Database>, userId: string): Promise<AccountSummary> {
  const account = await loadAccount(db, userId);
  if (!account) throw notFound();
  const [summary] = await summaries(db, [account]);
  if (!summary) throw notFound();
  return summary;
}

/** Checks role and sites; `before` are the account's current sites (none when creating). */
async function checkSites(db: Kysely<Database>, actor: SessionUser, role: Role, siteIds: readonly string[], before: readonly string[] = []): Promise<void> {
  if (siteIds.length === 0 && role !== 'admin') invalid('siteIds', 'sitesRequired');
  if (role === 'admin' && actor.role !== 'admin') invalid('role', 'roleNotAllowed');
  const added = siteIds.filter((siteId) => !before.includes(siteId));
  const removed = before.filter((siteId) => !siteIds.includes(siteId));
  for (const siteId of added) {
    const site = await readRecord(db, 'sites', siteId);
    if (!site || site.deleted) invalid('siteIds', 'unknownSite');
  }
  if (actor.role !== 'admin' && [...added, ...removed].some((siteId) => !actor.siteIds.includes(siteId))) invalid('siteIds', 'siteNotYours');
}

export async function createAccount(db: Kysely<Database>, actor: SessionUser, body: CreateAccountBody): Promise<string> {
  if (!canManageAccounts(actor)) throw forbidden();
  assertAllowedPassword('password', body.password);
  await checkSites(db, actor, body.role, body.siteIds);
  const taken = await db.selectFrom('users_auth').select('user_id').where('email', '=', body.email).executeTakeFirst();
  if (taken) invalid('email', 'emailTaken');
  return createUser(db, { email: body.email, password: body.password, name: body.name, role: body.role, siteIds: body.siteIds });
}

/** Loads an account the actor may manage, or fails with 404 / 403. */
async function managedAccount(db: Kysely<Database>, actor: SessionUser, userId: string): Promise<Account> {
  if (!canManageAccounts(actor)) throw forbidden();
  const account = await loadAccount(db, userId);
  // An account outside the actor's sites is as good as absent for them: 404, no existence leak.
  if (!account || !manages(actor, account.role, account.siteIds)) throw notFound();
  return account;
}

export async function updateAccount(db: Kysely<Database>, actor: SessionUser, userId: string, body: UpdateAccountBody): Promise<void> {
  const account = await managedAccount(db, actor, userId);
  const role = body.role ?? account.role;
  const siteIds = body.siteIds ?? account.siteIds;
  if (userId === actor.id && (body.active === false || (body.role !== undefined && body.role !== account.role))) invalid(body.active === false ? 'active' : 'role', 'notOwnAccount');
  if (body.role !== undefined || body.siteIds !== undefined) await checkSites(db, actor, role, siteIds, account.siteIds);
  const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
  if (Object.keys(changes).length === 0) return;
  await db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    const record = await readRecord(trx, 'users', userId);
    if (!record) throw notFound();
    await writeUserChanges(trx, record, changes);
  });
  // A deactivated account is signed out everywhere.
  if (body.active === false) await revokeTokensOf(db, userId);
}

export async function resetPassword(db: Kysely<Database>, actor: SessionUser, userId: string, password: string): Promise<void> {
  await managedAccount(db, actor, userId);
  assertAllowedPassword('password', password);
  const passwordHash = await hashPassword(password);
  await db.updateTable('users_auth').set({ password_hash: passwordHash }).where('user_id', '=', userId).execute();
  // Sessions end; the tablets keep their data: the next online login re-wraps the key (device secret).
  await revokeTokensOf(db, userId);
}

export async function assertManages(db: Kysely<Database>, actor: SessionUser, userId: string): Promise<AccountSummary> {
  await managedAccount(db, actor, userId);
  return accountSummary(db, userId);
}
