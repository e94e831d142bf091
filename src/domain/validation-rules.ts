// Rules about validation attempts (épreuves): after two failed attempts at the same UC, guidance
// is compulsory before registering again. "The same UC" is the same UC code (see ucs.ts: case and
// spaces ignored, so old free-text values still count) of the same métier: UC1 of aide-ménager is
// not UC1 of coiffeur. An attempt whose métier is unknown (no accompaniment) counts for any métier.
// Pure, no React, no storage.
import { normalUcCode } from './metiers/schema';

export interface AttemptFacts {
  id?: string;
  uc: string;
  result?: string | null;
  /** The métier of the attempt's accompaniment, when it has one. */
  metier?: string;
}

const sameMetier = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || a === b;

/** Failed attempts (`echoue`) at this UC of this métier, leaving out the attempt being edited. */
export function failedAttempts(attempts: readonly AttemptFacts[], uc: string, exceptId?: string, metier?: string): number {
  const wanted = normalUcCode(uc);
  return attempts.filter(
    (attempt) =>
      (exceptId === undefined || attempt.id !== exceptId) &&
      normalUcCode(attempt.uc) === wanted &&
      sameMetier(attempt.metier, metier) &&
      attempt.result === 'echoue',
  ).length;
}

/** Registering again at this UC needs compulsory guidance first (two failures or more). */
export function guidanceCompulsory(attempts: readonly AttemptFacts[], uc: string, exceptId?: string, metier?: string): boolean {
  if (!normalUcCode(uc)) return false;
  return failedAttempts(attempts, uc, exceptId, metier) >= 2;
}

export interface TestDue {
  testDate?: string | null;
  result?: string | null;
}

/** A test still ahead (today included) with no result yet. */
export const isUpcomingTest = (step: TestDue, today: string) => Boolean(step.testDate && step.testDate >= today && !step.result);

/** A test whose date passed and still has no result. */
export const isTestAwaitingResult = (step: TestDue, today: string) => Boolean(step.testDate && step.testDate < today && !step.result);
