// Why the login screen is shown, when the reason came before a page load: a revoked tablet wipes the
// adviser's data and reloads onto the login screen, which must say so instead of appearing bare.
// Kept in localStorage under one key, read once; the words carry no personal data.
export const LOGIN_NOTICES = ['deviceRevoked'] as const;
export type LoginNotice = (typeof LOGIN_NOTICES)[number];

const KEY = 'vdc-login-notice';

export function leaveLoginNotice(notice: LoginNotice): void {
  try {
    globalThis.localStorage?.setItem(KEY, notice);
  } catch {
    // storage disabled: the login screen then appears without the word
  }
}

/** Read from storage once per page (and removed there), kept until dismissed or a login succeeds. */
let taken: { notice: LoginNotice | undefined } | undefined;

/** The notice left for the login screen by this page's load (the same at every call until forgotten). */
export function takeLoginNotice(): LoginNotice | undefined {
  if (!taken) {
    let value: string | null | undefined;
    try {
      value = globalThis.localStorage?.getItem(KEY);
      globalThis.localStorage?.removeItem(KEY);
    } catch {
      value = undefined;
    }
    taken = { notice: (LOGIN_NOTICES as readonly string[]).includes(value ?? '') ? (value as LoginNotice) : undefined };
  }
  return taken.notice;
}

export function forgetLoginNotice(): void {
  taken = { notice: undefined };
}

/** Tests: read the storage again at the next call. */
export function resetLoginNoticeForTests(): void {
  taken = undefined;
}
