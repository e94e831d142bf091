// The password policy of every place a password is set (own change, reset by a coordinator,
// account creation, admin CLI): the shape rules of src/domain/password-policy.ts, and no common or
// breached password from the bundled list (common-passwords.txt), nor one of them with digits or
// symbols added around it or letters swapped for look-alike digits (docs/login-security.md).
import { readFileSync } from 'node:fs';
import { passwordShapeRefusal } from '../../src/domain/password-policy';
import type { PasswordShapeRefusal } from '../../src/domain/password-policy';
import { validationText } from '../../src/domain/validation-messages';
import { badRequest } from '../http/errors';

export type PasswordRefusal = PasswordShapeRefusal | 'passwordCommon';

const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
);

const LOOK_ALIKES: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
/** A base shorter than this, once digits and symbols are cut off, is no common word of its own. */
const MIN_BASE_LENGTH = 4;

function withoutLookAlikes(text: string): string {
  return [...text].map((character) => LOOK_ALIKES[character] ?? character).join('');
}

/** Digits and symbols cut off both ends ("Password2026!" → "password"). */
function core(text: string): string {
  return text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

export function isCommonPassword(password: string): boolean {
  const plain = password.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  if (COMMON_PASSWORDS.has(plain)) return true;
  const bases = [core(plain), withoutLookAlikes(plain), core(withoutLookAlikes(plain)), withoutLookAlikes(core(plain))];
  const halves = bases.flatMap((base) => /^(.+)\1$/su.exec(base)?.[1] ?? []); // "dragondragon!"
  return [...bases, ...halves].some((base) => base.length >= MIN_BASE_LENGTH && COMMON_PASSWORDS.has(base));
}

export function passwordRefusal(password: string): PasswordRefusal | undefined {
  return passwordShapeRefusal(password) ?? (isCommonPassword(password) ? 'passwordCommon' : undefined);
}

/** Fails the request with 400 and the reason in words when `password` may not be set. */
export function assertAllowedPassword(field: string, password: string): void {
  const refusal = passwordRefusal(password);
  if (refusal) throw badRequest([{ path: [field], code: refusal, message: validationText(refusal) }]);
}
