// Figures coordinators enter online per site and calendar year (persons informed and accompanied):
// past years' figures and the report's targets. GET lists, PUT saves one, DELETE removes one, with
// the session's token through the sync transport's requester. The rows last fetched or changed are
// kept on the instance (one per workspace), in memory only: gone at logout or reload.
import { z } from 'zod';
import { createJsonRequester, type TransportOptions } from './transport';

const rowSchema = z.object({
  siteId: z.string(),
  year: z.number().int(),
  spocPersons: z.number().int(),
  accompaniedPersons: z.number().int(),
  /** Past years only: null when not entered. */
  accompaniments: z.number().int().nullable().optional(),
  enteredBy: z.string().optional(),
  enteredAt: z.string().optional(),
});
export type SiteYearEntry = z.infer<typeof rowSchema>;
export type SiteYearFigures = Pick<SiteYearEntry, 'siteId' | 'year' | 'spocPersons' | 'accompaniedPersons' | 'accompaniments'>;

export interface SiteYearFiguresApi {
  list(): Promise<SiteYearEntry[]>;
  save(figures: SiteYearFigures): Promise<SiteYearEntry>;
  remove(siteId: string, year: number): Promise<void>;
  /** The rows last fetched or changed in this session, if any. */
  cached(): SiteYearEntry[] | undefined;
  remember(rows: readonly SiteYearEntry[]): void;
}

export interface SiteYearFiguresApiOptions extends TransportOptions {
  getToken: () => string | undefined;
}

/** `listKey` and `itemKey` name the answers' members (`{ pastYears: [...] }`, `{ pastYear: {...} }`). */
export function createSiteYearFiguresApi(path: string, listKey: string, itemKey: string, options: SiteYearFiguresApiOptions): SiteYearFiguresApi {
  const request = createJsonRequester(options);
  const listSchema = z.object({ [listKey]: z.array(rowSchema) });
  const savedSchema = z.object({ [itemKey]: rowSchema });
  let sessionRows: SiteYearEntry[] | undefined;
  return {
    async list() {
      return (await request(listSchema, path, { method: 'GET', token: options.getToken() }))[listKey] as SiteYearEntry[];
    },
    async save({ siteId, year, spocPersons, accompaniedPersons, accompaniments }) {
      // Targets have no accompaniments: the field is sent only when given.
      const body = { siteId, year, spocPersons, accompaniedPersons, ...(accompaniments === undefined ? {} : { accompaniments }) };
      return (await request(savedSchema, path, { method: 'PUT', body, token: options.getToken() }))[itemKey] as SiteYearEntry;
    },
    async remove(siteId, year) {
      const query = new URLSearchParams({ siteId, year: String(year) }).toString();
      await request(z.unknown(), `${path}?${query}`, { method: 'DELETE', token: options.getToken() });
    },
    cached: () => sessionRows,
    remember(rows) {
      sessionRows = [...rows];
    },
  };
}
