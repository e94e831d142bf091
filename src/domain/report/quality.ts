// The data-quality panel: what would make the report wrong, listed before it is final.
import { comparePeople, nameTokensOf, SYNCED_PAIR_MIN_SCORE, type NameToken } from '../matching';
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
  const linked = new UnionFind();
  const compared: Compared[] = [];
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
    linked.add(person, birthYear);
    compared.push({ id: person, birthDate: data.birthDate ?? undefined, notSame: data.notSamePersonAs ?? [], tokens: nameTokensOf(data.firstName, data.lastName) });
  }
  for (const group of groups.values()) for (const id of group.ids.slice(1)) linked.union(group.ids[0] as string, id);
  linkLikelyDuplicates(compared, linked);
  return linked
    .groups()
    .filter((group) => group.ids.length > 1)
    .map((group) => ({ birthYear: group.birthYear, candidateIds: group.ids.sort(compareCodes) }))
    .sort((a, b) => compareCodes(a.candidateIds[0] ?? '', b.candidateIds[0] ?? ''));
}

interface Compared {
  id: string;
  birthDate: string | undefined;
  notSame: readonly string[];
  tokens: NameToken[];
}

/** Persons compared pairwise within one bucket at most (a bucket is a birth year and a name skeleton). */
const BUCKET_MAX = 300;

/**
 * The files the tablets flag as likely duplicates (matching/, "À vérifier": a spelling variant, a
 * name in Arabic script and its Latin spelling) are possible duplicates here too, unless marked "not
 * the same person". Only persons sharing a birth year and a word's consonant skeleton are compared,
 * so the cost stays linear in the persons counted.
 */
function linkLikelyDuplicates(persons: readonly Compared[], linked: UnionFind): void {
  const buckets = new Map<string, Compared[]>();
  for (const person of persons) {
    const year = person.birthDate?.slice(0, 4) ?? '';
    for (const skeleton of new Set(person.tokens.flatMap((token) => token.skeletons))) {
      if (skeleton.length < 2) continue;
      const key = `${year}|${skeleton}`;
      const bucket = buckets.get(key) ?? [];
      bucket.push(person);
      buckets.set(key, bucket);
    }
  }
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > BUCKET_MAX) continue;
    for (let i = 0; i < bucket.length; i++) {
      const a = bucket[i] as Compared;
      for (let j = i + 1; j < bucket.length; j++) {
        const b = bucket[j] as Compared;
        if (a.notSame.includes(b.id) || b.notSame.includes(a.id) || linked.same(a.id, b.id)) continue;
        const match = comparePeople(a.tokens, a.birthDate, b.tokens, b.birthDate);
        if (match && match.score >= SYNCED_PAIR_MIN_SCORE) linked.union(a.id, b.id);
      }
    }
  }
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly years = new Map<string, string>();

  add(id: string, birthYear: string): void {
    this.parent.set(id, id);
    this.years.set(id, birthYear);
  }

  private root(id: string): string {
    let at = id;
    while (this.parent.get(at) !== at) at = this.parent.get(at) as string;
    this.parent.set(id, at);
    return at;
  }

  same(a: string, b: string): boolean {
    return this.root(a) === this.root(b);
  }

  union(a: string, b: string): void {
    const [ra, rb] = [this.root(a), this.root(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }

  groups(): { birthYear: string; ids: string[] }[] {
    const out = new Map<string, { birthYear: string; ids: string[] }>();
    for (const id of this.parent.keys()) {
      const root = this.root(id);
      const group = out.get(root) ?? { birthYear: this.years.get(root) ?? '', ids: [] };
      group.ids.push(id);
      out.set(root, group);
    }
    return [...out.values()];
  }
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
