import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { candidatesOf, createMemoryWorkspace, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { WrittenPersonFile } from '../../domain/written-person-file';

describe('a person’s complete file', () => {
  it('shows every record about the person in words, downloads it and logs the export', async () => {
    const workspace = createMemoryWorkspace();
    candidatesOf(workspace).seed('c1', 'site-ml-bxl', { firstName: 'Amina', lastName: 'Benali', birthDate: '1990-04-12', consent: { given: true, date: '2026-01-05', scopes: ['suivi'] } }, 3);
    (workspace.repo('followUpNotes') as unknown as MemoryRepository<'followUpNotes'>).seed('n1', 'site-ml-bxl', { candidateId: 'c1', date: '2026-02-02', text: 'A déposé son CV.' }, 4);
    (workspace.repo('observations') as unknown as MemoryRepository<'observations'>).seed('o1', 'site-ml-bxl', {
      candidateId: 'c1', kind: 'mock-test', metier: 'aide-menager', uc: 'UC2', task: 'Repasser trois chemises', criteria: [{ label: 'Pas de faux pli', result: 'partly' }],
      result: 'partly', observerKind: 'professional', observerName: 'Mme Janssens', date: '2026-03-04',
    }, 6);
    (workspace.repo('followUpNotes') as unknown as MemoryRepository<'followUpNotes'>).seed('n2', 'site-ml-bxl', { candidateId: 'other', date: '2026-02-02', text: 'Someone else' }, 5);
    // The builder's accounts fake keeps the exports reported and has no written file to give.
    const exports = workspace.accounts.exports;
    const createObjectURL = vi.fn(() => 'blob:file');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });

    renderApp('/candidats/c1/dossier-complet', signedInService(workspace));
    expect(await screen.findByRole('heading', { name: 'Dossier complet de Amina Benali', level: 1 })).toBeTruthy();
    // The server could not give its file: the tablet's own, saying it may be incomplete.
    expect(screen.getByText(/ce dossier ne contient que ce que cette tablette détient et peut être incomplet/)).toBeTruthy();
    expect(screen.getByText('12 avril 1990')).toBeTruthy();
    expect(screen.getByText('A déposé son CV.')).toBeTruthy();
    expect(screen.queryByText('Someone else')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Note de suivi : 1' })).toBeTruthy();
    // A mock test in words: its kind, métier, UC with its catalogue label, criteria, result and observer.
    const observations = screen.getByRole('region', { name: 'Observation en situation ou épreuve blanche : 1' });
    for (const words of ['Épreuve blanche', 'Aide-ménager(ère)', "UC2 — Assurer l'entretien du linge", 'Pas de faux pli : En partie atteint', 'En partie atteint', 'Un professionnel bénévole du métier', '4 mars 2026']) {
      expect(within(observations).getByText(words)).toBeTruthy();
    }

    await userEvent.click(screen.getByRole('button', { name: 'Télécharger le dossier (JSON)' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(exports).toEqual([{ id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown, kind: 'person-file-json', candidateId: 'c1' }]));
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger le dossier (JSON)' }));
    // Each export is its own report, with its own id.
    await waitFor(() => expect(new Set(exports.map((report) => report.id)).size).toBe(2));
  });

  it('shows and exports the file the server wrote when online', async () => {
    const workspace = createMemoryWorkspace();
    candidatesOf(workspace).seed('c1', 'site-ml-bxl', { firstName: 'Amina', lastName: 'Benali' }, 3);
    const written: WrittenPersonFile = {
      language: 'fr',
      generatedAt: '2026-03-01T10:00:00.000Z',
      title: 'Dossier complet de Amina Benali',
      sections: [
        { key: 'candidate', title: 'Identité', records: [{ site: 'ML Bruxelles', entries: [{ label: 'Genre', value: 'Femme' }] }] },
        { key: 'followUpNotes', title: 'Notes de suivi : 1', records: [{ site: 'ML Laeken', entries: [{ label: 'Texte', value: 'Note d’un autre site' }] }] },
      ],
    };
    const asked: string[] = [];
    workspace.accounts.personFile = async (id, language) => {
      asked.push(`${id} ${language}`);
      return written;
    };
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), 'blob:file')), revokeObjectURL: vi.fn() });

    renderApp('/candidats/c1/dossier-complet', signedInService(workspace));
    expect(await screen.findByText('Note d’un autre site')).toBeTruthy();
    expect(screen.getByText(/rassemblé par le serveur/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Notes de suivi : 1' })).toBeTruthy();
    expect(asked).toEqual(['c1 fr']);
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger le dossier (JSON)' }));
    expect(JSON.parse(await blobs[0]!.text())).toEqual(written);
  });
});
