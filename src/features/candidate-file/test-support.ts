// Component-test helpers of the candidate file (never imported by the app bundle): one person,
// another one to name in a collective session, and their site with an outreach place.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TableData } from '../../domain/entities';
import type { SyncedTable } from '../../domain/tables';
import type { Repository, Workspace } from '../../sync/workspace';

/** The in-memory repository of the test workspace, with its seeding and its recorded calls. */
type SeededRepository<T extends SyncedTable> = Repository<T> & {
  seed(id: string, siteId: string, data: TableData[T]): unknown;
  calls: { op: 'create' | 'update' | 'remove'; id: string; siteId?: string; data?: unknown }[];
};

export function repoOf<T extends SyncedTable>(workspace: Workspace, table: T): SeededRepository<T> {
  return workspace.repo(table) as SeededRepository<T>;
}

export function seedFile<W extends Workspace>(workspace: W): W {
  repoOf(workspace, 'candidates').seed('c-1', 'site-ml-bxl', {
    firstName: 'Amina',
    lastName: 'El Idrissi',
    birthDate: '1994',
    communeCode: 'schaerbeek',
    languages: ['ar', 'fr'],
    consent: { given: true, date: '2026-01-05', scopes: ['suivi'], recordedBy: 'user-1' },
  });
  repoOf(workspace, 'candidates').seed('c-2', 'site-ml-bxl', { firstName: 'Jan', lastName: 'Peeters' });
  repoOf(workspace, 'sites').seed('site-ml-bxl', 'site-ml-bxl', {
    name: 'Mission Locale de Bruxelles-Ville',
    kind: 'mission-locale',
    outreachPlaces: ['CPAS de Bruxelles'],
  });
  return workspace;
}

/** Waits for Amina's file once the caller has rendered `/candidats/c-1`. */
export async function fileOpened<W extends Workspace>(workspace: W) {
  await screen.findByRole('heading', { name: 'Amina El Idrissi', level: 1 });
  return { workspace, user: userEvent.setup() };
}
