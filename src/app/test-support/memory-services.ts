// In-memory fakes of the Workspace's services (src/sync/workspace.ts), one per member, for the
// component tests' builder (memory-workspace.ts). Each keeps what it was given and answers as the
// real one would, with no IndexedDB and no network; the online APIs answer as a reachable server
// holding nothing yet. Tests read their fields (`journal.entries`, `drafts.rows`…) or override the
// member. Never imported by the app bundle.
import { createHash } from 'node:crypto';
import type { AccountSummary, ChangePasswordBody, CreateAccountBody, CreateOrganisationBody, OrganisationSummary, RetentionSetting, UpdateAccountBody } from '../../domain/accounts';
import type { AuditPage, ExportReport, ImportReport, PendingJournalEntry } from '../../domain/audit';
import type { MergeAnswer, TransferAnswer } from '../../domain/file-admin';
import type { MovedWork } from '../../domain/report/moved-work';
import type { WrittenPersonFile } from '../../domain/written-person-file';
import type { ConflictRow } from '../../domain/wire';
import { kindOfMediaType } from '../../domain/attachments';
import { isValidPin, type PinCheck, type PinGate } from '../../db/pin';
import type { CandidateLock } from '../../db/candidate-lock';
import type { AccountsApi } from '../../sync/accounts-api';
import { siteVoicesByText, type Attachments, type NewAttachment } from '../../sync/attachments';
import type { ConflictsApi, ResolveChoice } from '../../sync/conflicts-api';
import type { FileAdminApi } from '../../sync/file-admin-api';
import type { Journal } from '../../sync/journal';
import type { MovedWorkApi } from '../../sync/moved-work-api';
import type { ReportTargetEntry, ReportTargetFigures, ReportTargetsApi } from '../../sync/report-targets-api';
import type { SiteYearEntry, SiteYearFigures, SiteYearFiguresApi } from '../../sync/site-year-figures-api';
import { TransportError } from '../../sync/transport';
import type { AttentionInbox, AttentionItem, Repository, TabletLock, Workspace } from '../../sync/workspace';

/** The memory workspace's tablet id. */
export const TEST_DEVICE_ID = '5c0ffee0-1a2b-4c3d-8e4f-0123456789ab';

/** The PIN gate: 5 wrong PINs in a row lock out (the count starts over), as src/db/pin.ts. */
export class MemoryPin implements PinGate {
  wrongInARow = 0;
  constructor(public pin?: string) {}
  async isSet() {
    return this.pin !== undefined;
  }
  async set(pin: string) {
    if (!isValidPin(pin)) throw new RangeError('a PIN is 4 to 6 digits');
    this.pin = pin;
    this.wrongInARow = 0;
  }
  async verify(pin: string): Promise<PinCheck> {
    if (this.pin === undefined) return { result: 'not-set' };
    if (pin === this.pin) {
      this.wrongInARow = 0;
      return { result: 'ok' };
    }
    this.wrongInARow += 1;
    if (this.wrongInARow < 5) return { result: 'wrong', remaining: 5 - this.wrongInARow };
    this.wrongInARow = 0;
    return { result: 'locked-out' };
  }
}

/** The tablet locked to a sitting, kept in memory instead of the directory database. */
export class MemoryCandidateLock implements CandidateLock {
  private positioningId: string | undefined;
  private readonly listeners = new Set<(positioningId: string | undefined) => void>();
  current() {
    return this.positioningId;
  }
  async load() {
    return this.positioningId;
  }
  async lock(positioningId: string) {
    this.set(positioningId);
  }
  async unlock() {
    this.set(undefined);
  }
  subscribe(listener: (positioningId: string | undefined) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
  private set(positioningId: string | undefined) {
    this.positioningId = positioningId;
    for (const listener of this.listeners) listener(positioningId);
  }
}

/** A browser without the tablet's own lock (jsdom has no WebAuthn). */
export const memoryTabletLock = (): TabletLock => ({ supported: false, isEnrolled: async () => false, enrol: async () => 'no-prf' });

type DraftStore = Workspace['drafts'];

export class MemoryDrafts implements DraftStore {
  readonly rows = new Map<string, { values: unknown; updatedAt: string; candidateId?: string }>();
  saves = 0;

  async save(key: string, values: unknown, candidateId?: string) {
    this.saves += 1;
    this.rows.set(key, { values: structuredClone(values), updatedAt: '2026-11-23T09:30:00.000Z', candidateId });
  }
  async load<V>(key: string) {
    const row = this.rows.get(key);
    return row ? { values: structuredClone(row.values) as V, updatedAt: row.updatedAt } : undefined;
  }
  async remove(key: string) {
    this.rows.delete(key);
  }
  async removeForCandidate(candidateId: string) {
    for (const [key, row] of this.rows) if (row.candidateId === candidateId) this.rows.delete(key);
  }
}

export type MemoryRecordings = Workspace['recordings'] & { clips: Map<string, { audio: ArrayBuffer; mimeType: string }> };

export function memoryRecordings(): MemoryRecordings {
  const clips = new Map<string, { audio: ArrayBuffer; mimeType: string }>();
  return {
    clips,
    keys: async () => [...clips.keys()],
    get: async (key) => {
      const clip = clips.get(key);
      return clip ? { ...clip, updatedAt: '2026-01-01T00:00:00.000Z' } : undefined;
    },
    save: async (key, audio, mimeType) => void clips.set(key, { audio, mimeType }),
    remove: async (key) => void clips.delete(key),
  };
}

export type MemoryAttachments = Attachments & { bytes: Map<string, ArrayBuffer> };

/** Attachments over the workspace's `attachments` repository (asked for on first use), their bytes in a map by hash. */
export function memoryAttachments(repoOf: () => Repository<'attachments'>): MemoryAttachments {
  const bytes = new Map<string, ArrayBuffer>();
  return {
    bytes,
    async add(input: NewAttachment) {
      // jsdom's ArrayBuffer is not WebCrypto's: hashed with Node's own.
      const sha256 = createHash('sha256').update(new Uint8Array(input.bytes)).digest('hex');
      bytes.set(sha256, input.bytes);
      const { siteId, bytes: _bytes, ...rest } = input;
      const kind = kindOfMediaType(input.mediaType);
      return repoOf().create(siteId, { kind, size: input.bytes.byteLength, sha256, createdAt: '2026-12-06T10:00:00.000Z', ...rest });
    },
    async remove(id) {
      await repoOf().remove(id);
    },
    bytesOf: async (attachment) => bytes.get(attachment.data.sha256 ?? ''),
    uploadPending: async () => ({ uploaded: 0, waiting: 0, refused: 0 }),
    afterSync: async () => undefined,
    space: async () => ({ usedBytes: [...bytes.values()].reduce((sum, held) => sum + held.byteLength, 0), budgetBytes: 0, pendingCount: 0, pendingBytes: 0, downloadedCount: 0 }),
    setBudget: async () => undefined,
    async siteVoice(language, clipId) {
      const record = siteVoicesByText(await repoOf().list()).get(`${language}/${clipId}`);
      const audio = record ? bytes.get(record.data.sha256 ?? '') : undefined;
      return record?.data.mediaType && audio ? { audio, mimeType: record.data.mediaType } : undefined;
    },
  };
}

export class MemoryAttention implements AttentionInbox {
  items: AttentionItem[] = [];
  async list() {
    return [...this.items];
  }
  async dismiss(kind: AttentionItem['kind'], localId: number) {
    this.items = this.items.filter((item) => item.kind !== kind || item.localId !== localId);
  }
}

export class MemoryConflicts implements ConflictsApi {
  rows: ConflictRow[] = [];
  readonly resolved: { conflictId: string; choice: ResolveChoice }[] = [];
  async list() {
    return [...this.rows];
  }
  async resolve(conflictId: string, choice: ResolveChoice) {
    this.resolved.push({ conflictId, choice });
    this.rows = this.rows.filter((row) => row.id !== conflictId);
  }
}

/** Figures per site and year (past years), or per organisation and year (targets), as the server keeps them. */
class MemoryYearFigures<Entry extends { year: number }, Figures extends Entry, Owner> {
  rows: Entry[] = [];
  private remembered: Entry[] | undefined;
  constructor(private readonly ownerOf: (entry: Entry) => Owner) {}
  async list() {
    return this.keep(this.rows);
  }
  async save(figures: Figures): Promise<Entry> {
    const entry: Entry = { ...figures, enteredBy: 'user-1', enteredAt: '2026-11-23T10:00:00.000Z' };
    this.rows = [...this.rows.filter((row) => !this.same(row, this.ownerOf(entry), entry.year)), entry];
    this.keep(this.rows);
    return entry;
  }
  async remove(owner: Owner, year: number) {
    this.rows = this.rows.filter((row) => !this.same(row, owner, year));
    this.keep(this.rows);
  }
  cached() {
    return this.remembered;
  }
  remember(rows: readonly Entry[]) {
    this.remembered = [...rows];
  }
  private same(row: Entry, owner: Owner, year: number) {
    return this.ownerOf(row) === owner && row.year === year;
  }
  private keep(rows: Entry[]) {
    this.remember(rows);
    return [...rows];
  }
}

export const memoryPastYears = (): SiteYearFiguresApi & { rows: SiteYearEntry[] } =>
  new MemoryYearFigures<SiteYearEntry, SiteYearFigures & SiteYearEntry, string>((entry) => entry.siteId);

export const memoryReportTargets = (): ReportTargetsApi & { rows: ReportTargetEntry[] } =>
  new MemoryYearFigures<ReportTargetEntry, ReportTargetFigures & ReportTargetEntry, string | null>((entry) => entry.organisationId);

/** No work of these sites is held elsewhere. */
export function memoryMovedWork(): MovedWorkApi {
  const none: MovedWork = { candidates: [], spocActions: [], accompaniments: [], attendance: [], validationSteps: [], moduleWork: [], positionings: [] };
  let fetched: MovedWork | undefined;
  return {
    fetch: async () => (fetched = none),
    cached: () => fetched,
  };
}

/** Transfers and merges answered as done; the records change with a later pull (seed them). */
export class MemoryFileAdmin implements FileAdminApi {
  readonly calls: { op: 'transfer' | 'merge'; id: string; to: string }[] = [];
  async transfer(candidateId: string, siteId: string): Promise<TransferAnswer> {
    this.calls.push({ op: 'transfer', id: candidateId, to: siteId });
    return { ok: true, rev: 100, moved: 0 };
  }
  async merge(mergedAwayId: string, keptId: string): Promise<MergeAnswer> {
    this.calls.push({ op: 'merge', id: mergedAwayId, to: keptId });
    return { ok: true, rev: 101, repointed: 0 };
  }
}

/** Accounts, organisations, retention and the journal as a server holding none yet. */
export class MemoryAccounts implements AccountsApi {
  readonly accounts = new Map<string, AccountSummary>();
  readonly organisationList: OrganisationSummary[] = [];
  readonly retentionSettings = new Map<string, RetentionSetting>();
  readonly exports: ExportReport[] = [];
  readonly imports: ImportReport[] = [];
  readonly calls: string[] = [];

  async list() {
    return [...this.accounts.values()];
  }
  async create(body: CreateAccountBody) {
    const created: AccountSummary = { id: `account-${this.accounts.size + 1}`, email: body.email, name: body.name, role: body.role, siteIds: body.siteIds, active: true, devices: [], manageable: true };
    this.accounts.set(created.id, created);
    return created;
  }
  async update(userId: string, body: UpdateAccountBody) {
    const updated = { ...this.known(userId), ...body } as AccountSummary;
    this.accounts.set(userId, updated);
    return updated;
  }
  async resetPassword(userId: string) {
    this.known(userId);
    this.calls.push(`reset ${userId}`);
  }
  async revokeDevice(userId: string, deviceId: string) {
    const account = this.known(userId);
    const updated = { ...account, devices: account.devices.map((device) => (device.deviceId === deviceId ? { ...device, revokedAt: '2026-11-23T10:00:00.000Z' } : device)) };
    this.accounts.set(userId, updated);
    return updated;
  }
  async changeOwnPassword(_body: ChangePasswordBody) {
    this.calls.push('change own password');
  }
  async audit(): Promise<AuditPage> {
    return { entries: [] };
  }
  async recordExport(body: ExportReport) {
    this.exports.push(body);
  }
  async recordImport(body: ImportReport) {
    this.imports.push(body);
  }
  async personFile(_candidateId: string, _language: string): Promise<WrittenPersonFile> {
    // The written file is the server's work from its own records: this fake has none.
    throw new TransportError('bad_request', { status: 404, body: { error: 'not_found' } });
  }
  async logout() {
    this.calls.push('logout');
  }
  async retention() {
    return [...this.retentionSettings.values()];
  }
  async setRetention(siteId: string, years: number) {
    const setting = { siteId, years, setBy: 'user-1', setAt: '2026-11-23T10:00:00.000Z' };
    this.retentionSettings.set(siteId, setting);
    return setting;
  }
  async organisations() {
    return [...this.organisationList];
  }
  async createOrganisation(body: CreateOrganisationBody) {
    const created = { id: body.id, name: body.name, siteIds: [] };
    this.organisationList.push(created);
    return created;
  }
  async renameOrganisation(organisationId: string, name: string) {
    const organisation = this.organisationList.find((candidate) => candidate.id === organisationId);
    if (!organisation) throw new TransportError('bad_request', { status: 404, body: { error: 'not_found' } });
    organisation.name = name;
    return { ...organisation };
  }
  private known(userId: string): AccountSummary {
    const account = this.accounts.get(userId);
    if (!account) throw new TransportError('bad_request', { status: 404, body: { error: 'not_found' } });
    return account;
  }
}

/** The journal's queue, sent at once to the accounts API (as to a reachable server): `entries` is what was recorded. */
export class MemoryJournal implements Journal {
  readonly entries: PendingJournalEntry[] = [];
  constructor(private readonly accounts: () => AccountsApi) {}
  async record(entry: PendingJournalEntry) {
    this.entries.push(entry);
    await (entry.kind === 'export' ? this.accounts().recordExport(entry.report) : this.accounts().recordImport(entry.report));
  }
  async sendPending() {}
}
