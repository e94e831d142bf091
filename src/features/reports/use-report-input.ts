// The local records the report counts, decrypted from this device's workspace and shaped as the
// report's input (a local record is never a tombstone: deletions are removed from the local store).
import { useEffect, useMemo, useState } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords } from '../../components/use-records';
import type { ReportInput, ReportTable } from '../../domain/report';
import type { LocalRecord } from '../../sync/workspace';
import { firstYearOf, toReportInput } from './report-input';

function useTable<T extends ReportTable | 'sites'>(table: T): LocalRecord<T>[] | undefined {
  const workspace = useWorkspace();
  const repo = useMemo(() => workspace.repo(table), [workspace, table]);
  return useRecords(repo);
}

/**
 * A table the report only counts: the fields kept in clear on the tablet (links, dates, codes) are
 * all it reads, so nothing is decrypted (100,000 rows take seconds to decrypt on a tablet).
 */
function useCountedTable<T extends Exclude<ReportTable, 'candidates'>>(table: T): LocalRecord<T>[] | undefined {
  const workspace = useWorkspace();
  const [records, setRecords] = useState<LocalRecord<T>[] | undefined>(undefined);
  useEffect(() => workspace.repo(table).watchClearFields(setRecords), [workspace, table]);
  return records;
}

export interface LocalReportData {
  input: ReportInput;
  candidates: LocalRecord<'candidates'>[];
  sites: LocalRecord<'sites'>[];
  /** The earliest year of a SPOC action or an accompaniment start, for the evolution table's history. */
  firstYear: number | undefined;
}

/** Undefined until every table has answered. */
export function useReportInput(): LocalReportData | undefined {
  const candidates = useTable('candidates');
  // Candidates are read whole: the data-quality panel compares names and birth dates.
  const spocActions = useCountedTable('spocActions');
  const accompaniments = useCountedTable('accompaniments');
  const moduleSessions = useCountedTable('moduleSessions');
  const attendance = useCountedTable('attendance');
  const validationSteps = useCountedTable('validationSteps');
  const moduleWork = useCountedTable('moduleWork');
  // Positionings only as signs of life of an accompaniment (data-quality panel): their dates are clear fields.
  const positionings = useCountedTable('positionings');
  const sites = useTable('sites');
  return useMemo(() => {
    if (!candidates || !spocActions || !accompaniments || !moduleSessions || !attendance || !validationSteps || !moduleWork || !positionings || !sites) return undefined;
    return {
      input: toReportInput({ candidates, spocActions, accompaniments, moduleSessions, attendance, validationSteps, moduleWork, positionings }),
      candidates,
      sites,
      firstYear: firstYearOf(spocActions, accompaniments),
    };
  }, [candidates, spocActions, accompaniments, moduleSessions, attendance, validationSteps, moduleWork, positionings, sites]);
}
