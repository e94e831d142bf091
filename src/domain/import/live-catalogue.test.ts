// The import reads métiers through the live catalogue (the tablet's synced `metiers` records over
// the seed, catalogueFromRecords), not the seed alone (docs/import.md).
import { describe, expect, it } from 'vitest';
import { catalogueFromRecords } from '../metiers/catalogue';
import { matchMetier, planRows, suggestCode } from './index';

const added = catalogueFromRecords([
  { id: 'soudeur-tig', data: { code: 'soudeur-tig', labels: { fr: 'Soudeur TIG', nl: 'TIG-lasser' }, ucs: [] } },
  { id: 'coiffeur', data: { code: 'coiffeur', labels: { fr: 'Coiffeur·euse (styliste)' }, ucs: [] } },
]);

describe('the import and the live métier catalogue', () => {
  it('recognises a métier an administrator added, by its French or Dutch label', () => {
    expect(matchMetier('Soudeur TIG')).toBeUndefined(); // the seed does not know it
    expect(matchMetier('Soudeur TIG', added)).toEqual({ code: 'soudeur-tig', exact: true });
    expect(matchMetier('tig-lasser', added)).toEqual({ code: 'soudeur-tig', exact: true });
    expect(matchMetier('Coiffeur·euse (styliste)', added)).toEqual({ code: 'coiffeur', exact: true });
    expect(suggestCode('metier', 'Soudeur TIG', added)).toBe('soudeur-tig');
  });

  it('plans the rows with it: the row is ready instead of waiting for a mapping', () => {
    const sheet = [['Nom', 'Métier', 'Date info'], ['Peeters', 'Soudeur TIG', '2026-03-02']];
    const mapping = ['lastName', 'metier', 'spocDate'] as const;
    expect(planRows(sheet, [...mapping])[0]?.problems.map((problem) => problem.reason)).toEqual(['valueNotMapped']);
    const [row] = planRows(sheet, [...mapping], { catalogue: added });
    expect(row?.problems).toEqual([]);
    expect(row?.spocAction?.metiers).toEqual(['soudeur-tig']);
  });
});
