// "Pas la même personne" on a flagged pair: stored on a file (synced), and the pair is not flagged again.
import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidatesOf, createMemoryWorkspace } from '../../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../../app/test-support/render-app';
import { duplicatesSection, SCAN_ALL } from './duplicates-section.test-support';

describe('marking a flagged pair as two different people', { timeout: 60_000 }, () => {
  it('stores the mark on one file, then neither the list nor a full search flags the pair again', async () => {
    const workspace = createMemoryWorkspace();
    const candidates = candidatesOf(workspace);
    candidates.seed('c-1', 'site-ml-bxl', { firstName: 'Mohammed', lastName: 'El Amrani', birthDate: '1990-03-12' });
    renderApp('/a-verifier', signedInService(workspace));
    const section = await duplicatesSection();
    await within(section).findByText('Aucun doublon probable.');
    await act(async () => {
      candidates.seed('c-2', 'site-cpas', { firstName: 'Muhammad', lastName: 'Al-Amrani', birthDate: '1990-03-12' });
      candidates['emit']();
    });
    await within(section).findByRole('listitem', { name: 'Paire de dossiers semblables' });

    const user = userEvent.setup();
    await user.click(within(section).getByRole('button', { name: 'Mohammed El Amrani et Muhammad Al-Amrani ne sont pas la même personne' }));
    await within(section).findByText("C'est noté : ces deux dossiers ne seront plus signalés comme doublon.");
    expect(candidates.calls.at(-1)).toEqual({ op: 'update', id: 'c-1', data: { notSamePersonAs: ['c-2'] } });
    expect(within(section).queryByRole('listitem', { name: 'Paire de dossiers semblables' })).toBeNull();

    await user.click(within(section).getByRole('button', { name: SCAN_ALL }));
    await within(section).findByText('Recherche terminée dans 2 dossiers.');
    expect(within(section).queryByRole('listitem', { name: 'Paire de dossiers semblables' })).toBeNull();
  });

  it('no longer flags a merged-away file', async () => {
    const workspace = createMemoryWorkspace();
    const candidates = candidatesOf(workspace);
    candidates.seed('c-1', 'site-ml-bxl', { firstName: 'Fatima', lastName: 'Benali', birthDate: '1982-07-01' });
    candidates.seed('c-2', 'site-ml-bxl', { firstName: 'Fatma', lastName: 'Ben Ali', birthDate: '1982-07-01', mergedInto: 'c-1' });
    renderApp('/a-verifier', signedInService(workspace));
    const section = await duplicatesSection();
    await userEvent.setup().click(within(section).getByRole('button', { name: SCAN_ALL }));
    await within(section).findByText('Recherche terminée dans 1 dossiers.');
    expect(within(section).queryByRole('listitem', { name: 'Paire de dossiers semblables' })).toBeNull();
  });
});
