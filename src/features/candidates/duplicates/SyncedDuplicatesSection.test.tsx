// "À vérifier" lists files that arrived by sync and look like an existing one, and can look for
// likely duplicates among every file on request.
import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidatesOf, createMemoryWorkspace } from '../../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../../app/test-support/render-app';
import { duplicatesSection, SCAN_ALL } from './duplicates-section.test-support';

describe('likely duplicates on "À vérifier"', { timeout: 60_000 }, () => {
  it('shows a pulled file that looks like an existing one, with a link to each', async () => {
    const workspace = createMemoryWorkspace();
    const candidates = candidatesOf(workspace);
    candidates.seed('c-1', 'site-ml-bxl', { firstName: 'Mohammed', lastName: 'El Amrani', birthDate: '1990-03-12' });
    renderApp('/a-verifier', signedInService(workspace));
    const section = await duplicatesSection();
    await within(section).findByText('Aucun doublon probable.');

    // A file created on another tablet arrives with the next pull.
    await act(async () => {
      candidates.seed('c-2', 'site-cpas', { firstName: 'Muhammad', lastName: 'Al-Amrani', birthDate: '1990-03-12' });
      candidates['emit']();
    });
    const pair = await within(section).findByRole('listitem', { name: 'Paire de dossiers semblables' });
    expect(within(pair).getByText('Mohammed El Amrani')).toBeTruthy();
    expect(within(pair).getByText('Muhammad Al-Amrani')).toBeTruthy();
    expect(within(pair).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/candidats/c-1', '/candidats/c-2']);
  });

  it('finds likely duplicates among every file on request', async () => {
    const workspace = createMemoryWorkspace();
    const candidates = candidatesOf(workspace);
    candidates.seed('c-1', 'site-ml-bxl', { firstName: 'Fatima', lastName: 'Benali', birthDate: '1982-07-01' });
    candidates.seed('c-2', 'site-ml-bxl', { firstName: 'Fatma', lastName: 'Ben Ali', birthDate: '1982-07-01' });
    candidates.seed('c-3', 'site-ml-bxl', { firstName: 'Jan', lastName: 'Peeters', birthDate: '1982-07-01' });
    renderApp('/a-verifier', signedInService(workspace));
    const section = await duplicatesSection();
    await within(section).findByText('Aucun doublon probable.');
    await userEvent.setup().click(within(section).getByRole('button', { name: SCAN_ALL }));
    await within(section).findByText('Recherche terminée dans 3 dossiers.');
    const pairs = within(section).getAllByRole('listitem', { name: 'Paire de dossiers semblables' });
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.textContent).toContain('Fatima Benali');
    expect(pairs[0]?.textContent).not.toContain('Peeters');
  });
});
