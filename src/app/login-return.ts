// Where the login screen sends the adviser back after signing in: the state a signed-in screen's
// guard (or the first screen, before the router has loaded) leaves on the login's history entry.
import { SCREEN_PATHS } from '../domain/screen-paths';

/** The login's navigation state. */
export interface LoginState {
  notice?: string;
  /** The address the adviser was on (path and query): after logging in again she lands there. */
  from?: string;
}

/** A path of this app (not another origin, not the login itself), or undefined. */
export function returnPath(from: unknown): string | undefined {
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith(SCREEN_PATHS.login)) return undefined;
  return from === SCREEN_PATHS.home ? undefined : from;
}
