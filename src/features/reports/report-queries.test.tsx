// The reports screen's input read model: one subscription per table it counts, each by the report's
// fields (`watchReport`: the candidates decrypted, since the data-quality panel compares names, the
// other tables by their clear fields, the first answer from the kept report, db/kept-report.ts),
// and no separate first read of any table.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace, TEST_USER, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { ReportTable } from '../../domain/report';
import type { SyncedTable } from '../../domain/tables';
import type { Workspace } from '../../sync/workspace';
import { reportTestInput, SITES } from './test-data';

const REPORT_TABLES: ReportTable[] = ['candidates', 'spocActions', 'accompaniments', 'moduleSessions', 'attendance', 'validationSteps', 'moduleWork', 'positionings'];

const repoOf = (workspace: Workspace, table: SyncedTable) => workspace.repo(table) as unknown as MemoryRepository<SyncedTable>;

/** An administrator's workspace holding the report's test input and its sites. */
function seededWorkspace() {
  const workspace = createMemoryWorkspace({ ...TEST_USER, role: 'admin' });
  const input = reportTestInput();
  for (const table of REPORT_TABLES) {
    for (const record of input[table] ?? []) repoOf(workspace, table).seed(record.id, record.siteId, record.data);
  }
  for (const site of SITES) (workspace.repo('sites') as MemoryRepository<'sites'>).seed(site.id, site.id, site.data);
  return workspace;
}

describe('the reports screen', () => {
  it('reads its input with one subscription per table, each by the fields the report reads, and no list()', async () => {
    const workspace = seededWorkspace();
    renderApp('/rapports', signedInService(workspace));
    await screen.findByRole('table', { name: 'SPOC par site' });

    const reads = Object.fromEntries(REPORT_TABLES.map((table) => [table, { subscriptions: repoOf(workspace, table).subscriptions.map(({ kind }) => kind), lists: repoOf(workspace, table).listCalls }]));
    expect(reads).toEqual({
      candidates: { subscriptions: ['watchReport'], lists: 0 },
      spocActions: { subscriptions: ['watchReport'], lists: 0 },
      accompaniments: { subscriptions: ['watchReport'], lists: 0 },
      moduleSessions: { subscriptions: ['watchReport'], lists: 0 },
      attendance: { subscriptions: ['watchReport'], lists: 0 },
      validationSteps: { subscriptions: ['watchReport'], lists: 0 },
      moduleWork: { subscriptions: ['watchReport'], lists: 0 },
      positionings: { subscriptions: ['watchReport'], lists: 0 },
    });
  });

  it('reopens in the same session from the last answers, before any table answers again', async () => {
    const workspace = seededWorkspace();
    const first = renderApp('/rapports', signedInService(workspace));
    const figures = (await screen.findByRole('table', { name: 'SPOC par site' })).textContent;
    first.unmount();

    // From now on no table answers: what the screen shows comes from the session's memory.
    const silent = () => () => undefined;
    for (const table of [...REPORT_TABLES, 'sites'] as const) Object.assign(workspace.repo(table), { watch: silent, watchReport: silent });
    renderApp('/rapports', signedInService(workspace));
    expect((await screen.findByRole('table', { name: 'SPOC par site' })).textContent).toBe(figures);
  });
});
