// The interface language, remembered on this device: per user once they signed in, and the last
// one used (for the login screen before anyone signs in). Language codes carry no personal data.
import { SUPPORTED_LANGUAGES, type AppLanguage } from './languages';

const LAST_USED_KEY = 'vdc-language';
const userKey = (userId: string) => `vdc-language:${userId}`;

function read(key: string): AppLanguage | undefined {
  try {
    const value = globalThis.localStorage?.getItem(key);
    return (SUPPORTED_LANGUAGES as readonly string[]).includes(value ?? '') ? (value as AppLanguage) : undefined;
  } catch {
    return undefined; // storage disabled: French
  }
}

export function lastUsedLanguage(): AppLanguage {
  return read(LAST_USED_KEY) ?? 'fr';
}

export function userLanguage(userId: string): AppLanguage | undefined {
  return read(userKey(userId));
}

/**
 * A choice made while signed out (the login screen) in this page: the person who made it is the one
 * signing in, so it wins over the language stored for them before (useUserLanguage). Kept in the
 * page's memory only.
 */
let chosenSignedOut: AppLanguage | undefined;

/** The language chosen on the login screen since the page loaded, once (then forgotten). */
export function takeSignedOutChoice(): AppLanguage | undefined {
  const chosen = chosenSignedOut;
  chosenSignedOut = undefined;
  return chosen;
}

export function rememberLanguage(language: AppLanguage, userId?: string): void {
  if (!userId) chosenSignedOut = language;
  try {
    globalThis.localStorage?.setItem(LAST_USED_KEY, language);
    if (userId) globalThis.localStorage?.setItem(userKey(userId), language);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}
