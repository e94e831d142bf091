// Every screen and its address. Unknown addresses get the 404 page with a link home.
import type { RouteObject } from 'react-router';
import { AttentionPage } from '../features/attention/AttentionPage';
import { CandidateFormPage } from '../features/candidates/CandidateFormPage';
import { CandidateListPage } from '../features/candidates/CandidateListPage';
import { HomePage } from '../features/home/HomePage';
import { LoginPage } from '../features/login/LoginPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { ReportsLoading } from '../features/reports/ReportsLoading';
import { AppLayout } from './AppLayout';
import { RedirectIfSignedIn, RequireWorkspace } from './guards';

export const appRoutes: RouteObject[] = [
  { element: <RedirectIfSignedIn />, children: [{ path: '/login', element: <LoginPage /> }] },
  {
    element: <RequireWorkspace />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/candidats', element: <CandidateListPage /> },
          { path: '/candidats/nouveau', element: <CandidateFormPage /> },
          { path: '/candidats/:id', element: <CandidateFormPage /> },
          // Loaded on first visit (the service worker precaches it, so it opens offline too).
          {
            path: '/rapports',
            HydrateFallback: ReportsLoading,
            lazy: async () => ({ Component: (await import('../features/reports/ReportsPage')).ReportsPage }),
          },
          { path: '/a-verifier', element: <AttentionPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];
