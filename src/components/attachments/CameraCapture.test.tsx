// The page's live camera: opened on demand, its frame taken as the photo (the canvas step stubbed:
// jsdom has no canvas nor camera), the camera stopped once the photo is taken; a refusal is said.
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n';
import { CameraCapture } from './CameraCapture';

function fakeCamera(getUserMedia: () => Promise<unknown>) {
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
}

afterEach(() => {
  Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
});

const photo = { bytes: new Uint8Array([0xff, 0xd8, 0xff]).buffer, mediaType: 'image/jpeg' as const, width: 640, height: 480 };

function renderCamera(onPhoto: () => Promise<void>, capture = vi.fn(async () => photo)) {
  render(
    <I18nextProvider i18n={createI18n('fr')}>
      <CameraCapture disabled={false} onPhoto={onPhoto} capture={capture} />
    </I18nextProvider>,
  );
  return capture;
}

describe('CameraCapture', () => {
  it('opens the camera, takes its frame as the photo, and stops the camera', async () => {
    const track = { stop: vi.fn() };
    fakeCamera(async () => ({ getTracks: () => [track] }));
    const onPhoto = vi.fn(async () => undefined);
    const capture = renderCamera(onPhoto);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Ouvrir la caméra' }));
    const take = await screen.findByRole('button', { name: 'Prendre la photo' });
    expect((take as HTMLButtonElement).disabled).toBe(true); // no frame yet
    fireEvent.loadedData(screen.getByLabelText('Image de la caméra'));
    await user.click(take);
    expect(capture).toHaveBeenCalledTimes(1);
    expect(onPhoto).toHaveBeenCalledWith(photo);
    expect(track.stop).toHaveBeenCalled();
    expect(await screen.findByRole('button', { name: 'Ouvrir la caméra' })).toBeTruthy();
  });

  it('says so when the camera is refused, and takes nothing', async () => {
    fakeCamera(async () => Promise.reject(new Error('NotAllowedError')));
    const onPhoto = vi.fn(async () => undefined);
    const capture = renderCamera(onPhoto);
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Ouvrir la caméra' }));
    expect((await screen.findByRole('alert')).textContent).toContain('La caméra n’est pas autorisée');
    expect(capture).not.toHaveBeenCalled();
    expect(onPhoto).not.toHaveBeenCalled();
  });
});
