// Opening a person's file costs one query per table it needs, over that person's rows: no screen
// part subscribes to a whole table of people's records and filters it in React.
import { describe, expect, it } from 'vitest';
import type { MemoryRepository } from '../../app/test-support/memory-workspace';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { SyncedTable } from '../../domain/tables';
import { fileOpened, repoOf, seedFile } from './test-support';

describe("a person's file", { timeout: 60_000 }, () => {
  it('opens with one query per table, by the person or their rows, and the small tables (sites, colleagues, code lists) read whole', async () => {
    const workspace = seedFile(createMemoryWorkspace());
    repoOf(workspace, 'moduleSessions').seed('s-1', 'site-ml-bxl', { module: 'fle', date: '2026-02-01' });
    repoOf(workspace, 'moduleSessions').seed('s-2', 'site-ml-bxl', { module: 'steam', date: '2026-02-08' });
    repoOf(workspace, 'attendance').seed('r-1', 'site-ml-bxl', { sessionId: 's-1', candidateId: 'c-1', status: 'present' });
    repoOf(workspace, 'attendance').seed('r-2', 'site-ml-bxl', { sessionId: 's-2', candidateId: 'c-2', status: 'present' });
    repoOf(workspace, 'accompaniments').seed('a-1', 'site-ml-bxl', { candidateId: 'c-1', metier: 'aide-menager', startDate: '2026-01-10', status: 'open' });
    renderApp('/candidats/c-1', signedInService(workspace));
    await fileOpened(workspace);
    // Painted once, whole: the modules block already has the session of the dependent query.
    expect(document.querySelector('a[href="/modules/s-1"]')).not.toBeNull();
    expect(document.querySelector('a[href="/modules/s-2"]')).toBeNull();

    const subscriptions = Object.fromEntries(
      [...workspace.repos.entries()].map(([table, repo]) => [table, (repo as MemoryRepository<SyncedTable>).subscriptions.map(({ kind, field, values }) => (kind === 'watch' ? 'whole table' : `${field} in ${values?.join(',')}`))]),
    );
    expect(subscriptions).toEqual({
      candidates: ['id in c-1'],
      spocActions: ['candidateIds in c-1'],
      accompaniments: ['candidateId in c-1'],
      positionings: ['candidateId in c-1'],
      attendance: ['candidateId in c-1'],
      validationSteps: ['candidateId in c-1'],
      followUpNotes: ['candidateId in c-1'],
      moduleWork: ['candidateId in c-1'],
      observations: ['candidateId in c-1'],
      moduleSessions: ['id in s-1'],
      sites: ['whole table'],
      users: ['whole table'],
      metiers: ['whole table'],
      siteMetiers: ['whole table'],
    });
  });
});
