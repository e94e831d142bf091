// Likely duplicates that arrived by sync stay on "À vérifier" after a reload until someone decides,
// every "à vérifier" counter counts them, and their label says what matched.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CandidateData } from '../../../domain/entities';
import { MemoryDrafts } from '../../../app/test-support/memory-services';
import { TEST_USER, candidatesOf, createMemoryWorkspace } from '../../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../../app/test-support/render-app';
import { duplicatesSection } from './duplicates-section.test-support';
import { KEPT_PAIRS_KEY } from '../index/kept-duplicate-pairs';

const FILES: [string, string, CandidateData][] = [
  ['c-1', 'site-ml-bxl', { firstName: 'Mohammed', lastName: 'El Amrani', birthDate: '1990-03-12' }],
  ['c-2', 'site-cpas', { firstName: 'Muhammad', lastName: 'Al-Amrani', birthDate: '1990-03-12' }],
];

/** A new page on the same tablet: a new workspace over the same files and the same drafts. */
function pageOnTablet(drafts: MemoryDrafts, files: typeof FILES) {
  const workspace = createMemoryWorkspace(TEST_USER, { drafts });
  for (const [id, siteId, data] of files) candidatesOf(workspace).seed(id, siteId, data);
  return workspace;
}

describe('likely duplicates kept until someone decides', { timeout: 60_000 }, () => {
  it('are still listed and counted after a reload, and leave once marked "not the same person"', async () => {
    const drafts = new MemoryDrafts(); // the drafts store of one tablet, outliving a page
    const first = pageOnTablet(drafts, FILES.slice(0, 1));
    renderApp('/a-verifier', signedInService(first));
    let section = await duplicatesSection();
    await act(async () => {
      const [id, siteId, data] = FILES[1] as (typeof FILES)[number];
      candidatesOf(first).seed(id, siteId, data);
      candidatesOf(first)['emit']();
    });
    await within(section).findByRole('listitem', { name: 'Paire de dossiers semblables' });
    expect(drafts.rows.get(KEPT_PAIRS_KEY)?.values).toEqual([expect.objectContaining({ firstId: 'c-1', secondId: 'c-2' })]);
    cleanup();

    // The reload: nothing arrives by sync this time, the pair is still there and counted.
    const second = pageOnTablet(drafts, FILES);
    renderApp('/a-verifier', signedInService(second));
    section = await duplicatesSection();
    const pair = await within(section).findByRole('listitem', { name: 'Paire de dossiers semblables' });
    expect(pair.textContent).toContain('Très probable : nom ressemblant, même date de naissance');
    expect(await screen.findByRole('link', { name: '1 à vérifier' })).toBeTruthy();

    await userEvent.setup().click(within(section).getByRole('button', { name: /ne sont pas la même personne/ }));
    await within(section).findByText('Aucun doublon probable.');
    expect(screen.queryByRole('link', { name: '1 à vérifier' })).toBeNull();
    await waitFor(() => expect(drafts.rows.has(KEPT_PAIRS_KEY)).toBe(false));
  });

  it('counts them on the home screen', async () => {
    const drafts = new MemoryDrafts(); // the drafts store of one tablet, outliving a page
    await drafts.save(KEPT_PAIRS_KEY, [
      { firstId: 'c-1', secondId: 'c-2', match: { id: 'c-2', score: 0.91, level: 'certain', reasons: ['similar-name', 'phonetic', 'same-birth-date'] } },
    ]);
    renderApp('/', signedInService(pageOnTablet(drafts, FILES)));
    const attention = await screen.findByText('À vérifier', { selector: 'dt' });
    await within(attention.parentElement as HTMLElement).findByText('1', { exact: false });
  });
});
