// The router and every screen behind it. Loaded after the first screen (first-screen.tsx) in the
// app; rendered at once by the component tests (test-support/render-app.tsx).
import { BrowserRouter, MemoryRouter, useRoutes } from 'react-router';
import { appRoutes } from './routes';

function Screens() {
  return useRoutes(appRoutes);
}

/**
 * Declarative routers, not createBrowserRouter: the app has no loaders, actions or blockers, and the
 * data router would add about 15 kB gzip (docs/performance.md, First screen).
 * `initialPath`: tests start at a given address in memory; the app uses the browser's address bar.
 */
export function RoutedScreens({ initialPath }: { initialPath?: string }) {
  return initialPath ? (
    <MemoryRouter initialEntries={[initialPath]}>
      <Screens />
    </MemoryRouter>
  ) : (
    <BrowserRouter>
      <Screens />
    </BrowserRouter>
  );
}
