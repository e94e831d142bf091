// The signed-in user as the sync routes see it. Name, role, sites and the active flag live in the
// synced `users` record (one source of truth, pulled by devices); email and hash in users_auth.
import type { Kysely } from 'kysely';
import type { Role } from '../../src/domain/codes';
import { userFields } from '../../src/domain/entities';
import type { SessionUser } from '../../src/domain/wire';
import type { Database } from '../db/schema';
import { readRecord } from '../db/records';

export interface AuthenticatedUser extends SessionUser {
  active: boolean;
}

export async function loadUser(db: Kysely<Database>, userId: string): Promise<AuthenticatedUser | undefined> {
  const record = await readRecord(db, 'users', userId);
  if (!record || record.deleted) return undefined;
  const parsed = userFields.safeParse(record.data);
  if (!parsed.success || !parsed.data.role) return undefined;
  return {
    id: userId,
    name: parsed.data.name ?? '',
    role: parsed.data.role,
    siteIds: parsed.data.siteIds ?? [],
    active: parsed.data.active !== false,
  };
}

/** Admins see every site; advisers and coordinators the sites of their account. */
export function seesAllSites(role: Role): boolean {
  return role === 'admin';
}

export function canAccessSite(user: SessionUser, siteId: string): boolean {
  return seesAllSites(user.role) || user.siteIds.includes(siteId);
}

export function toSessionUser(user: AuthenticatedUser): SessionUser {
  return { id: user.id, name: user.name, role: user.role, siteIds: user.siteIds };
}
