// The figures of work the user's sites did for persons whose files other sites now hold
// (GET /api/reports/moved-work, docs/transfers.md): fetched online by the reports screen and kept
// on the instance (one per workspace), in memory only, like the past years' figures.
import { z } from 'zod';
import { MOVED_WORK_PATH, type MovedWork } from '../domain/report/moved-work';
import { createJsonRequester, type TransportOptions } from './transport';

const recordSchema = z.object({ id: z.string(), siteId: z.string(), deleted: z.literal(false), data: z.record(z.string(), z.unknown()) });
const movedWorkSchema = z.object({
  movedWork: z.object({
    candidates: z.array(recordSchema),
    spocActions: z.array(recordSchema),
    accompaniments: z.array(recordSchema),
    attendance: z.array(recordSchema),
    validationSteps: z.array(recordSchema),
    moduleWork: z.array(recordSchema),
    positionings: z.array(recordSchema),
  }),
});

export interface MovedWorkApi {
  fetch(): Promise<MovedWork>;
  /** The answer last fetched in this session, if any. */
  cached(): MovedWork | undefined;
}

export function createMovedWorkApi(options: TransportOptions & { getToken: () => string | undefined }): MovedWorkApi {
  const request = createJsonRequester(options);
  let last: MovedWork | undefined;
  return {
    async fetch() {
      // The server sends the report's projection of each record: the report's own types.
      last = (await request(movedWorkSchema, MOVED_WORK_PATH, { method: 'GET', token: options.getToken() })).movedWork as unknown as MovedWork;
      return last;
    },
    cached: () => last,
  };
}
