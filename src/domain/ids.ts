import { v7 as uuidv7, validate } from 'uuid';

/** Client-generated record ids are UUID v7: unique without a server, and time-ordered. */
export function newId(): string {
  return uuidv7();
}

export function isUuid(value: string): boolean {
  return validate(value);
}
