// Component-test helpers of a coordinator's transfer and merge (never imported by the app bundle):
// a fake endpoint that records the calls; a transfer changes the local record as the next pull would.
import type { MergeAnswer, TransferAnswer } from '../../domain/file-admin';
import type { FileAdminApi } from '../../sync/file-admin-api';
import type { Workspace } from '../../sync/workspace';
import { repoOf } from './test-support';

/** Tells the watchers of a memory repository, as a pull would. */
function announce(repository: unknown): void {
  (repository as { emit(): void }).emit();
}

export class FakeFileAdmin implements FileAdminApi {
  readonly calls: { op: 'transfer' | 'merge'; id: string; to: string; handoverNote?: string }[] = [];
  /** When set, every call rejects with it and changes nothing. */
  failWith: Error | undefined;
  constructor(private readonly workspace: Workspace) {}

  async transfer(candidateId: string, siteId: string, handoverNote?: string): Promise<TransferAnswer> {
    this.calls.push({ op: 'transfer', id: candidateId, to: siteId, ...(handoverNote ? { handoverNote } : {}) });
    if (this.failWith) throw this.failWith;
    const candidates = repoOf(this.workspace, 'candidates');
    const record = await candidates.get(candidateId);
    if (record) candidates.seed(candidateId, siteId, record.data);
    announce(candidates);
    return { ok: true, rev: 100, moved: 0 };
  }

  async merge(mergedAwayId: string, keptId: string): Promise<MergeAnswer> {
    this.calls.push({ op: 'merge', id: mergedAwayId, to: keptId });
    if (this.failWith) throw this.failWith;
    // The merged records reach this tablet with a later pull (seed them to test what follows).
    return { ok: true, rev: 101, repointed: 0 };
  }
}

export function withFakeFileAdmin<W extends Workspace>(workspace: W): W & { fileAdmin: FakeFileAdmin } {
  const fileAdmin = new FakeFileAdmin(workspace);
  return Object.assign(workspace, { fileAdmin });
}
