// Every screen and its address. Unknown addresses get the 404 page with a link home.
// This table and the router are not in the first bundle (first-screen.tsx): they load once a
// session opens, or at an address the first screen does not stand in for; every signed-in screen
// is loaded on first visit
// (the service worker precaches every chunk, so they open offline too), which keeps the first
// screen's JavaScript small on modest tablets.
import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/login/LoginPage';
import { lazyScreen, type ScreenLoad } from './lazy-screen';
import { NotFoundUnlessLocked, RedirectIfSignedIn, RequireReporter, RequireWorkspace } from './guards';
import { ROUTE_PATTERNS } from '../domain/screen-paths';
import { useLocationNotice } from '../components/use-location-notice';
import { sittingNotice } from './sitting-notice';

/**
 * A screen that is a named export of a module loaded on first visit: `lazyScreen` (lazy-screen.tsx)
 * shows it inside Suspense with the loading state (words through i18n) until its chunk has
 * arrived, and words with a retry if it fails. Declarative routes with React.lazy, not the data
 * router's `lazy`: the data router is half of react-router's bytes and the app uses none of its
 * loaders or actions (docs/performance.md, First screen).
 */
function lazyPage(path: string, load: ScreenLoad): RouteObject {
  return { path, element: lazyScreen(load) };
}

/** The login reached by navigation: its one-shot notice comes with the navigation's state. */
function RoutedLogin() {
  return <LoginPage sittingNotice={sittingNotice} locationNotice={useLocationNotice()} />;
}

export const appRoutes: RouteObject[] = [
  { element: <RedirectIfSignedIn />, children: [{ path: ROUTE_PATTERNS.login, element: <RoutedLogin /> }] },
  {
    element: <RequireWorkspace />,
    children: [
      {
        element: lazyScreen(async () => ({ Component: (await import('./AppLayout')).AppLayout })),
        children: [
          lazyPage(ROUTE_PATTERNS.home, async () => ({ Component: (await import('../features/home/HomePage')).HomePage })),
          lazyPage(ROUTE_PATTERNS.candidates, async () => ({
            Component: (await import('../features/candidates/CandidateListPage')).CandidateListPage,
          })),
          lazyPage(ROUTE_PATTERNS.newCandidate, async () => ({
            Component: (await import('../features/candidates/CandidateFormPage')).CandidateFormPage,
          })),
          lazyPage(ROUTE_PATTERNS.candidate, async () => ({
            Component: (await import('../features/candidate-file/CandidateFilePage')).CandidateFilePage,
          })),
          lazyPage(ROUTE_PATTERNS.editCandidate, async () => ({
            Component: (await import('../features/candidates/CandidateFormPage')).CandidateFormPage,
          })),
          lazyPage(ROUTE_PATTERNS.personFile, async () => ({
            Component: (await import('../features/person-file/PersonFilePage')).PersonFilePage,
          })),
          lazyPage(ROUTE_PATTERNS.accounts, async () => ({ Component: (await import('../features/accounts/AccountsPage')).AccountsPage })),
          lazyPage(ROUTE_PATTERNS.journal, async () => ({ Component: (await import('../features/accounts/AuditPage')).AuditPage })),
          lazyPage(ROUTE_PATTERNS.password, async () => ({ Component: (await import('../features/accounts/PasswordPage')).PasswordPage })),
          lazyPage(ROUTE_PATTERNS.reports, async () => ({ Component: (await import('../features/reports/ReportsPage')).ReportsPage })),
          lazyPage(ROUTE_PATTERNS.import, async () => ({ Component: (await import('../features/import/ImportPage')).ImportPage })),
          lazyPage(ROUTE_PATTERNS.attention, async () => ({
            Component: (await import('../features/attention/AttentionPage')).AttentionPage,
          })),
          lazyPage(ROUTE_PATTERNS.newPositioning, async () => ({
            Component: (await import('../features/positioning/StartPositioningPage')).StartPositioningPage,
          })),
          lazyPage(ROUTE_PATTERNS.voices, async () => ({
            Component: (await import('../features/positioning/VoiceRecordingsPage')).VoiceRecordingsPage,
          })),
          lazyPage(ROUTE_PATTERNS.positioning, async () => ({
            Component: (await import('../features/positioning-review/PositioningReviewPage')).PositioningReviewPage,
          })),
          lazyPage(ROUTE_PATTERNS.synthesis, async () => ({
            Component: (await import('../features/positioning-review/SynthesisPage')).SynthesisPage,
          })),
          lazyPage(ROUTE_PATTERNS.modules, async () => ({ Component: (await import('../features/modules/ModulesPage')).ModulesPage })),
          lazyPage(ROUTE_PATTERNS.newSession, async () => ({ Component: (await import('../features/modules/NewSessionPage')).NewSessionPage })),
          lazyPage(ROUTE_PATTERNS.session, async () => ({ Component: (await import('../features/modules/SessionPage')).SessionPage })),
          lazyPage(ROUTE_PATTERNS.rollCall, async () => ({ Component: (await import('../features/modules/RollCallPage')).RollCallPage })),
          lazyPage(ROUTE_PATTERNS.metiers, async () => ({ Component: (await import('../features/metiers/MetierCataloguePage')).MetierCataloguePage })),
          lazyPage(ROUTE_PATTERNS.siteMetiers, async () => ({ Component: (await import('../features/metiers/SiteMetiersPage')).SiteMetiersPage })),
          lazyPage(ROUTE_PATTERNS.validation, async () => ({
            Component: (await import('../features/validation/ValidationStepsPage')).ValidationStepsPage,
          })),
        ],
      },
      // Candidate mode: full screen, outside the adviser's frame.
      lazyPage(ROUTE_PATTERNS.candidateMode, async () => ({
        Component: (await import('../features/positioning/CandidateModePage')).CandidateModePage,
      })),
    ],
  },
  {
    element: <RequireReporter />,
    children: [
      lazyPage(ROUTE_PATTERNS.networkReport, async () => ({ Component: (await import('../features/reports/NetworkReportPage')).NetworkReportPage })),
    ],
  },
  { path: '*', element: <NotFoundUnlessLocked /> },
];
