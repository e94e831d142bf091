// How modules, sessions and people are named and dated on screen (pure helpers).
import { reference } from '../../domain/codes';
import type { CandidateData, ModuleSessionData } from '../../domain/entities';
import { referenceLabel } from '../../i18n/code-labels';
import { formatDay as formatDayIn } from '../../i18n/format';
import { displayName } from '../candidates/candidate-display';

type Labelled = { code: string; fr: string; nl?: string };

export function moduleLabel(code: string | undefined, language: string): string {
  return referenceLabel('modules', code, language);
}

export function moduleOptions(language: string): { code: string; label: string }[] {
  return (reference.vdc.modules as Labelled[]).map((entry) => ({ code: entry.code, label: moduleLabel(entry.code, language) }));
}

/** "lun. 12/03/2026" in the display language. */
export function formatDay(date: string | undefined, language: string): string {
  return formatDayIn(date, language, 'weekday');
}

export function timeRange(session: ModuleSessionData): string {
  if (session.startTime && session.endTime) return `${session.startTime}–${session.endTime}`;
  return session.startTime ?? '';
}

/** The person's name, safe in any sentence (candidate-display.ts), or the fallback. */
export function personName(data: CandidateData | undefined, fallback: string): string {
  return displayName(data) ?? fallback;
}

/** Sessions of a day are ordered by start time; upcoming first-soonest, past most-recent-first. */
export function sessionSortKey(session: ModuleSessionData): string {
  return `${session.date ?? ''} ${session.startTime ?? ''}`;
}
