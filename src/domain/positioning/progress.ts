// Progress over time: the completed sittings of one accompaniment (or, for a sitting not linked
// to one, of the same person and métier), oldest first, with each domain's scores and the change
// since the sitting before.

export interface SittingScores {
  id: string;
  candidateId?: string;
  accompanimentId?: string | null;
  metier?: string;
  completedAt?: string | null;
  /** Domain id → the candidate's score (0–100) or null. */
  candidate: Readonly<Record<string, number | null>>;
  /** Domain id → the adviser's score, when they rated. */
  adviser?: Readonly<Record<string, number | null>>;
}

export interface ProgressCell {
  sittingId: string;
  candidate: number | null;
  adviser: number | null;
  /** The candidate's score minus the one of the sitting before (null for the first, or when unknown). */
  change: number | null;
}

export interface ProgressRow {
  domainId: string;
  cells: ProgressCell[];
}

export interface ProgressSeries {
  sittings: SittingScores[];
  rows: ProgressRow[];
}

/** The sittings that belong with `current` in one series. */
export function sameSeries(current: SittingScores, other: SittingScores): boolean {
  if (current.accompanimentId) return other.accompanimentId === current.accompanimentId;
  return !other.accompanimentId && other.candidateId === current.candidateId && other.metier === current.metier;
}

/** The series of `current` among `all`, over the given domains (in that order). */
export function progressSeries(current: SittingScores, all: readonly SittingScores[], domainIds: readonly string[]): ProgressSeries {
  const byId = new Map<string, SittingScores>();
  for (const sitting of [current, ...all]) if (sitting.completedAt && sameSeries(current, sitting) && !byId.has(sitting.id)) byId.set(sitting.id, sitting);
  const sittings = [...byId.values()].sort((a, b) => (a.completedAt ?? '').localeCompare(b.completedAt ?? ''));
  const rows = domainIds
    .map((domainId) => {
      let previous: number | null = null;
      const cells = sittings.map((sitting, index) => {
        const candidate = sitting.candidate[domainId] ?? null;
        const change = index > 0 && previous !== null && candidate !== null ? candidate - previous : null;
        previous = candidate;
        return { sittingId: sitting.id, candidate, adviser: sitting.adviser?.[domainId] ?? null, change };
      });
      return { domainId, cells };
    })
    .filter((row) => row.cells.some((cell) => cell.candidate !== null || cell.adviser !== null));
  return { sittings, rows };
}
