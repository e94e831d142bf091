// The accounts, devices and audit contract shared by the server and the tablet:
//   POST  /api/auth/logout                          → 204; the token is revoked
//   POST  /api/auth/password  {currentPassword, newPassword}     → 204 (own password; other sessions end)
//   GET   /api/users                                → { users: AccountSummary[] } the user may manage
//   POST  /api/users          CreateAccountBody     → { user: AccountSummary }
//   PATCH /api/users/:id      UpdateAccountBody     → { user: AccountSummary }
//   POST  /api/users/:id/password  {password}       → 204 (reset by a coordinator or administrator)
//   POST  /api/users/:id/devices/:deviceId/revoke   → { user: AccountSummary }
//   GET   /api/audit                                → { entries: AuditEntry[] } of the user's sites
//   (exports made on a tablet are reported to POST /api/audit/exports, see ./audit.ts)
//   GET   /api/retention                            → { sites: RetentionSetting[] } of the user's sites
//   PUT   /api/retention      {siteId, years}       → { site: RetentionSetting } (coordinators, admins)
//   GET   /api/organisations                        → { organisations: OrganisationSummary[] } (admins: all;
//                                                     coordinators: their own)
//   POST  /api/organisations  {id, name}            → { organisation } (administrators only)
//   PATCH /api/organisations/:id  {name}            → { organisation } (administrators only; renames)
// Coordinators manage advisers and coordinators whose sites are all theirs (their sites all lie in
// one organisation), and give only their own sites and those two roles; administrators manage
// everyone; network reporters and advisers manage nobody (docs/roles-and-organisations.md).
// The list also shows a coordinator the accounts that share one of their sites but are not theirs
// to manage, with `manageable: false` and the reason. A revoked device is answered
// `401 {"error":"unauthorized","wipe":true}` at its next contact, and wipes that user's local data.
import { z } from 'zod';
import { ROLE_CODES } from './codes';
import type { Role } from './codes';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from './retention';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordShapeRefusal } from './password-policy';

export const ACCOUNT_PATHS = {
  logout: '/api/auth/logout',
  password: '/api/auth/password',
  users: '/api/users',
  audit: '/api/audit',
  retention: '/api/retention',
  organisations: '/api/organisations',
} as const;

export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH };

/** Why a listed account is not the viewer's to manage. */
export const NOT_MANAGED_REASONS = ['otherSites', 'roleOfAdministrator', 'ownSitesInSeveralOrganisations'] as const;
export type NotManagedReason = (typeof NOT_MANAGED_REASONS)[number];

export interface OrganisationSummary {
  id: string;
  name: string;
  /** The organisation's live sites. */
  siteIds: string[];
}

/** An organisation's id: lowercase letters, digits and dashes, as the admin CLI's (e.g. cpas-schaerbeek). */
export const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
const organisationName = z.string({ message: 'required' }).trim().min(1, { message: 'required' }).max(120, { message: 'tooLong' });
export const createOrganisationSchema = z
  .object({ id: z.string({ message: 'required' }).trim().regex(ORGANISATION_ID, { message: 'invalidId' }), name: organisationName })
  .strict();
export type CreateOrganisationBody = z.infer<typeof createOrganisationSchema>;
export const renameOrganisationSchema = z.object({ name: organisationName }).strict();

/** A suggested organisation id from its name ("CPAS de Forest" → "cpas-de-forest"). */
export function organisationIdFrom(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

/** A new password: the shape rules here; the server also refuses common ones (docs/login-security.md). */
const password = z
  .string({ message: 'required' })
  .max(MAX_PASSWORD_LENGTH, { message: 'tooLong' })
  .superRefine((value, context) => {
    const refusal = passwordShapeRefusal(value);
    if (refusal) context.addIssue({ code: 'custom', message: refusal });
  });
const name = z.string({ message: 'required' }).trim().min(1, { message: 'required' }).max(120, { message: 'tooLong' });
const email = z
  .string({ message: 'required' })
  .trim()
  .toLowerCase()
  .max(200, { message: 'tooLong' })
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'invalidEmail' });
const role = z.enum(ROLE_CODES, { message: 'unknownCode' });
const siteIds = z
  .array(z.string().trim().min(1, { message: 'invalidId' }).max(64, { message: 'invalidId' }), { message: 'invalidValue' })
  .max(100, { message: 'tooLong' })
  .transform((ids) => [...new Set(ids)]);

export const createAccountSchema = z.object({ email, name, role, siteIds, password }).strict();
export type CreateAccountBody = z.infer<typeof createAccountSchema>;

export const updateAccountSchema = z
  .object({ name: name.optional(), role: role.optional(), siteIds: siteIds.optional(), active: z.boolean({ message: 'invalidValue' }).optional() })
  .strict();
export type UpdateAccountBody = z.infer<typeof updateAccountSchema>;

export const resetPasswordSchema = z.object({ password }).strict();
export const changePasswordSchema = z.object({ currentPassword: z.string({ message: 'required' }).min(1, { message: 'required' }).max(MAX_PASSWORD_LENGTH), newPassword: password }).strict();
export type ChangePasswordBody = z.infer<typeof changePasswordSchema>;

export interface DeviceSummary {
  deviceId: string;
  firstSeenAt: string;
  /** The last login or sync from this device. */
  lastSeenAt: string;
  revokedAt?: string;
}

export interface AccountSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  siteIds: string[];
  /** The name of each of `siteIds` (those of other organisations included, which the tablet does not hold). */
  siteNames?: Record<string, string>;
  active: boolean;
  devices: DeviceSummary[];
  /** False for an account shown but not the viewer's to manage (then no devices are listed). */
  manageable: boolean;
  notManagedReason?: NotManagedReason;
}

export const AUDIT_ACTIONS = [
  'candidate-erased',
  'person-file-exported',
  'report-exported',
  'spreadsheet-imported',
  'candidate-transferred',
  'candidates-merged',
  'account-created',
  'account-updated',
  'password-reset',
  'device-revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The actor id of what the server does by itself (retention). */
export const SYSTEM_RETENTION_ACTOR = 'system:retention';

export const retentionBodySchema = z
  .object({
    siteId: z.string({ message: 'required' }).trim().min(1, { message: 'invalidId' }).max(64, { message: 'invalidId' }),
    years: z.number({ message: 'invalidNumber' }).int({ message: 'invalidNumber' }).min(MIN_RETENTION_YEARS, { message: 'outOfRange' }).max(MAX_RETENTION_YEARS, { message: 'outOfRange' }),
  })
  .strict();
export type RetentionBody = z.infer<typeof retentionBodySchema>;

export interface RetentionSetting {
  siteId: string;
  years: number;
  /** Absent while the site keeps the default period. */
  setBy?: string;
  setAt?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  action: AuditAction;
  /** Every site the entry concerns. */
  siteIds: string[];
  /** What it was about: a candidate, an account (ids only, never names of the people concerned). */
  targetTable?: string;
  targetId?: string;
  /** For a reported export, its kind (src/domain/audit.ts EXPORT_KINDS). */
  detail?: string;
}

/** How a tablet is named to people: the first 8 characters of its id, shown on the tablet's home and in "Comptes". */
export function shortDeviceId(deviceId: string): string {
  return deviceId.slice(0, 8);
}
