// Every key of the locale files is used by the app: a key no screen asks for is a word nobody
// translates on purpose. A key counts as used when the source names it whole (in quotes), or when it
// sits under a prefix the source builds a key from (declared below, each with where it is built).
import { describe, expect, it } from 'vitest';
import { translations } from './resources';

/** The app's and the server's source (the server writes the person's file in words), tests left out. */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '../../server/**/*.ts', '!../**/*.test.{ts,tsx}', '!../../server/**/*.test.ts', '!../**/test-support.{ts,tsx}', '!../**/testing/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const source = Object.values(sources).join('\n');
/** Every quoted string of the source that could be a key. */
const quoted = new Set([...source.matchAll(/['"`]([\w.-]+)['"`]/g)].map((match) => match[1]));

/**
 * Keys built from a prefix and a value: `all` when every key under the prefix is reachable that
 * way, else the only suffixes the code can build (where the namespace also holds plain keys).
 */
const DYNAMIC: Record<string, 'all' | readonly string[]> = {
  // Template literals, t(`<prefix>.${…}`) and the like.
  'accounts.notManaged': 'all',
  'accounts.role': 'all',
  'attention.reasons': 'all',
  'attention.tables': 'all',
  'audit.action': 'all',
  'audit.kind': 'all',
  'audit.table': 'all',
  // ObservationForm.tsx and the observation card: candidateFile.observations.<list>.<code>.
  'candidateFile.observations': ['kind.', 'result.', 'observerKind.', 'observedBy.', 'observedByNamed.'],
  'candidates.status': 'all',
  consentScope: 'all',
  'duplicates.carry.conflicting': 'all',
  'duplicates.carry.field': 'all',
  'duplicates.lastAction': 'all',
  'duplicates.level': 'all',
  'duplicates.matchedBirth': 'all',
  'duplicates.matchedName': 'all',
  'erasure.errors': 'all',
  'expiredSession.failure': 'all',
  'fileAdmin.errors': 'all',
  'fileAdmin.merge.fields': 'all',
  gender: 'all',
  'import.dryRun.choice': 'all',
  'import.field': 'all',
  'import.file.encodings': 'all',
  'import.gender': 'all',
  'import.preview': 'all',
  'import.readError': 'all',
  'import.reason': 'all',
  'intake.consent': 'all',
  'lock.tabletLock': 'all',
  'login.errors': 'all',
  'login.notice': 'all',
  'login.reopen': 'all',
  'modules.form': 'all',
  'modules.status': 'all',
  notice: 'all',
  'personFile.field': 'all',
  'personFile.section': 'all',
  'personFile.value': 'all',
  'positioning.start.language': 'all',
  'positioning.voice.lang': 'all',
  'positioningReview.agreed': 'all',
  'positioningReview.agreement.problem': 'all',
  'positioningReview.decisions.choice': 'all',
  'positioningReview.decisions.problem': 'all',
  'positioningReview.decisions.status': 'all',
  'positioningReview.observed': 'all',
  'positioningReview.orientation': 'all',
  'positioningReview.results.outcomes': 'all',
  'positioningReview.sittings.state': 'all',
  // report-tables.ts: reports.profile.<table> and reports.profileAccompanied.<table>.
  reports: ['profile.', 'profileAccompanied.'],
  'reports.ageBand': 'all',
  'reports.charts.series': 'all',
  'reports.col': 'all',
  'reports.evolutionSource': 'all',
  'reports.mode': 'all',
  'reports.module': 'all',
  // PastYearsSection.tsx and NetworkPastYearsSection.tsx: the message after a save or a delete.
  'reports.pastYears': ['saved', 'deleted', 'saveFailed', 'deleteFailed'],
  'reports.quality.field': 'all',
  // TargetsSection.tsx: the message after a save or a reset.
  'reports.targetsForm': ['saved', 'resetDone', 'saveFailed', 'error.'],
  'reports.targetsOrigin': 'all',
  'reports.zone': 'all',
  'sync.errors': 'all',
  validation: 'all',
  'validationSteps.form': 'all',
  'validationSteps.region': 'all',
  'validationSteps.result': 'all',
  // Built from arrays or a variable prefix, which the template check below cannot see.
  codeList: 'all', // code-labels.ts: loadedWord(language, ['codeList', list, code])
  languageNames: 'all', // code-labels.ts: loadedWord(language, ['languageNames', isoCode])
  'metiers.form': 'all', // DraftFields.tsx: `${labels}.${field}`, labels 'metiers.form'
  'metiers.ucs.form': 'all', // UcForm.tsx: labels 'metiers.ucs.form'
  'personFile.positioning': 'all', // server/candidates/positioning-results.ts: words.text(['positioning', …])
};

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

function built(key: string): boolean {
  return Object.entries(DYNAMIC).some(([prefix, suffixes]) => {
    if (!key.startsWith(`${prefix}.`)) return false;
    const rest = key.slice(prefix.length + 1);
    return suffixes === 'all' || suffixes.some((suffix) => (suffix.endsWith('.') ? rest.startsWith(suffix) : rest === suffix));
  });
}

const named = (key: string) => quoted.has(key);

describe('locale keys', () => {
  it('are all used by the app', () => {
    const unused = keysOf(translations.fr)
      .map((key) => key.replace(PLURAL, ''))
      .filter((key) => !named(key) && !built(key));
    expect([...new Set(unused)]).toEqual([]);
  });

  it('are built only from declared prefixes', () => {
    const namespaces = new Set(Object.keys(translations.fr));
    const prefixes = [...source.matchAll(/`([\w.-]+)\.\$\{/g)].map((match) => match[1] ?? '');
    const undeclared = prefixes.filter((prefix) => namespaces.has(prefix.split('.')[0] ?? '') && !(prefix in DYNAMIC) && !built(`${prefix}.x`));
    expect([...new Set(undeclared)]).toEqual([]);
  });
});
