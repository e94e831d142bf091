// How modules, sessions and people are named and dated on screen (pure helpers).
import { reference } from '../../domain/codes';
import type { CandidateData, ModuleSessionData } from '../../domain/entities';

type Labelled = { code: string; fr: string; nl?: string };

export function moduleLabel(code: string | undefined, language: string): string {
  const entry = (reference.vdc.modules as Labelled[]).find((item) => item.code === code);
  if (!entry) return code ?? '';
  return language === 'nl' && entry.nl ? entry.nl : entry.fr;
}

export function moduleOptions(language: string): { code: string; label: string }[] {
  return (reference.vdc.modules as Labelled[]).map((entry) => ({ code: entry.code, label: moduleLabel(entry.code, language) }));
}

/** "lun. 12/03/2026" in the display language. */
export function formatDay(date: string | undefined, language: string): string {
  if (!date) return '';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(`${language}-BE`, { timeZone: 'UTC', weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

export function timeRange(session: ModuleSessionData): string {
  if (session.startTime && session.endTime) return `${session.startTime}–${session.endTime}`;
  return session.startTime ?? '';
}

export function personName(data: CandidateData | undefined, fallback: string): string {
  const name = [data?.firstName, data?.lastName].filter((part) => part && part.trim()).join(' ');
  return name || fallback;
}

/** Sessions of a day are ordered by start time; upcoming first-soonest, past most-recent-first. */
export function sessionSortKey(session: ModuleSessionData): string {
  return `${session.date ?? ''} ${session.startTime ?? ''}`;
}
