// Managing accounts through the API (docs/roles-and-organisations.md). A coordinator manages the
// advisers and coordinators *all* of whose sites are theirs (a coordinator's sites all lie in one
// organisation, so that is within their organisation), gives only their own sites and only those
// two roles; administrators manage everyone; advisers and network reporters nobody. A coordinator
// also sees, read-only and with the reason, the accounts that share one of their sites but are not
// theirs. Users are synced `users` records (name, role, sites, active) written through the revision
// counter, so the tablets pull the change; email and password hash stay in users_auth. Refusals are
// 403/404, or 400 with issues in words; nothing changes when a request fails.
import type { Kysely } from 'kysely';
import type { AccountSummary, CreateAccountBody, NotManagedReason, UpdateAccountBody } from '../../src/domain/accounts';
import type { Role } from '../../src/domain/codes';
import { userFields } from '../../src/domain/entities';
import type { SessionUser } from '../../src/domain/wire';
import type { Database } from '../db/schema';
import { readRecord } from '../db/records';
import type { StoredRecord } from '../db/records';
import { lockRevisionCounter } from '../db/revisions';
import { createUser, siteRuleBroken, writeUserChanges } from '../admin/accounts';
import { organisationsOfSites, siteNames } from '../organisations/sites';
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

/** Roles a coordinator may give and manage; administrators and network reporters are an administrator's. */
const COORDINATED_ROLES: readonly Role[] = ['adviser', 'coordinator'];

/**
 * What the actor may do with accounts, read once per request: an administrator everything; a
 * coordinator the accounts all of whose sites are theirs, provided their own sites lie in one
 * organisation (an account left spanning several, e.g. by the 0010 migration, manages nothing
 * until an administrator fixes it).
 */
interface Authority {
  actor: SessionUser;
  /** Why the actor manages nothing, when their own account is inconsistent. */
  blocked?: NotManagedReason;
}

async function authorityOf(db: Kysely<Database>, actor: SessionUser): Promise<Authority> {
  if (!canManageAccounts(actor)) throw forbidden();
  if (actor.role === 'admin') return { actor };
  const organisations = await organisationsOfSites(db, actor.siteIds);
  return organisations.size === 1 ? { actor } : { actor, blocked: 'ownSitesInSeveralOrganisations' };
}

/** Why the actor may not manage an account with these role and sites (undefined: they may). */
function refusal(authority: Authority, role: Role, siteIds: readonly string[]): NotManagedReason | undefined {
  const { actor } = authority;
  if (actor.role === 'admin') return undefined;
  if (authority.blocked) return authority.blocked;
  if (!COORDINATED_ROLES.includes(role)) return 'roleOfAdministrator';
  if (siteIds.length === 0 || !siteIds.every((siteId) => actor.siteIds.includes(siteId))) return 'otherSites';
  return undefined;
}

/** Whether the actor sees the account at all: theirs to manage, or sharing one of their sites. */
function sees(authority: Authority, account: Account): boolean {
  const { actor } = authority;
  return actor.role === 'admin' || account.id === actor.id || account.siteIds.some((siteId) => actor.siteIds.includes(siteId));
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

/** Summaries; `reasons` says which accounts are shown without being manageable (no devices then). */
async function summaries(db: Kysely<Database>, accounts: Account[], reasons: ReadonlyMap<string, NotManagedReason> = new Map()): Promise<AccountSummary[]> {
  const devices = await devicesOf(db, accounts.filter((account) => !reasons.has(account.id)).map((account) => account.id));
  // Names of the account's sites, those of other organisations included: a coordinator's tablet holds
  // only their own organisation's sites, and must not show the others as raw ids.
  const names = await siteNames(db);
  return accounts
    .map((account): AccountSummary => {
      const reason = reasons.get(account.id);
      return {
        id: account.id,
        email: account.email,
        name: account.name,
        role: account.role,
        siteIds: account.siteIds,
        siteNames: Object.fromEntries(account.siteIds.flatMap((siteId) => [[siteId, names.get(siteId)] as const].filter((entry): entry is readonly [string, string] => entry[1] !== undefined))),
        active: account.active,
        devices: reason ? [] : (devices.get(account.id) ?? []),
        manageable: !reason,
        ...(reason ? { notManagedReason: reason } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

export async function listAccounts(db: Kysely<Database>, actor: SessionUser): Promise<AccountSummary[]> {
  const authority = await authorityOf(db, actor);
  const accounts = (await loadAccounts(db)).filter((account) => sees(authority, account));
  const reasons = new Map<string, NotManagedReason>();
  for (const account of accounts) {
    const reason = refusal(authority, account.role, account.siteIds);
    if (reason) reasons.set(account.id, reason);
  }
  return summaries(db, accounts, reasons);
}

/** The summary of an account the caller has just been allowed to manage. */
export async function accountSummary(db: Kysely<Database>, userId: string): Promise<AccountSummary> {
  const account = await loadAccount(db, userId);
  if (!account) throw notFound();
  const [summary] = await summaries(db, [account]);
  if (!summary) throw notFound();
  return summary;
}

/**
 * Checks the role and sites an account would have; `before` are its current sites (none when
 * creating). A coordinator gives only advisers' and coordinators' roles and only their own sites,
 * so the account stays all theirs; every role keeps the site rules of siteRuleBroken.
 */
async function checkRoleAndSites(db: Kysely<Database>, authority: Authority, role: Role, siteIds: readonly string[], before: readonly string[] = []): Promise<void> {
  const { actor } = authority;
  if (actor.role !== 'admin' && !COORDINATED_ROLES.includes(role)) invalid('role', 'roleNotAllowed');
  const added = siteIds.filter((siteId) => !before.includes(siteId));
  for (const siteId of added) {
    const site = await readRecord(db, 'sites', siteId);
    if (!site || site.deleted) invalid('siteIds', 'unknownSite');
  }
  if (actor.role !== 'admin' && siteIds.some((siteId) => !actor.siteIds.includes(siteId))) invalid('siteIds', 'siteNotYours');
  const broken = await siteRuleBroken(db, role, siteIds);
  if (broken) invalid('siteIds', broken);
}

export async function createAccount(db: Kysely<Database>, actor: SessionUser, body: CreateAccountBody): Promise<string> {
  const authority = await authorityOf(db, actor);
  if (authority.blocked) throw forbidden();
  assertAllowedPassword('password', body.password);
  await checkRoleAndSites(db, authority, body.role, body.siteIds);
  const taken = await db.selectFrom('users_auth').select('user_id').where('email', '=', body.email).executeTakeFirst();
  if (taken) invalid('email', 'emailTaken');
  return createUser(db, { email: body.email, password: body.password, name: body.name, role: body.role, siteIds: body.siteIds });
}

/**
 * Loads an account the actor may manage, or fails: 404 for an account they do not see (no
 * existence leak), 403 for one they see but may not manage (listed with its reason).
 */
async function managedAccount(db: Kysely<Database>, actor: SessionUser, userId: string): Promise<{ account: Account; authority: Authority }> {
  const authority = await authorityOf(db, actor);
  const account = await loadAccount(db, userId);
  if (!account || !sees(authority, account)) throw notFound();
  if (refusal(authority, account.role, account.siteIds)) throw forbidden();
  return { account, authority };
}

export async function updateAccount(db: Kysely<Database>, actor: SessionUser, userId: string, body: UpdateAccountBody): Promise<void> {
  const { account, authority } = await managedAccount(db, actor, userId);
  const role = body.role ?? account.role;
  const siteIds = body.siteIds ?? account.siteIds;
  if (userId === actor.id && (body.active === false || (body.role !== undefined && body.role !== account.role))) invalid(body.active === false ? 'active' : 'role', 'notOwnAccount');
  if (body.role !== undefined || body.siteIds !== undefined) await checkRoleAndSites(db, authority, role, siteIds, account.siteIds);
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
