// The local records the report counts, decrypted from this device's workspace and shaped as the
// report's input (a local record is never a tombstone: deletions are removed from the local store).
// Each table's last answer is kept for the session (report-session.ts): reopening the screen
// paints from it at once, and the live reads' new answers replace it only when a record changed.
import { useEffect, useState } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import type { ReportInput, ReportTable } from '../../domain/report';
import type { LocalRecord } from '../../sync/workspace';
import { firstYearOf, toReportInput } from './report-input';
import { reportSessionOf } from './report-session';

/**
 * One live read of a table, remembered for the session. `report`: a table the report counts, read
 * by the fields the report reads, its first answer from the report's input kept on the tablet
 * (db/kept-report.ts: a few decryptions instead of 100,000 rows read; docs/report-keep.md).
 */
function useSessionTable<T extends ReportTable | 'sites'>(table: T, reading: 'whole' | 'report'): readonly LocalRecord<T>[] | undefined {
  const workspace = useWorkspace();
  const session = reportSessionOf(workspace);
  const [records, setRecords] = useState(() => session.snapshot(table));
  useEffect(() => {
    const repo = workspace.repo(table);
    const keep = (next: LocalRecord<T>[]) => setRecords(session.accept(table, next));
    return reading === 'whole' ? repo.watch(keep) : repo.watchReport(keep);
  }, [workspace, session, table, reading]);
  return records;
}

export interface LocalReportData {
  input: ReportInput;
  candidates: readonly LocalRecord<'candidates'>[];
  sites: readonly LocalRecord<'sites'>[];
  /** The earliest year of a SPOC action or an accompaniment start, for the evolution table's history. */
  firstYear: number | undefined;
}

/** Undefined until every table has answered (once in the session: later openings start from the last answers). */
export function useReportInput(): LocalReportData | undefined {
  const workspace = useWorkspace();
  // The candidates' report fields include names and birth dates: the data-quality panel compares and shows them.
  const candidates = useSessionTable('candidates', 'report');
  const spocActions = useSessionTable('spocActions', 'report');
  const accompaniments = useSessionTable('accompaniments', 'report');
  const moduleSessions = useSessionTable('moduleSessions', 'report');
  const attendance = useSessionTable('attendance', 'report');
  const validationSteps = useSessionTable('validationSteps', 'report');
  const moduleWork = useSessionTable('moduleWork', 'report');
  // Positionings only as signs of life of an accompaniment (data-quality panel): their dates are clear fields.
  const positionings = useSessionTable('positionings', 'report');
  const sites = useSessionTable('sites', 'whole');
  if (!candidates || !spocActions || !accompaniments || !moduleSessions || !attendance || !validationSteps || !moduleWork || !positionings || !sites) return undefined;
  // Built once per set of answers in the session, so a reopening finds the same input (and its reports).
  return reportSessionOf(workspace).derived([candidates, spocActions, accompaniments, moduleSessions, attendance, validationSteps, moduleWork, positionings, sites], () => ({
    input: toReportInput({ candidates, spocActions, accompaniments, moduleSessions, attendance, validationSteps, moduleWork, positionings }),
    candidates,
    sites,
    firstYear: firstYearOf(spocActions, accompaniments),
  }));
}
