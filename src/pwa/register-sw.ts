// Service worker registration (production builds only: the dev server has no sw.js).
// vite-plugin-pwa runs with registerType 'prompt': a new worker waits until the adviser chooses to
// apply it, so nothing ever reloads by itself. workbox-window is loaded once the page has loaded and
// the browser is idle, so it is neither part of the first screen's JavaScript nor of its first tasks
// (reaching `navigator.serviceWorker` alone costs a slow tablet a noticeable moment).
import { whenIdle } from '../components/when-idle';

export type ApplyUpdate = () => void;

export function registerServiceWorker(onUpdateWaiting: (apply: ApplyUpdate) => void): () => void {
  if (!import.meta.env.PROD) return () => {};
  let cancelled = false;

  async function register() {
    if (cancelled || !('serviceWorker' in navigator)) return;
    const { Workbox } = await import('workbox-window');
    if (cancelled) return;
    const workbox = new Workbox('/sw.js', { scope: '/' });
    workbox.addEventListener('waiting', () => {
      onUpdateWaiting(() => {
        // Reload only once the new worker controls the page, and only because the adviser asked.
        workbox.addEventListener('controlling', () => window.location.reload());
        workbox.messageSkipWaiting();
      });
    });
    await workbox.register();
  }

  const registerNow = () => void register().catch((error: unknown) => console.warn('Service worker registration failed', error));
  const start = () => whenIdle(registerNow, 3_000);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    cancelled = true;
  };
}
