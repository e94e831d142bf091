// The local records the report counts, decrypted from this device's workspace and shaped as the
// report's input (a local record is never a tombstone: deletions are removed from the local store).
import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords } from '../../components/use-records';
import type { ReportInput, ReportRecord, ReportTable } from '../../domain/report';
import type { LocalRecord } from '../../sync/workspace';

function useTable<T extends ReportTable | 'sites'>(table: T): LocalRecord<T>[] | undefined {
  const workspace = useWorkspace();
  const repo = useMemo(() => workspace.repo(table), [workspace, table]);
  return useRecords(repo);
}

const toReport = <T extends ReportTable>(records: LocalRecord<T>[]): ReportRecord<T>[] =>
  records.map((record) => ({ id: record.id, siteId: record.siteId, deleted: false, data: record.data }));

export interface LocalReportData {
  input: ReportInput;
  candidates: LocalRecord<'candidates'>[];
  sites: LocalRecord<'sites'>[];
  /** The earliest year of a SPOC action or an accompaniment start, for the evolution table's history. */
  firstYear: number | undefined;
}

function firstYearOf(spocActions: LocalRecord<'spocActions'>[], accompaniments: LocalRecord<'accompaniments'>[]): number | undefined {
  let first: number | undefined;
  for (const day of [...spocActions.map((record) => record.data.date), ...accompaniments.map((record) => record.data.startDate)]) {
    const year = day ? Number(day.slice(0, 4)) : NaN;
    if (Number.isInteger(year) && (first === undefined || year < first)) first = year;
  }
  return first;
}

/** Undefined until every table has answered. */
export function useReportInput(): LocalReportData | undefined {
  const candidates = useTable('candidates');
  const spocActions = useTable('spocActions');
  const accompaniments = useTable('accompaniments');
  const moduleSessions = useTable('moduleSessions');
  const attendance = useTable('attendance');
  const validationSteps = useTable('validationSteps');
  const sites = useTable('sites');
  return useMemo(() => {
    if (!candidates || !spocActions || !accompaniments || !moduleSessions || !attendance || !validationSteps || !sites) return undefined;
    return {
      input: {
        candidates: toReport(candidates),
        spocActions: toReport(spocActions),
        accompaniments: toReport(accompaniments),
        moduleSessions: toReport(moduleSessions),
        attendance: toReport(attendance),
        validationSteps: toReport(validationSteps),
      },
      candidates,
      sites,
      firstYear: firstYearOf(spocActions, accompaniments),
    };
  }, [candidates, spocActions, accompaniments, moduleSessions, attendance, validationSteps, sites]);
}
