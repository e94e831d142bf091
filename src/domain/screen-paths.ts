// Every in-app screen address, once: the router's patterns (ROUTE_PATTERNS) and the addresses the
// screens link to (SCREEN_PATHS). In the domain layer so that the router (app/), the screens
// (features/) and the browser tests' page objects can all import it (docs/architecture.md,
// "Screen addresses"). An id in an address is always URI-encoded.

const at = (base: string, id: string, rest = '') => `${base}/${encodeURIComponent(id)}${rest}`;

export const SCREEN_PATHS = {
  login: '/login',
  home: '/',
  candidates: '/candidats',
  newCandidate: '/candidats/nouveau',
  candidate: (id: string) => at('/candidats', id),
  editCandidate: (id: string) => at('/candidats', id, '/modifier'),
  personFile: (id: string) => at('/candidats', id, '/dossier-complet'),
  validation: (id: string) => at('/candidats', id, '/validation'),
  accounts: '/comptes',
  journal: '/journal',
  password: '/mot-de-passe',
  reports: '/rapports',
  import: '/import',
  attention: '/a-verifier',
  newPositioning: '/positionnements/nouveau',
  /** The start of a sitting with the candidate already chosen. */
  startPositioning: (candidateId: string) => `/positionnements/nouveau?candidat=${encodeURIComponent(candidateId)}`,
  voices: '/positionnements/voix',
  positioning: (id: string) => at('/positionnements', id),
  synthesis: (id: string) => at('/positionnements', id, '/synthese'),
  modules: '/modules',
  newSession: '/modules/nouveau',
  session: (id: string) => at('/modules', id),
  rollCall: (id: string) => at('/modules', id, '/appel'),
  metiers: '/metiers',
  siteMetiers: '/metiers/site',
  candidateMode: (positioningId: string) => at('/mode-candidat', positioningId),
  /** The network reporter's only screen (no workspace on the tablet). */
  networkReport: '/reseau',
} as const;

/** The router's patterns (react-router `:param` syntax), one per screen above. */
export const ROUTE_PATTERNS = {
  login: SCREEN_PATHS.login,
  home: SCREEN_PATHS.home,
  candidates: SCREEN_PATHS.candidates,
  newCandidate: SCREEN_PATHS.newCandidate,
  candidate: '/candidats/:id',
  editCandidate: '/candidats/:id/modifier',
  personFile: '/candidats/:id/dossier-complet',
  validation: '/candidats/:id/validation',
  accounts: SCREEN_PATHS.accounts,
  journal: SCREEN_PATHS.journal,
  password: SCREEN_PATHS.password,
  reports: SCREEN_PATHS.reports,
  import: SCREEN_PATHS.import,
  attention: SCREEN_PATHS.attention,
  newPositioning: SCREEN_PATHS.newPositioning,
  voices: SCREEN_PATHS.voices,
  positioning: '/positionnements/:positioningId',
  synthesis: '/positionnements/:positioningId/synthese',
  modules: SCREEN_PATHS.modules,
  newSession: SCREEN_PATHS.newSession,
  session: '/modules/:sessionId',
  rollCall: '/modules/:sessionId/appel',
  metiers: SCREEN_PATHS.metiers,
  siteMetiers: SCREEN_PATHS.siteMetiers,
  candidateMode: '/mode-candidat/:positioningId',
  networkReport: SCREEN_PATHS.networkReport,
} as const;
