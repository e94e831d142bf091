import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { AuditEntry } from '../../domain/accounts';
import type { AuditPage, AuditQuery } from '../../domain/audit';
import { MemoryAccounts } from '../../app/test-support/memory-services';

const COORDINATOR = { id: 'coord-1', name: 'Claire Vandamme', role: 'coordinator' as const, siteIds: ['site-ml-bxl'] };

/** 150 entries, newest first, served 100 at a time like the server, filtered by action and person. */
function journalApi() {
  const queries: AuditQuery[] = [];
  const all: AuditEntry[] = Array.from({ length: 150 }, (_, index) => ({
    id: `e${String(1000 - index)}`,
    at: new Date(Date.UTC(2026, 10, 22, 9, 0) - index * 60_000).toISOString(),
    actorId: index % 3 === 0 ? 'amelie' : 'coord-1',
    actorName: index % 3 === 0 ? 'Amélie Dewinter' : 'Claire Vandamme',
    action: index === 0 ? 'person-file-exported' : index === 1 ? 'spreadsheet-imported' : 'account-updated',
    ...(index === 0 ? { detail: 'person-file-json' } : index === 1 ? { detail: '12/10/4/3/1' } : {}),
    siteIds: ['site-ml-bxl'],
    targetTable: 'users',
    targetId: 'abcdef123456',
  }));
  const api = Object.assign(new MemoryAccounts(), {
    queries,
    async audit(query: AuditQuery = {}): Promise<AuditPage> {
      queries.push(query);
      const matching = all.filter((entry) => (!query.action || entry.action === query.action) && (!query.person || entry.actorId === query.person || entry.targetId === query.person));
      const start = query.cursor ? Number(query.cursor) : 0;
      const page = matching.slice(start, start + 100);
      return start + 100 < matching.length ? { entries: page, nextCursor: String(start + 100) } : { entries: page };
    },
  });
  api.accounts.set('amelie', { id: 'amelie', email: 'amelie@test.be', name: 'Amélie Dewinter', role: 'adviser', siteIds: ['site-ml-bxl'], active: true, devices: [], manageable: true });
  return api;
}

describe('the journal screen', () => {
  it('pages through the whole journal and filters it by action, person and date', async () => {
    const api = journalApi();
    const workspace = createMemoryWorkspace(COORDINATOR, { accounts: api });
    renderApp('/journal', signedInService(workspace));

    expect(await screen.findByRole('table', { name: '100 actions affichées, il y en a d’autres plus anciennes' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Dossier d’une personne exporté (fichier JSON)' })).toBeTruthy();
    expect(
      screen.getByRole('rowheader', { name: 'Tableur importé (personnes : 12, actions SPOC : 10, accompagnements : 4, lignes refusées : 3, doublons écartés : 1)' }),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Afficher les actions plus anciennes' }));
    expect(await screen.findByRole('table', { name: '150 actions' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher les actions plus anciennes' })).toBeNull();
    expect(api.queries.at(-1)).toMatchObject({ cursor: '100' });

    await userEvent.selectOptions(screen.getByLabelText('Action'), 'Dossier d’une personne exporté');
    const table = await screen.findByRole('table', { name: '1 action' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(api.queries.at(-1)).toEqual({ action: 'person-file-exported' });

    await userEvent.selectOptions(screen.getByLabelText('Action'), 'Toutes les actions');
    await userEvent.selectOptions(screen.getByLabelText('Personne (auteur ou concernée)'), 'Amélie Dewinter');
    expect(await screen.findByRole('table', { name: '50 actions' })).toBeTruthy();
    expect(api.queries.at(-1)).toEqual({ person: 'amelie' });

    const from = screen.getByLabelText('Du');
    await userEvent.type(from, '2026-11-01');
    await waitFor(() => expect(api.queries.at(-1)).toEqual({ person: 'amelie', from: '2026-11-01' }));
  }, 60_000);

  it('opens on one person’s entries from a link', async () => {
    const api = journalApi();
    const workspace = createMemoryWorkspace(COORDINATOR, { accounts: api });
    renderApp('/journal?person=abcdef123456', signedInService(workspace));
    expect(await screen.findByRole('table', { name: '100 actions affichées, il y en a d’autres plus anciennes' })).toBeTruthy();
    expect(api.queries[0]).toEqual({ person: 'abcdef123456' });
    expect((screen.getByLabelText('Personne (auteur ou concernée)') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Cette personne (abcdef12…)');
  }, 60_000);
});
