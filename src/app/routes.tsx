// Every screen and its address. Unknown addresses get the 404 page with a link home.
// Only the login screen is in the first bundle: every signed-in screen is loaded on first visit
// (the service worker precaches every chunk, so they open offline too), which keeps the first
// screen's JavaScript small on modest tablets.
import { Suspense, lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/login/LoginPage';
import { PageLoading } from '../components/PageLoading';
import { NETWORK_REPORT_PATH, NotFoundUnlessLocked, RedirectIfSignedIn, RequireReporter, RequireWorkspace } from './guards';

/** A route whose screen is a named export of a module loaded on first visit. */
function lazyPage(path: string, load: () => Promise<{ Component: React.ComponentType }>): RouteObject {
  return { path, HydrateFallback: PageLoading, lazy: load };
}

/** Candidate mode's words on the login screen, loaded only when a sitting waits for its adviser. */
const SittingWaits = lazy(async () => ({ default: (await import('../features/positioning/SittingWaits')).SittingWaits }));
const sittingNotice = (
  <Suspense fallback={null}>
    <SittingWaits />
  </Suspense>
);

export const appRoutes: RouteObject[] = [
  { element: <RedirectIfSignedIn />, children: [{ path: '/login', element: <LoginPage sittingNotice={sittingNotice} /> }] },
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
            Component: (await import('../features/candidate-file/CandidateFilePage')).CandidateFilePage,
          })),
          lazyPage('/candidats/:id/modifier', async () => ({
            Component: (await import('../features/candidates/CandidateFormPage')).CandidateFormPage,
          })),
          lazyPage('/candidats/:id/dossier-complet', async () => ({
            Component: (await import('../features/person-file/PersonFilePage')).PersonFilePage,
          })),
          lazyPage('/comptes', async () => ({ Component: (await import('../features/accounts/AccountsPage')).AccountsPage })),
          lazyPage('/journal', async () => ({ Component: (await import('../features/accounts/AuditPage')).AuditPage })),
          lazyPage('/mot-de-passe', async () => ({ Component: (await import('../features/accounts/PasswordPage')).PasswordPage })),
          lazyPage('/rapports', async () => ({ Component: (await import('../features/reports/ReportsPage')).ReportsPage })),
          lazyPage('/import', async () => ({ Component: (await import('../features/import/ImportPage')).ImportPage })),
          lazyPage('/a-verifier', async () => ({
            Component: (await import('../features/attention/AttentionPage')).AttentionPage,
          })),
          lazyPage('/positionnements/nouveau', async () => ({
            Component: (await import('../features/positioning/StartPositioningPage')).StartPositioningPage,
          })),
          lazyPage('/positionnements/voix', async () => ({
            Component: (await import('../features/positioning/VoiceRecordingsPage')).VoiceRecordingsPage,
          })),
          lazyPage('/positionnements/:positioningId', async () => ({
            Component: (await import('../features/positioning-review/PositioningReviewPage')).PositioningReviewPage,
          })),
          lazyPage('/positionnements/:positioningId/synthese', async () => ({
            Component: (await import('../features/positioning-review/SynthesisPage')).SynthesisPage,
          })),
          lazyPage('/modules', async () => ({ Component: (await import('../features/modules/ModulesPage')).ModulesPage })),
          lazyPage('/modules/nouveau', async () => ({ Component: (await import('../features/modules/NewSessionPage')).NewSessionPage })),
          lazyPage('/modules/:sessionId', async () => ({ Component: (await import('../features/modules/SessionPage')).SessionPage })),
          lazyPage('/modules/:sessionId/appel', async () => ({ Component: (await import('../features/modules/RollCallPage')).RollCallPage })),
          lazyPage('/metiers', async () => ({ Component: (await import('../features/metiers/MetierCataloguePage')).MetierCataloguePage })),
          lazyPage('/metiers/site', async () => ({ Component: (await import('../features/metiers/SiteMetiersPage')).SiteMetiersPage })),
          lazyPage('/candidats/:id/validation', async () => ({
            Component: (await import('../features/validation/ValidationStepsPage')).ValidationStepsPage,
          })),
        ],
      },
      // Candidate mode: full screen, outside the adviser's frame.
      lazyPage('/mode-candidat/:positioningId', async () => ({
        Component: (await import('../features/positioning/CandidateModePage')).CandidateModePage,
      })),
    ],
  },
  {
    element: <RequireReporter />,
    children: [
      lazyPage(NETWORK_REPORT_PATH, async () => ({ Component: (await import('../features/reports/NetworkReportPage')).NetworkReportPage })),
    ],
  },
  { path: '*', element: <NotFoundUnlessLocked /> },
];
