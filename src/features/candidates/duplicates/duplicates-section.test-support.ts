// The "À vérifier" duplicates section in component tests: found once the workspace's candidate
// index is built (it is built after the first render, in turns), when its full search can start.
import { screen, waitFor, within } from '@testing-library/react';

const SECTION = 'Doublons possibles arrivés par synchronisation';
export const SCAN_ALL = 'Chercher les doublons dans tous les dossiers';

export async function duplicatesSection(): Promise<HTMLElement> {
  const section = await screen.findByRole('region', { name: SECTION });
  await waitFor(() => {
    if ((within(section).getByRole('button', { name: SCAN_ALL }) as HTMLButtonElement).disabled) throw new Error('the index is not built yet');
  });
  return section;
}
