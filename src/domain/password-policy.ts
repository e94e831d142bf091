// The shape rules of a new password, shared by the forms and the server (docs/login-security.md).
// The server also refuses common and breached passwords (server/auth/password-policy.ts): that
// list stays on the server, out of the app's bundle.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
/** Fewer different characters than this is "the same few characters repeated". */
const MIN_DISTINCT_CHARACTERS = 4;

export type PasswordShapeRefusal = 'passwordTooShort' | 'passwordRepetitive';

/** Each character one after the previous in the alphabet or digits (either way; 9 then 0 counts). */
function isSequence(text: string): boolean {
  const codes = [...text].map((character) => character.codePointAt(0) ?? 0);
  const steps = codes.slice(1).map((code, index) => {
    const previous = codes[index] ?? 0;
    const isDigit = (value: number) => value >= 48 && value <= 57;
    return isDigit(code) && isDigit(previous) ? (((code - previous) % 10) + 10) % 10 : code - previous;
  });
  return steps.every((step) => step === 1) || steps.every((step) => step === -1 || step === 9);
}

export function passwordShapeRefusal(password: string): PasswordShapeRefusal | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'passwordTooShort';
  const lower = password.toLowerCase();
  if (new Set(lower.replace(/\s/g, '')).size < MIN_DISTINCT_CHARACTERS) return 'passwordRepetitive';
  if (/^(.+?)\1+$/su.test(lower) || isSequence(lower)) return 'passwordRepetitive';
  return undefined;
}
