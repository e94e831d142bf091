// The sittings of a positioning's series with their domain scores, for the progress table.
import type { PositioningData } from '../../domain/entities';
import { progressSeries, type ProgressSeries, type SittingScores } from '../../domain/positioning/progress';
import type { LocalRecord } from '../../sync/workspace';
import { adviserScores, candidateScores, sittingOf } from './review-model';

function scoresOf(record: LocalRecord<'positionings'>): SittingScores | undefined {
  const sitting = sittingOf(record.data);
  if (!sitting) return undefined;
  const data: PositioningData = record.data;
  return {
    id: record.id,
    ...(data.candidateId ? { candidateId: data.candidateId } : {}),
    accompanimentId: data.accompanimentId ?? null,
    metier: sitting.metier,
    completedAt: data.completedAt ?? null,
    candidate: candidateScores(sitting),
    adviser: adviserScores(sitting),
  };
}

export function seriesFor(current: LocalRecord<'positionings'>, all: readonly LocalRecord<'positionings'>[], domainIds: readonly string[]): ProgressSeries {
  const own = scoresOf(current);
  if (!own) return { sittings: [], rows: [] };
  const others = all.filter((record) => record.id !== current.id && record.data.candidateId === current.data.candidateId).flatMap((record) => scoresOf(record) ?? []);
  return progressSeries(own, others, domainIds);
}
