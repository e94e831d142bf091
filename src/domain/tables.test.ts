// Who may push to which synced table: devices never write sites and users; only coordinators and
// administrators write the UC code lists.
import { describe, expect, it } from 'vitest';
import { mayWriteTable, type SyncedTable } from './tables';

describe('writable tables per role', () => {
  it.each<[string, SyncedTable, boolean]>([
    ['adviser', 'candidates', true],
    ['adviser', 'validationSteps', true],
    ['adviser', 'ucs', false],
    ['coordinator', 'ucs', false],
    ['admin', 'ucs', false],
    ['adviser', 'metiers', false],
    ['coordinator', 'metiers', false],
    ['reporter', 'metiers', false],
    ['admin', 'metiers', true],
    ['adviser', 'siteMetiers', false],
    ['coordinator', 'siteMetiers', true],
    ['admin', 'siteMetiers', true],
    ['coordinator', 'sites', false],
    ['admin', 'users', false],
  ])('%s → %s: %s', (role, table, allowed) => {
    expect(mayWriteTable(role, table)).toBe(allowed);
  });
});
