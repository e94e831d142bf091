// The data-quality panel: what would make the report wrong, listed before it is final.
import { brusselsDate, isCalendarDate } from '../dates';
import { compareCodes, inPeriod, openDuring, type Period } from './period';
import type { Scope } from './scope';
import type { CandidateMissingFields, CountedCandidateField, DataQuality, PossibleDuplicate, StaleAccompaniment, TestWithoutResult } from './types';

/** The same day one year earlier, as a comparable string (29 Feb → "YYYY-02-29" still orders right). */
function oneYearBefore(day: string): string {
  return `${String(Number(day.slice(0, 4)) - 1).padStart(4, '0')}${day.slice(4)}`;
}

const later = (a: string, b: string | null | undefined, asOf: string) => (typeof b === 'string' && b <= asOf && b > a ? b : a);

/**
 * Accompaniments counted in the period, still without an exit date, whose last sign of life is more
 * than a year before `asOf`: they inflate every period they are "open" in. The last sign of life is
 * the latest of the start date and, up to `asOf`, every kind of activity: the person's SPOC actions
 * and module participations (present/retard), and the accompaniment's validation dates
 * (registration, test, Titre), positionings and individual module work (or the person's, when
 * linked to no accompaniment). Dates after `asOf` (a session planned next month) are not activity yet.
 */
function staleAccompaniments(scope: Scope, period: Period, asOf: string): StaleAccompaniment[] {
  const lastByPerson = new Map<string, string>();
  const bump = (person: string | undefined, date: string | null | undefined) => {
    if (person === undefined || typeof date !== 'string' || date > asOf) return;
    const known = lastByPerson.get(person);
    if (known === undefined || date > known) lastByPerson.set(person, date);
  };
  for (const action of scope.spocActions) {
    for (const candidateId of action.data.candidateIds ?? []) bump(scope.persons.person(candidateId), action.data.date);
  }
  for (const { record, session } of scope.attendance) {
    if (record.data.status === 'present' || record.data.status === 'retard') bump(scope.persons.person(record.data.candidateId), session.data.date);
  }
  const lastByAccompaniment = new Map<string, string>();
  const accompanimentIds = new Set(scope.accompaniments.map((record) => record.id));
  /** Activity of an accompaniment when it names one the report counts, else of the person. */
  const bumpWork = (accompanimentId: string | null | undefined, candidateId: string | null | undefined, date: string | null | undefined) => {
    if (typeof accompanimentId === 'string' && accompanimentIds.has(accompanimentId)) {
      if (typeof date === 'string' && date <= asOf && date > (lastByAccompaniment.get(accompanimentId) ?? '')) lastByAccompaniment.set(accompanimentId, date);
    } else bump(scope.persons.person(candidateId), date);
  };
  for (const step of scope.steps) {
    const { registrationDate, testDate, titreDate, candidateId } = step.record.data;
    for (const date of [registrationDate, testDate, titreDate]) bumpWork(step.accompaniment?.id, candidateId, date);
  }
  for (const positioning of scope.positionings) {
    const { accompanimentId, candidateId, startedAt, completedAt } = positioning.data;
    for (const instant of [startedAt, completedAt]) bumpWork(accompanimentId, candidateId, dayOf(instant));
  }
  for (const work of scope.moduleWork) bumpWork(work.data.accompanimentId, work.data.candidateId, work.data.date);
  const threshold = oneYearBefore(asOf);
  const stale: StaleAccompaniment[] = [];
  for (const record of scope.accompaniments) {
    const { startDate, exitDate, candidateId } = record.data;
    if (typeof startDate !== 'string' || exitDate || !openDuring(startDate, exitDate, period)) continue;
    const person = scope.persons.person(candidateId);
    let last = startDate;
    last = later(last, person === undefined ? undefined : lastByPerson.get(person), asOf);
    last = later(last, lastByAccompaniment.get(record.id), asOf);
    if (last < threshold) {
      stale.push({ accompanimentId: record.id, siteId: record.siteId, candidateId: candidateId ?? null, startDate, lastActivityDate: last });
    }
  }
  return stale.sort((a, b) => compareCodes(a.accompanimentId, b.accompanimentId));
}

/** The Brussels calendar day of an instant (a positioning's start or end), undefined when unreadable. */
function dayOf(instant: string | null | undefined): string | undefined {
  if (typeof instant !== 'string') return undefined;
  if (isCalendarDate(instant)) return instant;
  const time = Date.parse(instant);
  return Number.isNaN(time) ? undefined : brusselsDate(new Date(time));
}

/** Attempts whose test date (in the period) has come by `asOf` and that still have no result. */
function testsWithoutResult(scope: Scope, period: Period, asOf: string): TestWithoutResult[] {
  const list: TestWithoutResult[] = [];
  for (const step of scope.steps) {
    const { testDate, result, candidateId } = step.record.data;
    if (!inPeriod(testDate, period) || testDate > asOf || result) continue;
    list.push({ validationStepId: step.record.id, siteId: step.siteId, candidateId: candidateId ?? null, testDate });
  }
  return list.sort((a, b) => compareCodes(a.validationStepId, b.validationStepId));
}

/** Persons of the profile tables (reached in the period) without the fields those tables count. */
function missingFields(scope: Scope, reached: Iterable<string>): CandidateMissingFields[] {
  const fields: CountedCandidateField[] = ['certificationAtEntry', 'source', 'communeCode'];
  const list: CandidateMissingFields[] = [];
  for (const person of reached) {
    const file = scope.persons.file(person);
    const missing = fields.filter((field) => file?.data[field] === undefined || file.data[field] === null);
    if (missing.length > 0) list.push({ candidateId: person, siteId: file?.siteId ?? null, missing });
  }
  return list.sort((a, b) => compareCodes(a.candidateId, b.candidateId));
}

/** Names already normalized (a pure function of the two strings; bounded so it cannot grow without end). */
const normalizedNames = new Map<string, string>();
const NORMALIZED_NAMES_MAX = 200_000;

/** Lowercase, accents and apostrophes removed, other punctuation a separator, name parts sorted (first/last swapped still match). */
export function normalizedName(firstName: string | null | undefined, lastName: string | null | undefined): string {
  const raw = `${firstName ?? ''} ${lastName ?? ''}`;
  let name = normalizedNames.get(raw);
  if (name === undefined) {
    if (normalizedNames.size >= NORMALIZED_NAMES_MAX) normalizedNames.clear();
    normalizedNames.set(raw, (name = normalize(raw)));
  }
  return name;
}

function normalize(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/gu, '') // N'Diaye = NDiaye
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part !== '')
    .sort()
    .join(' ');
}

/**
 * Distinct persons counted anywhere in the report (after merges) whose files share a normalized
 * name and a birth year: one person with two files counts twice until a coordinator merges them.
 * Erased files (no name) and files without birth year cannot be compared and are left out.
 */
function possibleDuplicates(scope: Scope, counted: Iterable<string>): PossibleDuplicate[] {
  const groups = new Map<string, { birthYear: string; ids: string[] }>();
  for (const person of new Set(counted)) {
    const data = scope.persons.file(person)?.data;
    if (!data || data.erased) continue;
    const name = normalizedName(data.firstName, data.lastName);
    const birthYear = data.birthDate?.slice(0, 4);
    if (name === '' || !birthYear) continue;
    const key = `${name}\u0000${birthYear}`;
    const group = groups.get(key) ?? { birthYear, ids: [] };
    group.ids.push(person);
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((group) => group.ids.length > 1)
    .map((group) => ({ birthYear: group.birthYear, candidateIds: group.ids.sort(compareCodes) }))
    .sort((a, b) => compareCodes(a.candidateIds[0] ?? '', b.candidateIds[0] ?? ''));
}

export function computeDataQuality(
  scope: Scope,
  period: Period,
  asOf: string,
  populations: { reached: Set<string>; counted: Set<string> },
): DataQuality {
  return {
    asOf,
    staleAccompaniments: staleAccompaniments(scope, period, asOf),
    testsWithoutResult: testsWithoutResult(scope, period, asOf),
    candidatesMissingFields: missingFields(scope, populations.reached),
    possibleDuplicates: possibleDuplicates(scope, populations.counted),
  };
}
