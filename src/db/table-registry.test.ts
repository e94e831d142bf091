import { describe, expect, it } from 'vitest';
import { fieldSchemas } from '../domain/entities';
import { SYNCED_TABLES } from '../domain/tables';
import { TABLE_STORAGE } from './table-registry';

const ROW_KEYS = ['id', 'siteId', 'rev', 'deleted', 'ver', 'enc'];
const NEVER_CLEAR = ['firstName', 'lastName', 'birthDate', 'phone', 'email', 'notes', 'text', 'answers', 'adviserRatings', 'moduleDecisions', 'agreedLevels', 'candidateWords', 'orientation', 'name'];

describe('table registry', () => {
  it('has one entry per synced table, with real fields that do not collide with row metadata', () => {
    expect(Object.keys(TABLE_STORAGE).sort()).toEqual([...SYNCED_TABLES].sort());
    for (const table of SYNCED_TABLES) {
      const known = Object.keys(fieldSchemas[table].shape);
      for (const field of TABLE_STORAGE[table].clearFields) {
        expect(known).toContain(field);
        expect(ROW_KEYS).not.toContain(field);
      }
      for (const index of TABLE_STORAGE[table].indexes) expect(TABLE_STORAGE[table].clearFields).toContain(index);
    }
  });

  it('keeps personal fields encrypted (sites are organisations, not persons)', () => {
    for (const table of SYNCED_TABLES.filter((name) => name !== 'sites')) {
      for (const field of TABLE_STORAGE[table].clearFields) expect(NEVER_CLEAR).not.toContain(field);
    }
  });
});
