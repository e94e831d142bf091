// Accounts, devices, passwords and the audit log, online only (contract in src/domain/accounts.ts),
// through the sync transport's requester: same base URL, token and typed errors. A refused change
// rejects with a TransportError whose `details.body.issues` say in words what is wrong.
import { z } from 'zod';
import { ACCOUNT_PATHS, AUDIT_ACTIONS, NOT_MANAGED_REASONS } from '../domain/accounts';
import { AUDIT_PATHS, type AuditPage, type AuditQuery, type ExportReport, type ImportReport } from '../domain/audit';
import type { AccountSummary, ChangePasswordBody, CreateAccountBody, CreateOrganisationBody, OrganisationSummary, RetentionSetting, UpdateAccountBody } from '../domain/accounts';
import { ROLE_CODES } from '../domain/codes';
import { personFilePath, writtenPersonFileSchema, type WrittenPersonFile } from '../domain/written-person-file';
import { createJsonRequester, type TransportOptions } from './transport';

const deviceSchema = z.object({ deviceId: z.string(), firstSeenAt: z.string(), lastSeenAt: z.string(), revokedAt: z.string().optional() });
const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLE_CODES),
  siteIds: z.array(z.string()),
  siteNames: z.record(z.string(), z.string()).optional(),
  active: z.boolean(),
  devices: z.array(deviceSchema),
  manageable: z.boolean(),
  notManagedReason: z.enum(NOT_MANAGED_REASONS).optional(),
});
const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  siteIds: z.array(z.string()),
  targetTable: z.string().optional(),
  targetId: z.string().optional(),
  detail: z.string().optional(),
});
const retentionSchema = z.object({ siteId: z.string(), years: z.number().int(), setBy: z.string().optional(), setAt: z.string().optional() });
const retentionListAnswer = z.object({ sites: z.array(retentionSchema) });
const retentionAnswer = z.object({ site: retentionSchema });
const usersAnswer = z.object({ users: z.array(accountSchema) });
const userAnswer = z.object({ user: accountSchema });
const auditAnswer = z.object({ entries: z.array(auditEntrySchema), nextCursor: z.string().optional() });
const organisationSummarySchema = z.object({ id: z.string(), name: z.string(), siteIds: z.array(z.string()) });
const organisationsAnswer = z.object({ organisations: z.array(organisationSummarySchema) });
const organisationAnswer = z.object({ organisation: organisationSummarySchema });

export interface AccountsApi {
  list(): Promise<AccountSummary[]>;
  create(body: CreateAccountBody): Promise<AccountSummary>;
  update(userId: string, body: UpdateAccountBody): Promise<AccountSummary>;
  resetPassword(userId: string, password: string): Promise<void>;
  revokeDevice(userId: string, deviceId: string): Promise<AccountSummary>;
  changeOwnPassword(body: ChangePasswordBody): Promise<void>;
  /** One page of the journal, newest first; `nextCursor` asks for the next one. */
  audit(query?: AuditQuery): Promise<AuditPage>;
  /** Reports an export made on this tablet, for the server's journal (best effort: never blocks the export). */
  recordExport(body: ExportReport): Promise<void>;
  /** Reports a spreadsheet import made on this tablet (queued first: sync/journal.ts). */
  recordImport(body: ImportReport): Promise<void>;
  /** The person's complete file as the server writes it (every site of the organisation, in words). */
  personFile(candidateId: string, language: string): Promise<WrittenPersonFile>;
  /** Ends the session on the server (best effort at logout). */
  logout(): Promise<void>;
  /** Each site's retention period (years after the last action before a closed file is anonymised). */
  retention(): Promise<RetentionSetting[]>;
  setRetention(siteId: string, years: number): Promise<RetentionSetting>;
  /** The organisations and their sites (an administrator's: all; a coordinator's: their own). */
  organisations(): Promise<OrganisationSummary[]>;
  /** Administrators only: a new organisation (no sites yet), and a new name for one. */
  createOrganisation(body: CreateOrganisationBody): Promise<OrganisationSummary>;
  renameOrganisation(organisationId: string, name: string): Promise<OrganisationSummary>;
}

export interface AccountsApiOptions extends TransportOptions {
  getToken: () => string | undefined;
}

export function createAccountsApi(options: AccountsApiOptions): AccountsApi {
  const request = createJsonRequester(options);
  const token = () => options.getToken();
  const userPath = (userId: string) => `${ACCOUNT_PATHS.users}/${encodeURIComponent(userId)}`;
  return {
    async list() {
      return (await request(usersAnswer, ACCOUNT_PATHS.users, { method: 'GET', token: token() })).users;
    },
    async create(body) {
      return (await request(userAnswer, ACCOUNT_PATHS.users, { method: 'POST', body, token: token() })).user;
    },
    async update(userId, body) {
      return (await request(userAnswer, userPath(userId), { method: 'PATCH', body, token: token() })).user;
    },
    async resetPassword(userId, password) {
      await request(z.unknown(), `${userPath(userId)}/password`, { method: 'POST', body: { password }, token: token() });
    },
    async revokeDevice(userId, deviceId) {
      const path = `${userPath(userId)}/devices/${encodeURIComponent(deviceId)}/revoke`;
      return (await request(userAnswer, path, { method: 'POST', body: {}, token: token() })).user;
    },
    async changeOwnPassword(body) {
      await request(z.unknown(), ACCOUNT_PATHS.password, { method: 'POST', body, token: token() });
    },
    async audit(query = {}) {
      const params = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
      const search = params.size > 0 ? `?${params.toString()}` : '';
      const page = await request(auditAnswer, `${AUDIT_PATHS.journal}${search}`, { method: 'GET', token: token() });
      return page.nextCursor ? { entries: page.entries, nextCursor: page.nextCursor } : { entries: page.entries };
    },
    async recordExport(body) {
      await request(z.unknown(), AUDIT_PATHS.exports, { method: 'POST', body, token: token() });
    },
    async recordImport(body) {
      await request(z.unknown(), AUDIT_PATHS.imports, { method: 'POST', body, token: token() });
    },
    async personFile(candidateId, language) {
      return request(writtenPersonFileSchema, personFilePath(candidateId, language), { method: 'GET', token: token() });
    },
    async retention() {
      return (await request(retentionListAnswer, ACCOUNT_PATHS.retention, { method: 'GET', token: token() })).sites;
    },
    async setRetention(siteId, years) {
      return (await request(retentionAnswer, ACCOUNT_PATHS.retention, { method: 'PUT', body: { siteId, years }, token: token() })).site;
    },
    async organisations() {
      return (await request(organisationsAnswer, ACCOUNT_PATHS.organisations, { method: 'GET', token: token() })).organisations;
    },
    async createOrganisation(body) {
      return (await request(organisationAnswer, ACCOUNT_PATHS.organisations, { method: 'POST', body, token: token() })).organisation;
    },
    async renameOrganisation(organisationId, name) {
      return (await request(organisationAnswer, `${ACCOUNT_PATHS.organisations}/${encodeURIComponent(organisationId)}`, { method: 'PATCH', body: { name }, token: token() })).organisation;
    },
    async logout() {
      await request(z.unknown(), ACCOUNT_PATHS.logout, { method: 'POST', body: {}, token: token() });
    },
  };
}
