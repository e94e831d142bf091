// PhotoField with any owner (the observations table is wired in by the lead): take a photo (the
// shrink step stubbed: jsdom has no canvas), see its thumbnail, remove it after a confirmation.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { createI18n } from '../../i18n';
import type { Workspace } from '../../sync/workspace';
import { fittedSize } from './shrink-photo';
import { PhotoField } from './PhotoField';

let workspace: Workspace;
vi.mock('../session/session-context', () => ({ useWorkspace: () => workspace }));

describe('PhotoField', () => {
  it('takes a photo shrunk on the tablet, shows its thumbnail, and removes it after a confirmation', async () => {
    const built = createMemoryWorkspace();
    workspace = built;
    URL.createObjectURL = () => 'blob:thumbnail';
    URL.revokeObjectURL = () => undefined;
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).buffer;
    const shrink = vi.fn(async () => ({ bytes: jpeg, mediaType: 'image/jpeg' as const, width: 1600, height: 1200 }));
    const user = userEvent.setup({ delay: null });
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <PhotoField ownerTable="observations" ownerId="obs-1" candidateId="person-1" shrink={shrink} />
      </I18nextProvider>,
    );
    expect(await screen.findByText('Pas encore de photo.')).toBeTruthy();
    const input = screen.getByLabelText('Prendre une photo');
    expect(input.getAttribute('capture')).toBe('environment');
    expect(input.getAttribute('accept')).toBe('image/*');

    await user.upload(input, new File([new Uint8Array(4000)], 'IMG_0001.jpg', { type: 'image/jpeg' }));
    await screen.findByText('Photo ajoutée.');
    expect(shrink).toHaveBeenCalledOnce();
    const [record] = await built.repo('attachments').list();
    expect(record?.data).toMatchObject({ kind: 'photo', ownerTable: 'observations', ownerId: 'obs-1', candidateId: 'person-1', mediaType: 'image/jpeg', width: 1600, height: 1200 });
    expect(await screen.findByRole('img', { name: /Photo 1 du/ })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Retirer cette photo 1' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Retirer' }));
    await waitFor(() => expect(screen.queryByRole('img')).toBeNull());
    expect(await built.repo('attachments').list()).toEqual([]);
  });

  it('fits a photo within the stated maximum edge, never enlarging a small one', () => {
    expect(fittedSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fittedSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(fittedSize(800, 600)).toEqual({ width: 800, height: 600 });
  });
});
