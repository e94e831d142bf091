// Component-test helpers of candidate mode: a memory workspace with a candidate, the real PIN gate
// and candidate lock on a throwaway directory database (the builder's workspace keeps recordings in memory).
// Never imported by the app bundle.
import { vi } from 'vitest';
import { createCandidateLock } from '../../db/candidate-lock';
import { createPinGate } from '../../db/pin';
import type { CandidateData, PositioningData } from '../../domain/entities';
import type { Workspace } from '../../sync/workspace';
import { initialAnswers, sittingFields, type SittingSettings } from './sitting';

let directories = 0;

/** What these helpers need of the memory workspace of src/app/test-support (seedable repositories). */
export type Seedable<T> = { seed(id: string, siteId: string, data: T): unknown };

export type SittingWorkspace<W extends Workspace = Workspace> = W & {
  pin: Workspace['pin'];
  candidateLock: Workspace['candidateLock'];
};

/** Adds candidate c-1 (Amina El Idrissi, speaks Arabic), a real PIN gate and lock. */
export function equipForSittings<W extends Workspace>(base: W): SittingWorkspace<W> {
  const workspace = base as SittingWorkspace<W>;
  const directoryName = `test-directory-${Date.now()}-${(directories += 1)}`;
  const dataKey = crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  workspace.pin = createPinGate({ userId: workspace.user.id, dataKey, directoryName, iterations: 1_000 });
  workspace.candidateLock = createCandidateLock({ userId: workspace.user.id, directoryName });
  (workspace.repo('candidates') as unknown as Seedable<CandidateData>).seed('c-1', 'site-ml-bxl', { firstName: 'Amina', lastName: 'El Idrissi', languages: ['ar'] });
  return workspace;
}

/** Seeds sitting p-1 of c-1 for a métier, with answers already given, and locks the tablet to it. */
export async function seedSitting(
  workspace: SittingWorkspace,
  settings: SittingSettings,
  answers: Record<string, string | string[]> = {},
  /** A sitting started before `metier` and `secondLanguage` were fields: they sit in the answers. */
  { old = false }: { old?: boolean } = {},
): Promise<void> {
  const stored: Record<string, unknown> = old ? { ...initialAnswers(settings) } : {};
  for (const [item, value] of Object.entries(answers)) stored[item] = { value, at: '2026-11-23T10:00:00.000Z' };
  const data: PositioningData = {
    candidateId: 'c-1',
    questionnaireId: 'positionnement',
    questionnaireVersion: 1,
    answeredBy: 'candidate',
    startedAt: '2026-11-23T09:59:00.000Z',
    ...(old ? {} : sittingFields(settings)),
    answers: stored,
  };
  (workspace.repo('positionings') as unknown as Seedable<PositioningData>).seed('p-1', 'site-ml-bxl', data);
  await workspace.candidateLock.lock('p-1');
}

/** The sources the page asked the browser to play (HTMLMediaElement.play is not in jsdom). */
export function capturePlayback(): string[] {
  const played: string[] = [];
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
    played.push(this.src);
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  return played;
}
