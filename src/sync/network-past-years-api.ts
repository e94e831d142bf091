// The network's distinct totals of past years online (docs/report-counting.md, "Evolution over
// years and past years"): /api/reports/network-past-years, entered by the network reporter.
// Nothing is kept on the device.
import { z } from 'zod';
import { createJsonRequester, type TransportOptions } from './transport';
import { API_PATHS } from '../domain/api-paths';

export const NETWORK_PAST_YEARS_API_PATH = API_PATHS.networkPastYears;

const rowSchema = z.object({
  year: z.number().int(),
  spocPersons: z.number().int(),
  accompaniedPersons: z.number().int(),
  accompaniments: z.number().int().nullable(),
  enteredBy: z.string().optional(),
  enteredAt: z.string().optional(),
});
export type NetworkPastYearEntry = z.infer<typeof rowSchema>;
export type NetworkPastYearInput = Pick<NetworkPastYearEntry, 'year' | 'spocPersons' | 'accompaniedPersons' | 'accompaniments'>;

export interface NetworkPastYearsApi {
  list(): Promise<NetworkPastYearEntry[]>;
  save(figures: NetworkPastYearInput): Promise<NetworkPastYearEntry>;
  remove(year: number): Promise<void>;
}

export function createNetworkPastYearsApi(options: TransportOptions & { getToken: () => string | undefined }): NetworkPastYearsApi {
  const request = createJsonRequester(options);
  return {
    async list() {
      return (await request(z.object({ networkPastYears: z.array(rowSchema) }), NETWORK_PAST_YEARS_API_PATH, { method: 'GET', token: options.getToken() })).networkPastYears;
    },
    async save({ year, spocPersons, accompaniedPersons, accompaniments }) {
      const body = { year, spocPersons, accompaniedPersons, accompaniments };
      return (await request(z.object({ networkPastYear: rowSchema }), NETWORK_PAST_YEARS_API_PATH, { method: 'PUT', body, token: options.getToken() })).networkPastYear;
    },
    async remove(year) {
      await request(z.unknown(), `${NETWORK_PAST_YEARS_API_PATH}?year=${year}`, { method: 'DELETE', token: options.getToken() });
    },
  };
}
