// Rules about validation attempts (épreuves): after two failed attempts at the same UC, guidance
// is compulsory before registering again. Pure, no React, no storage.

export interface AttemptFacts {
  id?: string;
  uc: string;
  result?: string | null;
}

const normalUc = (uc: string) => uc.trim().toLowerCase();

/** Failed attempts (`echoue`) at this UC, leaving out the attempt being edited. */
export function failedAttempts(attempts: readonly AttemptFacts[], uc: string, exceptId?: string): number {
  const wanted = normalUc(uc);
  return attempts.filter((attempt) => (exceptId === undefined || attempt.id !== exceptId) && normalUc(attempt.uc) === wanted && attempt.result === 'echoue').length;
}

/** Registering again at this UC needs compulsory guidance first (two failures or more). */
export function guidanceCompulsory(attempts: readonly AttemptFacts[], uc: string, exceptId?: string): boolean {
  if (!uc.trim()) return false;
  return failedAttempts(attempts, uc, exceptId) >= 2;
}

export interface TestDue {
  testDate?: string | null;
  result?: string | null;
}

/** A test still ahead (today included) with no result yet. */
export const isUpcomingTest = (step: TestDue, today: string) => Boolean(step.testDate && step.testDate >= today && !step.result);

/** A test whose date passed and still has no result. */
export const isTestAwaitingResult = (step: TestDue, today: string) => Boolean(step.testDate && step.testDate < today && !step.result);
