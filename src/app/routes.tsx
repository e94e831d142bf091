// Every screen and its address. Unknown addresses get the 404 page with a link home.
// Only the login screen is in the first bundle: every signed-in screen is loaded on first visit
// (the service worker precaches every chunk, so they open offline too), which keeps the first
// screen's JavaScript small on modest tablets.
import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/login/LoginPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { PageLoading } from '../components/PageLoading';
import { RedirectIfSignedIn, RequireWorkspace } from './guards';

/** A route whose screen is a named export of a module loaded on first visit. */
function lazyPage(path: string, load: () => Promise<{ Component: React.ComponentType }>): RouteObject {
  return { path, HydrateFallback: PageLoading, lazy: load };
}

export const appRoutes: RouteObject[] = [
  { element: <RedirectIfSignedIn />, children: [{ path: '/login', element: <LoginPage /> }] },
  {
    element: <RequireWorkspace />,
    children: [
      {
        HydrateFallback: PageLoading,
        lazy: async () => ({ Component: (await import('./AppLayout')).AppLayout }),
        children: [
          lazyPage('/', async () => ({ Component: (await import('../features/home/HomePage')).HomePage })),
          lazyPage('/candidats', async () => ({
            Component: (await import('../features/candidates/CandidateListPage')).CandidateListPage,
          })),
          lazyPage('/candidats/nouveau', async () => ({
            Component: (await import('../features/candidates/CandidateFormPage')).CandidateFormPage,
          })),
          lazyPage('/candidats/:id', async () => ({
            Component: (await import('../features/candidates/CandidateFormPage')).CandidateFormPage,
          })),
          lazyPage('/rapports', async () => ({ Component: (await import('../features/reports/ReportsPage')).ReportsPage })),
          lazyPage('/a-verifier', async () => ({
            Component: (await import('../features/attention/AttentionPage')).AttentionPage,
          })),
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];
