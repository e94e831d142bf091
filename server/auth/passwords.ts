// Passwords are kept only as argon2id hashes (@node-rs/argon2 defaults: argon2id, 19 MiB, t=2).
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed login, not a crash
  }
}

/** Verified against when the email is unknown, so both failures take the same time. */
export const DUMMY_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$KThEvZq14JNdnE3gpQUkDg$vsdMZtRtmccSlc1A2Y+FlYrQUuABj1qsEec5qImeAHA';
