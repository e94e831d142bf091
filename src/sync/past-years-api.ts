// Past years' figures online (design/reporting.md, table 3's history): GET, PUT and DELETE
// /api/reports/past-years with the session's token, through the sync transport's requester.
// The rows fetched in a session are kept on this instance (one per workspace), in memory only:
// never stored on the tablet, gone at logout or reload.
import { z } from 'zod';
import type { PastYearFigures } from '../domain/report';
import { createJsonRequester, type TransportOptions } from './transport';

export const PAST_YEARS_API_PATH = '/api/reports/past-years';

const rowSchema = z.object({
  siteId: z.string(),
  year: z.number().int(),
  spocPersons: z.number().int(),
  accompaniedPersons: z.number().int(),
  enteredBy: z.string().optional(),
  enteredAt: z.string().optional(),
});
export type PastYearEntry = z.infer<typeof rowSchema>;
const listSchema = z.object({ pastYears: z.array(rowSchema) });
const savedSchema = z.object({ pastYear: rowSchema });

export interface PastYearsApi {
  list(): Promise<PastYearEntry[]>;
  save(figures: PastYearFigures): Promise<PastYearEntry>;
  remove(siteId: string, year: number): Promise<void>;
  /** The rows last fetched or changed in this session, if any. */
  cached(): PastYearEntry[] | undefined;
  remember(rows: readonly PastYearEntry[]): void;
}

export interface PastYearsApiOptions extends TransportOptions {
  getToken: () => string | undefined;
}

export function createPastYearsApi(options: PastYearsApiOptions): PastYearsApi {
  const request = createJsonRequester(options);
  let sessionRows: PastYearEntry[] | undefined;
  return {
    async list() {
      return (await request(listSchema, PAST_YEARS_API_PATH, { method: 'GET', token: options.getToken() })).pastYears;
    },
    async save({ siteId, year, spocPersons, accompaniedPersons }) {
      const body = { siteId, year, spocPersons, accompaniedPersons };
      return (await request(savedSchema, PAST_YEARS_API_PATH, { method: 'PUT', body, token: options.getToken() })).pastYear;
    },
    async remove(siteId, year) {
      const query = new URLSearchParams({ siteId, year: String(year) }).toString();
      await request(z.unknown(), `${PAST_YEARS_API_PATH}?${query}`, { method: 'DELETE', token: options.getToken() });
    },
    cached: () => sessionRows,
    remember(rows) {
      sessionRows = [...rows];
    },
  };
}
