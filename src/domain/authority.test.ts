// Every id-like field of the synced tables is either a link the server checks or named as not a
// link: a new `…Id` field cannot slip past the push's link check unnoticed.
import { describe, expect, it } from 'vitest';
import { idsAtPath, LINK_FIELDS, NOT_LINKS, SERVER_ONLY_FIELDS, serverOnlyFieldsIn } from './authority';
import { fieldSchemas } from './entities';
import { SYNCED_TABLES } from './tables';

describe('server authority tables', () => {
  it('places every top-level id-like field in the links, the server-only fields or the non-links', () => {
    for (const table of SYNCED_TABLES) {
      const idLike = Object.keys(fieldSchemas[table].shape).filter((field) => /(Id|Ids|Into|As)$/.test(field));
      const placed = new Set([
        ...LINK_FIELDS[table].map((link) => link.path.split(/[.[]/)[0]),
        ...(SERVER_ONLY_FIELDS[table] ?? []),
        ...(NOT_LINKS[table] ?? []),
      ]);
      for (const field of idLike) expect(placed.has(field), `${table}.${field}`).toBe(true);
    }
  });

  it('reads ids at nested paths and ignores what is not a string', () => {
    expect(idsAtPath({ candidateIds: ['a', 7, 'b'] }, 'candidateIds[]')).toEqual(['a', 'b']);
    expect(idsAtPath({ consent: { recordedBy: 'u1' } }, 'consent.recordedBy')).toEqual(['u1']);
    expect(idsAtPath({ moduleDecisions: [{ decidedBy: 'u1' }, {}, 'x'] }, 'moduleDecisions[].decidedBy')).toEqual(['u1']);
    expect(idsAtPath({ candidateId: { nested: 'no' } }, 'candidateId')).toEqual([]);
    expect(idsAtPath(undefined, 'candidateId')).toEqual([]);
  });

  it('finds a server-only field whatever its value, null included', () => {
    expect(serverOnlyFieldsIn('candidates', { firstName: 'A', erased: null })).toEqual(['erased']);
    expect(serverOnlyFieldsIn('candidates', { firstName: 'A' })).toEqual([]);
    expect(serverOnlyFieldsIn('followUpNotes', { erased: true })).toEqual([]);
  });
});
