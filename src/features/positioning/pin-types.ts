// The PIN check as the screens see it, from the Workspace contract.
import type { Workspace } from '../../sync/workspace';

export type PinCheck = Awaited<ReturnType<Workspace['pin']['verify']>>;
