// Service worker registration (production builds only: the dev server has no sw.js).
// vite-plugin-pwa runs with registerType 'prompt': a new worker waits until the adviser chooses to
// apply it, so nothing ever reloads by itself. workbox-window is loaded after the page has loaded,
// so it is not part of the first screen's JavaScript.
export type ApplyUpdate = () => void;

export function registerServiceWorker(onUpdateWaiting: (apply: ApplyUpdate) => void): () => void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return () => {};
  let cancelled = false;

  async function register() {
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

  const start = () => void register().catch((error: unknown) => console.warn('Service worker registration failed', error));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    cancelled = true;
  };
}
