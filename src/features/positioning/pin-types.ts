// The PIN check as the screens see it, from the Workspace contract.
import type { Workspace } from '../../sync/workspace';

export type PinCheck = Awaited<ReturnType<NonNullable<Workspace['pin']>['verify']>>;

/** Without a PIN gate (test fakes), nothing opens. */
export const noPin = async (): Promise<PinCheck> => ({ result: 'not-set' });
