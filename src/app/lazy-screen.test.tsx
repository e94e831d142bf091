// A screen whose code fails to load (offline on a page no service worker controls, storage
// evicted) shows words and a retry, never a blank page; the retry imports it again, since
// React.lazy keeps a failed import for good.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n';
import { lazyScreen, type ScreenLoad } from './lazy-screen';

function Opened() {
  return <h1>Candidats</h1>;
}

/** A screen's import that fails as an offline dynamic import does, then succeeds. */
function failingOnceThenOpening() {
  return vi
    .fn<ScreenLoad>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockResolvedValue({ Component: Opened });
}

function renderScreen(element: React.ReactElement) {
  return render(<I18nextProvider i18n={createI18n('fr')}>{element}</I18nextProvider>);
}

describe('lazyScreen', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says in words that the page could not open, and opens it on "Réessayer" once its code loads', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    const load = failingOnceThenOpening();
    renderScreen(lazyScreen(load));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Cette page n'a pas pu s'ouvrir.");
    expect(alert.textContent).toContain('Vos saisies restent sur la tablette.');
    expect(screen.queryByRole('heading', { name: 'Candidats' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { name: 'Candidats' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tries again by itself when the network comes back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = failingOnceThenOpening();
    renderScreen(lazyScreen(load));
    await screen.findByRole('alert');

    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByRole('heading', { name: 'Candidats' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads a screen once: a later render shows it at once, without the loading state', async () => {
    const load = vi.fn(async () => ({ Component: Opened }));
    const element = lazyScreen(load);
    const { unmount } = renderScreen(element);
    expect(await screen.findByRole('heading', { name: 'Candidats' })).toBeTruthy();
    unmount();

    renderScreen(element);
    expect(screen.getByRole('heading', { name: 'Candidats' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
