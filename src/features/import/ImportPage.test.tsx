// The import screen end to end in memory: file → proposed mapping and preview → dry run (refused
// rows in words, duplicates with a choice) → import as repository writes; nothing written before.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidatesOf, createMemoryWorkspace, TEST_USER, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';

const COORDINATOR = { ...TEST_USER, role: 'coordinator' as const };

const CSV = [
  'Nom;Prénom;Date de naissance;Genre;Code postal;Métier;Date info;Type d\'info;Date début accompagnement;Remarque perso',
  'Benali;Samira;12/04/1985;F;1030;Coiffeur(euse);10/01/2025;collectif;01/02/2025;x',
  'Martin;Luc;1979;H;1050;;15/01/2025;;;y',
  ';;1990;F;999;;;;;z',
  'El Amrani;Mohammed;04/05/1990;M;1000;;;;;',
].join('\n');

function setUp() {
  const workspace = createMemoryWorkspace(COORDINATOR);
  candidatesOf(workspace).seed('existing-1', 'site-ml-bxl', { firstName: 'Mohamed', lastName: 'Amrani', birthDate: '1990-05-04' });
  renderApp('/import', signedInService(workspace));
  return workspace;
}

async function chooseCsv(text: string, name = 'candidats.csv') {
  const user = userEvent.setup();
  await screen.findByRole('heading', { name: 'Importer un tableur', level: 1 });
  await user.upload(screen.getByLabelText('Fichier XLSX ou CSV'), new File([`\uFEFF${text}`], name, { type: 'text/csv' }));
  return user;
}

describe('import screen', () => {
  it('maps, checks, lets the adviser choose for a duplicate, then imports as synced changes', async () => {
    const workspace = setUp();
    const user = await chooseCsv(CSV);
    await screen.findByText('candidats.csv : 4 lignes lues.');

    // Proposed mapping from the headers; an unknown header is left out, and can be changed.
    expect((screen.getByLabelText('Prénom') as HTMLSelectElement).value).toBe('firstName');
    expect((screen.getByLabelText("Type d'info") as HTMLSelectElement).value).toBe('spocKind');
    const unknown = screen.getByLabelText('Remarque perso') as HTMLSelectElement;
    expect(unknown.value).toBe('');
    await user.selectOptions(unknown, 'notes');

    const preview = screen.getByRole('table', { name: /Aperçu des 4 premières lignes/ });
    const first = within(preview).getByRole('row', { name: /^2 / });
    expect(first.textContent).toContain('Benali Samira');
    expect(first.textContent).toContain('Schaerbeek');
    expect(first.textContent).toContain("Séance d'information collective le 10/01/2025");
    expect(first.textContent).toContain('Coiffeur(euse) depuis le 01/02/2025');
    expect(within(preview).getByRole('row', { name: /^4 / }).textContent).toContain('Refusée (2 problèmes)');

    // Nothing written yet.
    expect(candidatesOf(workspace).calls).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Vérifier le fichier' }));
    await screen.findByRole('heading', { name: '3. Vérification avant import' });
    expect(screen.getByText('3 lignes peuvent être importées')).toBeTruthy();
    expect(screen.getByText('1 ligne sera refusée')).toBeTruthy();
    expect(screen.getByText('1 doublon probable')).toBeTruthy();

    const refused = screen.getByRole('table', { name: 'Lignes refusées et pourquoi' });
    const rows = within(refused).getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['4', 'Code postal', '999', 'Code postal non reconnu : quatre chiffres.'],
      ['4', 'Nom', '(vide)', 'Il faut au moins un nom ou un prénom.'],
    ]);

    const duplicate = screen.getByRole('group', { name: /Ligne 5 : El Amrani Mohammed/ });
    expect(duplicate.textContent).toContain('Ressemble à Amrani Mohamed (04/05/1990), déjà enregistré·e à site-ml-bxl');
    expect((within(duplicate).getByRole('radio', { name: 'Ne pas importer' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Importer 2 personnes' })).toBeTruthy();
    await user.click(within(duplicate).getByRole('radio', { name: 'Importer quand même' }));
    await user.click(screen.getByRole('button', { name: 'Importer 3 personnes' }));

    await screen.findByRole('heading', { name: 'Import terminé' });
    expect(screen.getByText('3 personnes importées dans site-ml-bxl.')).toBeTruthy();
    expect(screen.getByText('2 actions SPOC')).toBeTruthy();
    expect(screen.getByText('1 accompagnement')).toBeTruthy();

    const created = candidatesOf(workspace).calls.filter((call) => call.op === 'create');
    expect(created.map((call) => call.data)).toEqual([
      { lastName: 'Benali', firstName: 'Samira', birthDate: '1985-04-12', gender: 'F', communeCode: 'schaerbeek', notes: 'x' },
      { lastName: 'Martin', firstName: 'Luc', birthDate: '1979', gender: 'M', communeCode: 'ixelles', notes: 'y' },
      { lastName: 'El Amrani', firstName: 'Mohammed', birthDate: '1990-05-04', gender: 'M', communeCode: 'bruxelles' },
    ]);
    expect(created.every((call) => call.siteId === 'site-ml-bxl')).toBe(true);
    const spoc = (workspace.repo('spocActions') as MemoryRepository<'spocActions'>).calls.map((call) => call.data);
    expect(spoc).toEqual([
      { date: '2025-01-10', kind: 'collective', metiers: ['coiffeur'], candidateIds: [created[0]?.id], adviserId: 'user-1' },
      { date: '2025-01-15', kind: 'individuelle', candidateIds: [created[1]?.id], adviserId: 'user-1' },
    ]);
    const accompaniments = (workspace.repo('accompaniments') as MemoryRepository<'accompaniments'>).calls.map((call) => call.data);
    expect(accompaniments).toEqual([{ metier: 'coiffeur', startDate: '2025-02-01', status: 'open', candidateId: created[0]?.id, adviserId: 'user-1' }]);
  }, 60_000);

  it('flags the rows of a file imported a second time as duplicates of the first import', async () => {
    setUp();
    const user = await chooseCsv(CSV);
    await user.click(await screen.findByRole('button', { name: 'Vérifier le fichier' }));
    await user.click(await screen.findByRole('button', { name: 'Importer 2 personnes' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    await user.upload(screen.getByLabelText('Fichier XLSX ou CSV'), new File([CSV], 'encore.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Vérifier le fichier' }));
    await screen.findByText('3 doublons probables');
    expect(screen.getByRole('group', { name: /Ligne 2 : Benali Samira/ }).textContent).toContain('Ressemble à Benali Samira (12/04/1985)');
  }, 60_000);

  it('writes nothing when the dry run is left without confirming', async () => {
    const workspace = setUp();
    const user = await chooseCsv(CSV);
    await user.click(await screen.findByRole('button', { name: 'Vérifier le fichier' }));
    await user.click(await screen.findByRole('button', { name: 'Modifier les colonnes' }));
    await screen.findByRole('button', { name: 'Vérifier le fichier' });
    expect(candidatesOf(workspace).calls).toEqual([]);
    expect((workspace.repo('spocActions') as MemoryRepository<'spocActions'>).calls).toEqual([]);
  }, 60_000);

  it('says in words when the file is not a spreadsheet or has no rows', async () => {
    setUp();
    const user = await chooseCsv('hello', 'photo.png');
    expect((await screen.findByRole('alert')).textContent).toBe("Ce fichier n'est ni un XLSX ni un CSV. Enregistrez-le au format XLSX ou CSV puis réessayez.");
    await user.upload(screen.getByLabelText('Fichier XLSX ou CSV'), new File(['Nom;Prénom\n'], 'vide.csv', { type: 'text/csv' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Ce fichier ne contient pas de ligne à importer sous la ligne des titres.');
  }, 60_000);

  it('tells an adviser who opens the address that import is for coordinators', async () => {
    renderApp('/import', signedInService(createMemoryWorkspace(TEST_USER)));
    expect((await screen.findByRole('alert')).textContent).toBe("L'import de tableurs est réservé aux coordinateurs et aux administrateurs.");
    expect(screen.queryByLabelText('Fichier XLSX ou CSV')).toBeNull();
  }, 60_000);
});
