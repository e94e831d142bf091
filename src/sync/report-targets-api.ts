// Report targets online (docs/report-counting.md, "Targets"): /api/reports/targets. One goal for the
// whole network per year (`organisationId` null), and organisations' own goals. Offline the screen
// shows the rows last known in this session, or the 2024 goal, and says so. The rows last fetched
// or changed are kept on the instance (one per workspace), in memory only.
import { z } from 'zod';
import { createJsonRequester, type TransportOptions } from './transport';
import { API_PATHS } from '../domain/api-paths';

export const REPORT_TARGETS_API_PATH = API_PATHS.reportTargets;

const rowSchema = z.object({
  organisationId: z.string().nullable(),
  year: z.number().int(),
  spocPersons: z.number().int(),
  accompaniedPersons: z.number().int(),
  enteredBy: z.string().optional(),
  enteredAt: z.string().optional(),
});
export type ReportTargetEntry = z.infer<typeof rowSchema>;
export type ReportTargetFigures = Pick<ReportTargetEntry, 'organisationId' | 'year' | 'spocPersons' | 'accompaniedPersons'>;

export interface ReportTargetsApi {
  list(): Promise<ReportTargetEntry[]>;
  save(figures: ReportTargetFigures): Promise<ReportTargetEntry>;
  /** The network's goal goes back to the 2024 one; an organisation's is gone. */
  remove(organisationId: string | null, year: number): Promise<void>;
  cached(): ReportTargetEntry[] | undefined;
  remember(rows: readonly ReportTargetEntry[]): void;
}

export interface ReportTargetsApiOptions extends TransportOptions {
  getToken: () => string | undefined;
}

export function createReportTargetsApi(options: ReportTargetsApiOptions): ReportTargetsApi {
  const request = createJsonRequester(options);
  const path = REPORT_TARGETS_API_PATH;
  let sessionRows: ReportTargetEntry[] | undefined;
  return {
    async list() {
      return (await request(z.object({ targets: z.array(rowSchema) }), path, { method: 'GET', token: options.getToken() })).targets;
    },
    async save({ organisationId, year, spocPersons, accompaniedPersons }) {
      const body = { organisationId, year, spocPersons, accompaniedPersons };
      return (await request(z.object({ target: rowSchema }), path, { method: 'PUT', body, token: options.getToken() })).target;
    },
    async remove(organisationId, year) {
      const query = new URLSearchParams({ year: String(year), ...(organisationId ? { organisationId } : {}) }).toString();
      await request(z.unknown(), `${path}?${query}`, { method: 'DELETE', token: options.getToken() });
    },
    cached: () => sessionRows,
    remember(rows) {
      sessionRows = [...rows];
    },
  };
}
