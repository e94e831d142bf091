// The network reporter's only reading (docs/roles-and-organisations.md): the masked activity report
// of every organisation, fetched from the server, online only (GET /api/reports/activity). Nothing
// of it is stored on the device.
import { z } from 'zod';
import type { NetworkReport } from '../domain/report';
import { createJsonRequester, type TransportOptions } from './transport';
import { API_PATHS } from '../domain/api-paths';

export const ACTIVITY_REPORT_PATH = API_PATHS.activityReport;

const counts = z.record(z.string(), z.union([z.number(), z.string()]));
/** The shape the screen reads; the figures themselves are the server's pure function's. */
const networkReportSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    spoc: z.object({ total: z.object({ actions: z.number(), persons: z.number() }).loose(), bySite: z.array(z.object({ siteId: z.string() }).loose()) }).loose(),
    accompaniment: z.object({ bySite: z.array(z.object({ siteId: z.string() }).loose()) }).loose(),
    validation: z.object({ bySite: z.array(z.object({ siteId: z.string() }).loose()) }).loose(),
    modules: z.array(z.object({ siteId: z.string() }).loose()),
    profiles: z.record(z.string(), counts),
    evolution: z
      .object({
        rows: z.array(z.object({ year: z.number(), siteId: z.string() }).loose()),
        network: z.array(z.object({ year: z.number() }).loose()),
      })
      .loose(),
    dataQuality: z.object({ asOf: z.string() }).loose(),
    siteNames: z.record(z.string(), z.string()),
  })
  .loose();

export interface NetworkReportApi {
  activity(period: { from: string; to: string }): Promise<NetworkReport>;
  /** Ends the session on the server (best effort). */
  logout(): Promise<void>;
}

export function createNetworkReportApi(options: TransportOptions & { getToken: () => string | undefined }): NetworkReportApi {
  const request = createJsonRequester(options);
  return {
    async activity(period) {
      const query = new URLSearchParams(period).toString();
      const answer = await request(networkReportSchema, `${ACTIVITY_REPORT_PATH}?${query}`, { method: 'GET', token: options.getToken() });
      return answer as unknown as NetworkReport;
    },
    async logout() {
      await request(z.unknown(), '/api/auth/logout', { method: 'POST', body: {}, token: options.getToken() });
    },
  };
}
