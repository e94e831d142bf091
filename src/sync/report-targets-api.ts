// Report targets online (design/reporting.md: persons informed and accompanied per site and year,
// 320 and 200 by default): GET, PUT and DELETE /api/reports/targets with the session's token,
// through the sync transport's requester. The rows last fetched or changed are kept on this
// instance (one per workspace), in memory only, so the screen can show the last known targets
// offline; gone at logout or reload (then the defaults apply, and the screen says so).
import { z } from 'zod';
import { createJsonRequester, type TransportOptions } from './transport';

export const REPORT_TARGETS_API_PATH = '/api/reports/targets';

const rowSchema = z.object({
  siteId: z.string(),
  year: z.number().int(),
  spocPersons: z.number().int(),
  accompaniedPersons: z.number().int(),
  enteredBy: z.string().optional(),
  enteredAt: z.string().optional(),
});
export type ReportTargetEntry = z.infer<typeof rowSchema>;
export type ReportTargetFigures = Pick<ReportTargetEntry, 'siteId' | 'year' | 'spocPersons' | 'accompaniedPersons'>;
const listSchema = z.object({ targets: z.array(rowSchema) });
const savedSchema = z.object({ target: rowSchema });

export interface ReportTargetsApi {
  /** Every target entered for the user's sites. */
  list(): Promise<ReportTargetEntry[]>;
  save(figures: ReportTargetFigures): Promise<ReportTargetEntry>;
  /** Back to the defaults for that site and year. */
  remove(siteId: string, year: number): Promise<void>;
  /** The rows last fetched or changed in this session, if any. */
  cached(): ReportTargetEntry[] | undefined;
  remember(rows: readonly ReportTargetEntry[]): void;
}

export interface ReportTargetsApiOptions extends TransportOptions {
  getToken: () => string | undefined;
}

export function createReportTargetsApi(options: ReportTargetsApiOptions): ReportTargetsApi {
  const request = createJsonRequester(options);
  let sessionRows: ReportTargetEntry[] | undefined;
  return {
    async list() {
      return (await request(listSchema, REPORT_TARGETS_API_PATH, { method: 'GET', token: options.getToken() })).targets;
    },
    async save({ siteId, year, spocPersons, accompaniedPersons }) {
      const body = { siteId, year, spocPersons, accompaniedPersons };
      return (await request(savedSchema, REPORT_TARGETS_API_PATH, { method: 'PUT', body, token: options.getToken() })).target;
    },
    async remove(siteId, year) {
      const query = new URLSearchParams({ siteId, year: String(year) }).toString();
      await request(z.unknown(), `${REPORT_TARGETS_API_PATH}?${query}`, { method: 'DELETE', token: options.getToken() });
    },
    cached: () => sessionRows,
    remember(rows) {
      sessionRows = [...rows];
    },
  };
}
