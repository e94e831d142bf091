import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { Workspace } from '../../sync/workspace';
import { fileOpened, repoOf, seedFile } from './test-support';

const fileWorkspace = () => seedFile(createMemoryWorkspace());
async function openFile(workspace: Workspace = fileWorkspace()) {
  renderApp('/candidats/c-1', signedInService(workspace));
  return fileOpened(workspace);
}

// A ceiling for a loaded 2-core machine, not a timing assertion.
describe('the candidate file', { timeout: 60_000 }, () => {
  it('shows the identity and consent in words, with links to correct, export and position', async () => {
    await openFile();
    const identity = screen.getByRole('region', { name: 'Identité' });
    expect(within(identity).getByText('en 1994')).toBeTruthy();
    expect(within(identity).getByText('Schaerbeek')).toBeTruthy();
    expect(within(identity).getByText('arabe, français')).toBeTruthy();
    expect(within(identity).getByText('Mission Locale de Bruxelles-Ville')).toBeTruthy();
    expect(within(identity).getByText(/a donné son accord le 5 janvier 2026 pour : le suivi de son dossier/)).toBeTruthy();
    expect(screen.getByRole('link', { name: "Corriger l'identité" }).getAttribute('href')).toBe('/candidats/c-1/modifier');
    expect(screen.getByRole('link', { name: 'Dossier complet (export)' }).getAttribute('href')).toBe('/candidats/c-1/dossier-complet');
    expect(screen.getByRole('link', { name: 'Commencer un positionnement' }).getAttribute('href')).toContain('candidat=c-1');
  });

  it("shows the intake's other fields, labelled, codes in words and contact details isolated", async () => {
    const workspace = fileWorkspace();
    repoOf(workspace, 'candidates').seed('c-3', 'site-ml-bxl', {
      firstName: 'ياسين',
      lastName: 'Amrani',
      gender: 'M',
      phone: '+32 470 12 34 56',
      email: 'yassin@example.be',
      communeCode: 'schaerbeek',
      languages: ['ar'],
      frenchLevel: 'bon',
      certificationAtEntry: 0,
      source: 'mission-locale',
      motivation: 'emploi',
    });
    renderApp('/candidats/c-3', signedInService(workspace));
    await screen.findByRole('heading', { name: 'ياسين Amrani', level: 1 });
    const identity = screen.getByRole('region', { name: 'Identité' });
    const rows = within(identity)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(rows).toEqual([
      ['Naissance', 'non indiqué'],
      ['Genre', 'Homme'],
      ['Téléphone', '+32 470 12 34 56'],
      ['E-mail', 'yassin@example.be'],
      ['Commune de domicile', 'Schaerbeek'],
      ['Langues parlées', 'arabe'],
      ['Niveau de français', 'Bonne connaissance du français'],
      ["Diplôme le plus élevé à l'entrée", 'Aucun diplôme'],
      ['Envoyé par', 'Mission Locale'],
      ['Motivation principale', 'Trouver un emploi grâce à un Titre de compétence'],
      ["Lieu d'accueil", 'Mission Locale de Bruxelles-Ville'],
      ['Consentement', 'Pas encore demandé.'],
    ]);
    const phone = within(identity).getByText('+32 470 12 34 56');
    expect(phone.tagName).toBe('BDI');
    expect(phone.parentElement?.getAttribute('dir')).toBe('ltr');
  });

  it('shows the timeline newest first, in words with dates', async () => {
    const workspace = fileWorkspace();
    repoOf(workspace, 'spocActions').seed('s-1', 'site-ml-bxl', { date: '2026-01-10', kind: 'individuelle', candidateIds: ['c-1'], metiers: ['coiffeur'] });
    repoOf(workspace, 'accompaniments').seed('a-1', 'site-ml-bxl', {
      candidateId: 'c-1',
      metier: 'coiffeur',
      startDate: '2026-02-01',
      status: 'closed',
      exitDate: '2026-06-30',
      exitReason: 'emploi',
    });
    repoOf(workspace, 'moduleSessions').seed('m-1', 'site-ml-bxl', { module: 'fle', date: '2026-03-03' });
    repoOf(workspace, 'attendance').seed('t-1', 'site-ml-bxl', { sessionId: 'm-1', candidateId: 'c-1', status: 'present', hours: 3 });
    repoOf(workspace, 'validationSteps').seed('v-1', 'site-ml-bxl', { candidateId: 'c-1', uc: 'UC1', testDate: '2026-05-20', result: 'reussi' });
    repoOf(workspace, 'followUpNotes').seed('n-1', 'site-ml-bxl', { candidateId: 'c-1', date: '2026-04-04', text: 'A appelé pour le stage' });
    repoOf(workspace, 'followUpNotes').seed('n-2', 'site-ml-bxl', { candidateId: 'c-2', date: '2026-04-05', text: 'Pas pour Amina' });
    await openFile(workspace);

    const timeline = screen.getByRole('list', { name: 'Historique' });
    const entries = within(timeline).getAllByRole('listitem').map((item) => item.textContent);
    expect(entries).toEqual([
      "30 juin 2026Fin de l'accompagnement : Coiffeur(euse)Raison : A trouvé un emploi",
      "20 mai 2026Épreuve (UC1)Résultat : Réussi — Titre de compétence délivré",
      '4 avril 2026Note de suiviA appelé pour le stage',
      '3 mars 2026Module : FLE orienté métierPrésence : Présent·e3 h',
      "1 février 2026Début de l'accompagnement : Coiffeur(euse)",
      '10 janvier 2026Information individuelleMétiers demandés : Coiffeur(euse)',
    ]);
  });

  it('says when the person does not exist', async () => {
    renderApp('/candidats/nobody', signedInService(fileWorkspace()));
    expect(await screen.findByText("Ce candidat n'existe pas ou a été supprimé.")).toBeTruthy();
  });

  it('says who can see the follow-up notes', async () => {
    await openFile();
    expect(screen.getByText(/Visibles uniquement par les conseillers de Mission Locale de Bruxelles-Ville/)).toBeTruthy();
  });
});
