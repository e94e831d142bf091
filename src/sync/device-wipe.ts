// A coordinator revoked this tablet for a user (lost or stolen): the server answers
// `401 {"error":"unauthorized","wipe":true}` to its next login or sync, and the tablet deletes that
// user's local database and directory entry, then takes a new device id.
import { Directory } from '../db/directory';
import { deleteUnreadableUserDatabase } from '../db/user-database';
import { TransportError, type SyncApi } from './transport';

export function isWipeOrder(error: unknown): boolean {
  if (!(error instanceof TransportError) || error.kind !== 'unauthorized') return false;
  const body = error.details.body as { wipe?: unknown } | undefined;
  return body?.wipe === true;
}

/** Deletes everything this device holds for the user. Close their database first. */
export async function wipeAccountOnDevice(directoryName: string, userId: string): Promise<void> {
  const directory = new Directory(directoryName);
  try {
    await directory.forgetAccount(userId);
  } finally {
    directory.close();
  }
  await deleteUnreadableUserDatabase(userId);
}

/** The sync API, calling `onWipeOrder` (once) when the server orders a wipe; the error still propagates. */
export function watchForWipeOrder(api: SyncApi, onWipeOrder: () => Promise<void>): SyncApi {
  let wiping: Promise<void> | undefined;
  const guard = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      if (isWipeOrder(error)) {
        wiping ??= onWipeOrder();
        await wiping;
      }
      throw error;
    }
  };
  return {
    push: (request) => guard(() => api.push(request)),
    pull: (cursor, limit) => guard(() => api.pull(cursor, limit)),
  };
}
