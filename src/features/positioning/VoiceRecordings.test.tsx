import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import { capturePlayback, equipForSittings } from './test-support';

/** A MediaRecorder that "records" three bytes (jsdom has none). */
class FakeMediaRecorder extends EventTarget {
  state: 'inactive' | 'recording' = 'inactive';
  mimeType = 'audio/webm;codecs=opus';
  constructor(readonly stream: MediaStream) {
    super();
  }
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    const event = new Event('dataavailable') as Event & { data: Blob };
    event.data = new Blob([new Uint8Array([7, 8, 9])], { type: this.mimeType });
    this.dispatchEvent(event);
    this.dispatchEvent(new Event('stop'));
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('adviser voice', { timeout: 30_000 }, () => {
  it('records a text, listens, keeps it (encrypted store, as bytes), then deletes it', async () => {
    const workspace = equipForSittings(createMemoryWorkspace());
    capturePlayback();
    const track = { stop: vi.fn() };
    vi.stubGlobal('MediaRecorder', FakeMediaRecorder);
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: vi.fn(async () => ({ getTracks: () => [track] })) },
    });
    URL.createObjectURL = () => 'blob:preview';
    URL.revokeObjectURL = () => undefined;
    const user = userEvent.setup({ delay: null });
    renderApp('/positionnements/voix', signedInService(workspace));

    await user.click(await screen.findByText('Mots du mode candidat'));
    const row = screen.getByRole('group', { name: 'Suivant' });
    await user.click(within(row).getByRole('button', { name: 'Enregistrer' }));
    await user.click(await within(row).findByRole('button', { name: 'Arrêter' }));
    await user.click(await within(row).findByRole('button', { name: 'Garder' }));

    await screen.findByText('Votre voix est enregistrée sur la tablette.');
    const kept = workspace.recordings.clips.get('fr/chrome.next');
    expect(kept?.mimeType).toBe('audio/webm;codecs=opus');
    expect([...new Uint8Array(kept?.audio ?? new ArrayBuffer(0))]).toEqual([7, 8, 9]);
    expect(track.stop).toHaveBeenCalled();

    await user.click(await within(row).findByRole('button', { name: 'Supprimer ma voix' }));
    await waitFor(() => expect(workspace.recordings.clips.has('fr/chrome.next')).toBe(false));
  });
});
