// Timings of the candidate index on fictional data (names generated from syllables, seeded):
// index build, search and duplicate check at 10,000 and 50,000 candidates. Run it with
// `npx tsx scripts/bench/matching.bench.ts`. No assertions here: figures for humans.
import { COMMUNE_CODES } from '../codes';
import { mulberry32 } from '../mulberry32';
import { buildCandidateIndex, findLikelyDuplicates, searchCandidates } from './index';
import type { CandidateRecord, DuplicateDraft } from './index';

const seeded = mulberry32;

const ONSETS = ['', 'b', 'd', 'f', 'h', 'k', 'l', 'm', 'n', 'r', 's', 't', 'y', 'z', 'ch', 'kh', 'dj', 'ts', 'ou', 'w', 'g', 'j', 'v'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ou', 'ai', 'ei', 'ï', 'é', 'ü', 'ö', 'a', 'i'];
const CODAS = ['', '', '', 'n', 'm', 'r', 'l', 's', 'd', 't', 'k', 'ss', 'mm'];
const PARTICLES = ['El ', 'Al-', 'Ben ', 'Van den ', 'De ', "N'", 'Ould ', 'Aït '];

export interface MatchingBenchFigures {
  size: number;
  buildMs: number;
  /** Median of the search queries, ms. */
  searchMedianMs: number;
  searchMaxMs: number;
  /** The worst search of each kind of query (one to four letters, two words, phone, postal code), ms. */
  searchMaxByKind: Record<SearchKind, number>;
  duplicateMedianMs: number;
  duplicateMaxMs: number;
  /** Average number of duplicate matches per check (sanity). */
  duplicateMatchesAvg: number;
}

function word(random: () => number, syllables: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  let text = '';
  for (let i = 0; i < syllables; i++) text += pick(ONSETS) + pick(NUCLEI) + pick(CODAS);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fictional candidates: 1–2 first names, a last name with a particle now and then. */
export function fictionalCandidates(count: number, seed = 42): CandidateRecord[] {
  const random = seeded(seed);
  const records: CandidateRecord[] = [];
  // A limited pool of names, as in life: many people share first names and family names.
  const firstNames = Array.from({ length: 1500 }, () => word(random, 2 + Math.floor(random() * 2)));
  const lastNames = Array.from({ length: 12000 }, () => word(random, 2 + Math.floor(random() * 2)));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  for (let i = 0; i < count; i++) {
    const first = random() < 0.2 ? `${pick(firstNames)} ${pick(firstNames)}` : pick(firstNames);
    const last = (random() < 0.15 ? pick(PARTICLES) : '') + pick(lastNames);
    const year = 1955 + Math.floor(random() * 50);
    const birthDate = random() < 0.1 ? String(year) : `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const phone = random() < 0.8 ? `04${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : null;
    records.push({ id: `c${i}`, data: { firstName: first, lastName: last, birthDate, phone, communeCode: pick(COMMUNE_CODES) } });
  }
  return records;
}

const SEARCH_KINDS = ['1 letter', '2 letters', '3 letters', '4 letters', '2 words', 'phone digits', 'postal code'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

function queryOf(kind: SearchKind, data: { firstName?: string | null; lastName?: string | null; phone?: string | null }): string {
  const last = data.lastName ?? '';
  const first = data.firstName ?? '';
  if (kind === '2 words') return `${first.slice(0, 2)} ${last.slice(0, 4)}`;
  if (kind === 'phone digits') return (data.phone ?? '0475').slice(2, 7);
  if (kind === 'postal code') return '1080';
  return last.slice(0, Number(kind.charAt(0)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function benchMatching(sizes: readonly number[] = [10_000, 50_000], now: () => number = () => performance.now()): MatchingBenchFigures[] {
  return sizes.map((size) => {
    const records = fictionalCandidates(size);
    const started = now();
    const index = buildCandidateIndex(records);
    const buildMs = now() - started;

    const random = seeded(7);
    const queries: { kind: SearchKind; text: string }[] = [];
    const drafts: DuplicateDraft[] = [];
    for (let i = 0; i < 210; i++) {
      const data = records[Math.floor(random() * records.length)]?.data ?? {};
      const last = data.lastName ?? '';
      const first = data.firstName ?? '';
      const kind = SEARCH_KINDS[i % SEARCH_KINDS.length] as SearchKind;
      queries.push({ kind, text: queryOf(kind, data) });
      // Duplicate checks: a typo'd or respelt existing person, and a new one.
      const typo = last.length > 5 ? last.slice(0, 2) + last.slice(3) : `${last}e`;
      drafts.push(i % 2 === 0 ? { firstName: first, lastName: typo, birthDate: data.birthDate ?? null } : { firstName: word(random, 2), lastName: word(random, 3), birthDate: '1990-01-01' });
    }
    const searchTimes = queries.map(({ text }) => {
      const t = now();
      searchCandidates(index, text);
      return now() - t;
    });
    const searchMaxByKind = Object.fromEntries(
      SEARCH_KINDS.map((kind) => [kind, round(Math.max(...searchTimes.filter((_, at) => queries[at]?.kind === kind)))]),
    ) as Record<SearchKind, number>;
    let matches = 0;
    const duplicateTimes = drafts.map((draft) => {
      const t = now();
      matches += findLikelyDuplicates(index, draft).length;
      return now() - t;
    });
    return {
      size,
      buildMs: round(buildMs),
      searchMedianMs: round(median(searchTimes)),
      searchMaxMs: round(Math.max(...searchTimes)),
      searchMaxByKind,
      duplicateMedianMs: round(median(duplicateTimes)),
      duplicateMaxMs: round(Math.max(...duplicateTimes)),
      duplicateMatchesAvg: round(matches / drafts.length),
    };
  });
}
