// Service worker registration (production builds only: the dev server has no sw.js).
// vite-plugin-pwa runs with registerType 'prompt': a new worker waits until the adviser clicks
// "Mettre à jour", so nothing ever reloads under a half-filled form.
import { Workbox } from 'workbox-window';

export type ApplyUpdate = () => void;

export function registerServiceWorker(onUpdateWaiting: (apply: ApplyUpdate) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });

  workbox.addEventListener('waiting', () => {
    onUpdateWaiting(() => {
      // Reload only once the new worker controls the page, and only because the adviser asked.
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });

  workbox.register().catch((error: unknown) => {
    console.warn('Service worker registration failed', error);
  });
}
