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
  /** When the guidance after the second failure took place, recorded on one of the UC's attempts. */
  guidanceDate?: string | null;
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

/**
 * Guidance is due from the moment the second failure is recorded, not only when a third
 * registration is attempted: `current` is the attempt as being saved (its result counts), and a
 * guidance date on any attempt at the UC (the current one included) settles it.
 */
export function guidanceDue(attempts: readonly AttemptFacts[], current: AttemptFacts, metier?: string): boolean {
  if (!normalUcCode(current.uc)) return false;
  const failures = failedAttempts(attempts, current.uc, current.id, metier) + (current.result === 'echoue' ? 1 : 0);
  if (failures < 2) return false;
  const wanted = normalUcCode(current.uc);
  const others = attempts.filter((attempt) => attempt.id === undefined || attempt.id !== current.id);
  const recorded = [...others, current].some(
    (attempt) => Boolean(attempt.guidanceDate) && normalUcCode(attempt.uc) === wanted && sameMetier(attempt.metier, metier),
  );
  return !recorded;
}

export interface TestDue {
  testDate?: string | null;
  result?: string | null;
}

/** A test still ahead (today included) with no result yet. */
export const isUpcomingTest = (step: TestDue, today: string) => Boolean(step.testDate && step.testDate >= today && !step.result);

/** A test whose date passed and still has no result. */
export const isTestAwaitingResult = (step: TestDue, today: string) => Boolean(step.testDate && step.testDate < today && !step.result);
