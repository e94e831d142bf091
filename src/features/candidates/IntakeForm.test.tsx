// The intake form's fields and helpers: commune by postal code or name, birth year only, the
// languages multi-select, the outreach place, the draft kept across a remount, and the warning
// about a likely existing file.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { candidatesOf, createMemoryWorkspace, type MemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';

async function openNewForm(workspace: MemoryWorkspace = createMemoryWorkspace()) {
  const view = renderApp('/candidats/nouveau', signedInService(workspace));
  await screen.findByRole('heading', { name: 'Nouveau candidat', level: 1 });
  return { workspace, view, user: userEvent.setup() };
}

const save = () => screen.getByRole('button', { name: 'Enregistrer' });
const created = (workspace: MemoryWorkspace) => candidatesOf(workspace).calls.filter((call) => call.op === 'create');

// A ceiling for a loaded 2-core machine (typing through real form controls), not a timing assertion.
describe('intake form fields', { timeout: 60_000 }, () => {
  it('finds the commune by postal code (Tab keeps the only match) or by a piece of its name', async () => {
    const { workspace, user } = await openNewForm();
    await user.type(screen.getByLabelText('Prénom'), 'Amina');
    const commune = screen.getByRole('combobox', { name: 'Commune de domicile' });
    await user.type(commune, '1030');
    expect(screen.getByRole('option', { name: 'Schaerbeek (1030)' })).toBeTruthy();
    await user.tab();
    expect((commune as HTMLInputElement).value).toBe('Schaerbeek (1030)');

    await user.clear(commune);
    await user.type(commune, 'elsen');
    await user.keyboard('{ArrowDown}{Enter}');
    expect((commune as HTMLInputElement).value).toBe('Ixelles (1050)');
    await user.click(save());
    await waitFor(() => expect(created(workspace)[0]?.data).toMatchObject({ firstName: 'Amina', communeCode: 'ixelles' }));
  });

  it('says in the field when the typed commune is not in the list, and saves nothing', async () => {
    const { workspace, user } = await openNewForm();
    await user.type(screen.getByLabelText('Prénom'), 'Amina');
    await user.type(screen.getByRole('combobox', { name: 'Commune de domicile' }), 'Paris');
    expect(screen.getByText('Aucune commune ne correspond.')).toBeTruthy();
    await user.click(save());
    const commune = screen.getByRole('combobox', { name: 'Commune de domicile' });
    await waitFor(() => expect(commune.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('communeCode-error')?.textContent).toBe('Choisissez une valeur dans la liste.');
    expect(created(workspace)).toEqual([]);
  });

  it('takes a birth year alone, or a date written the Belgian way', async () => {
    const { workspace, user } = await openNewForm();
    await user.type(screen.getByLabelText('Nom'), 'Peeters');
    await user.type(screen.getByLabelText('Date de naissance'), '1994');
    await user.click(save());
    await waitFor(() => expect(created(workspace)[0]?.data).toEqual({ lastName: 'Peeters', birthDate: '1994' }));

    // Saved, the first form opened the person's file: a new form stands alone.
    cleanup();
    const second = await openNewForm();
    await user.type(screen.getByLabelText('Nom'), 'Janssens');
    await user.type(screen.getByLabelText('Date de naissance'), '7/5/1991');
    await user.click(save());
    await waitFor(() => expect(created(second.workspace)[0]?.data).toEqual({ lastName: 'Janssens', birthDate: '1991-05-07' }));
  });

  it('picks several languages by typing, shows them as chips and removes one', async () => {
    const { workspace, user } = await openNewForm();
    await user.type(screen.getByLabelText('Prénom'), 'Yusuf');
    const languages = screen.getByRole('combobox', { name: 'Langues parlées' });
    await user.type(languages, 'kaby');
    await user.keyboard('{Enter}');
    await user.type(languages, 'turc');
    await user.keyboard('{Enter}');
    await user.type(languages, 'néerl');
    await user.keyboard('{Enter}');
    const chosen = screen.getByRole('list', { name: 'Langues choisies' });
    expect(within(chosen).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['kabyle', 'turc', 'néerlandais']);
    await user.click(screen.getByRole('button', { name: 'Retirer turc' }));
    await user.click(save());
    await waitFor(() => expect(created(workspace)[0]?.data).toEqual({ firstName: 'Yusuf', languages: ['kab', 'nl'] }));
  });

  it('submits with Enter from a text field', async () => {
    const { workspace, user } = await openNewForm();
    await user.type(screen.getByLabelText('Prénom'), 'Lina{Enter}');
    await waitFor(() => expect(created(workspace)).toHaveLength(1));
  });

  it('records the outreach place on an individual information action of the day', async () => {
    const { workspace, user } = await openNewForm();
    await user.type(screen.getByLabelText('Prénom'), 'Amina');
    await user.type(screen.getByLabelText('Lieu de la rencontre'), 'CPAS de Schaerbeek');
    await user.click(save());
    await screen.findByText('Le candidat a été enregistré sur la tablette.');
    const [candidate] = created(workspace);
    const actions = workspace.repo('spocActions') as unknown as { calls: { op: string; siteId?: string; data?: unknown }[] };
    expect(actions.calls).toEqual([
      {
        op: 'create',
        id: expect.any(String),
        siteId: 'site-ml-bxl',
        data: { date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), kind: 'individuelle', candidateIds: [candidate?.id], adviserId: 'user-1', outreachPlace: 'CPAS de Schaerbeek' },
      },
    ]);
  });

  it('reads the consent aloud from the clip shipped with the app', async () => {
    const play = vi.fn(() => Promise.resolve());
    const urls: string[] = [];
    vi.stubGlobal(
      'Audio',
      class {
        onended: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(url: string) {
          urls.push(url);
        }
        play = play;
        pause() {}
      },
    );
    try {
      const { user } = await openNewForm();
      expect(screen.getByText('Vous pouvez dire non. Vous pouvez changer d\'avis plus tard.')).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Écouter' }));
      expect(urls).toEqual(['/audio/app/fr/consent-intake.mp3']);
      expect(play).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('button', { name: 'Arrêter la lecture' }).getAttribute('aria-pressed')).toBe('true');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('intake draft', { timeout: 60_000 }, () => {
  it('keeps what was typed across a remount and resumes it on request', async () => {
    const workspace = createMemoryWorkspace();
    const first = await openNewForm(workspace);
    await first.user.type(screen.getByLabelText('Prénom'), 'Żaneta');
    await first.user.type(screen.getByLabelText('Date de naissance'), '1988');
    await waitFor(() => expect(workspace.drafts.rows.get('candidates:new')?.values).toMatchObject({ firstName: 'Żaneta', birthDate: '1988' }));
    first.view.unmount();

    const second = await openNewForm(workspace);
    await screen.findByText(/Une saisie non terminée a été gardée/);
    expect((screen.getByLabelText('Prénom') as HTMLInputElement).value).toBe('');
    await second.user.click(screen.getByRole('button', { name: 'Reprendre la saisie' }));
    expect((screen.getByLabelText('Prénom') as HTMLInputElement).value).toBe('Żaneta');
    expect((screen.getByLabelText('Date de naissance') as HTMLInputElement).value).toBe('1988');

    await second.user.click(save());
    await screen.findByText('Le candidat a été enregistré sur la tablette.');
    expect(created(workspace)[0]?.data).toEqual({ firstName: 'Żaneta', birthDate: '1988' });
    expect(workspace.drafts.rows.has('candidates:new')).toBe(false);
  });

  it('saves what is typed while the kept draft is still offered, and keeps it when the offer is discarded', async () => {
    const workspace = createMemoryWorkspace();
    await workspace.drafts.save('candidates:new', { firstName: 'Ancienne' });
    const first = await openNewForm(workspace);
    await screen.findByText(/Une saisie non terminée a été gardée/);
    await first.user.type(screen.getByLabelText('Prénom'), 'Nouvelle');
    await waitFor(() => expect(workspace.drafts.rows.get('candidates:new')?.values).toMatchObject({ firstName: 'Nouvelle' }));
    first.view.unmount();

    // A reload with the offer never answered: the typing is what the tablet offers back.
    const second = await openNewForm(workspace);
    await screen.findByText(/Une saisie non terminée a été gardée/);
    await second.user.type(screen.getByLabelText('Nom'), 'Tapée');
    await waitFor(() => expect(workspace.drafts.rows.get('candidates:new')?.values).toMatchObject({ lastName: 'Tapée' }));
    await second.user.click(screen.getByRole('button', { name: 'Supprimer le brouillon' }));
    await second.user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Oui, effacer' }));
    await waitFor(() => expect(screen.queryByText(/Une saisie non terminée/)).toBeNull());
    expect((screen.getByLabelText('Nom') as HTMLInputElement).value).toBe('Tapée');
    await waitFor(() => expect(workspace.drafts.rows.get('candidates:new')?.values).toMatchObject({ lastName: 'Tapée' }));
  });

  it('discards a kept draft only after confirmation', async () => {
    const workspace = createMemoryWorkspace();
    await workspace.drafts.save('candidates:new', { firstName: 'Oubli' });
    const { user } = await openNewForm(workspace);
    await user.click(await screen.findByRole('button', { name: 'Supprimer le brouillon' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Non, garder' }));
    expect(workspace.drafts.rows.has('candidates:new')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Supprimer le brouillon' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Oui, effacer' }));
    await waitFor(() => expect(workspace.drafts.rows.has('candidates:new')).toBe(false));
    expect(screen.queryByText(/Une saisie non terminée/)).toBeNull();
  });
});

describe('likely duplicates at intake', { timeout: 60_000 }, () => {
  function seeded() {
    const workspace = createMemoryWorkspace();
    candidatesOf(workspace).seed('c-amrani', 'site-cpas', { firstName: 'Mohammed', lastName: 'El Amrani', birthDate: '1990-03-12' });
    candidatesOf(workspace).seed('c-other', 'site-ml-bxl', { firstName: 'Sofia', lastName: 'Janssens', birthDate: '1990-03-12' });
    workspace.repo('sites');
    return workspace;
  }

  it('shows the likely existing file with its site, and saves only once the adviser says it is another person', async () => {
    const { workspace, user } = await openNewForm(seeded());
    await user.type(screen.getByLabelText('Prénom'), 'Mohamed');
    await user.type(screen.getByLabelText('Nom'), 'Elamrani');
    await user.type(screen.getByLabelText('Date de naissance'), '1990-03-12');

    const warning = await screen.findByRole('region', { name: 'Cette personne a peut-être déjà un dossier' });
    expect(within(warning).getByText('Mohammed El Amrani')).toBeTruthy();
    expect(within(warning).getByText('Lieu : site-cpas')).toBeTruthy();
    expect(within(warning).getByText('aucune action enregistrée')).toBeTruthy();
    expect(within(warning).queryByText(/Janssens/)).toBeNull();
    expect(within(warning).getByRole('link', { name: 'Ouvrir ce dossier' }).getAttribute('href')).toBe('/candidats/c-amrani');

    await user.click(save());
    expect(await within(warning).findByRole('alert')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cette personne a peut-être déjà un dossier'));
    expect(created(workspace)).toEqual([]);

    await user.click(within(warning).getByRole('button', { name: "C'est une autre personne, continuer" }));
    expect(screen.queryByRole('region', { name: 'Cette personne a peut-être déjà un dossier' })).toBeNull();
    await user.click(save());
    await screen.findByText('Le candidat a été enregistré sur la tablette.');
    expect(created(workspace)[0]?.data).toMatchObject({ firstName: 'Mohamed', lastName: 'Elamrani' });
  });

  it('offers to carry the typed phone and notes into the existing file it opens', async () => {
    const { workspace, user } = await openNewForm(seeded());
    await user.type(screen.getByLabelText('Prénom'), 'Muhammad');
    await user.type(screen.getByLabelText('Nom'), 'Al-Amrani');
    await user.type(screen.getByLabelText('Date de naissance'), '1990');
    await user.type(screen.getByRole('textbox', { name: 'Téléphone' }), '0475 12 34 56');
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Cherche un stage en cuisine');
    const warning = await screen.findByRole('region', { name: 'Cette personne a peut-être déjà un dossier' });
    await user.click(within(warning).getByRole('link', { name: 'Ouvrir ce dossier' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Ouvrir le dossier de Mohammed El Amrani avec ce qui a été saisi ?' });
    expect(within(dialog).getByText('le téléphone saisi')).toBeTruthy();
    expect(within(dialog).getByText('les notes saisies (après les notes du dossier)')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter au dossier et l’ouvrir' }));
    await screen.findByRole('heading', { name: 'Mohammed El Amrani', level: 1 });
    expect(candidatesOf(workspace).calls.at(-1)).toEqual({ op: 'update', id: 'c-amrani', data: { phone: '0475 12 34 56', notes: 'Cherche un stage en cuisine' } });
  });

  it('or keeps them as a draft of the new person while it opens the existing file', async () => {
    const workspace = seeded();
    const { user } = await openNewForm(workspace);
    await user.type(screen.getByLabelText('Prénom'), 'Muhammad');
    await user.type(screen.getByLabelText('Nom'), 'Al-Amrani');
    await user.type(screen.getByLabelText('Date de naissance'), '1990');
    await user.type(screen.getByRole('textbox', { name: 'Téléphone' }), '0475 12 34 56');
    const warning = await screen.findByRole('region', { name: 'Cette personne a peut-être déjà un dossier' });
    await user.click(within(warning).getByRole('link', { name: 'Ouvrir ce dossier' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Garder en brouillon et ouvrir' }));
    await screen.findByRole('heading', { name: 'Mohammed El Amrani', level: 1 });
    await waitFor(() => expect(workspace.drafts.rows.get('candidates:new')?.values).toMatchObject({ firstName: 'Muhammad', phone: '0475 12 34 56' }));
    expect(candidatesOf(workspace).calls.filter((call) => call.op === 'update')).toEqual([]);
  });

  it('opens the existing file instead', async () => {
    const { user } = await openNewForm(seeded());
    await user.type(screen.getByLabelText('Prénom'), 'Muhammad');
    await user.type(screen.getByLabelText('Nom'), 'Al-Amrani');
    await user.type(screen.getByLabelText('Date de naissance'), '1990');
    const warning = await screen.findByRole('region', { name: 'Cette personne a peut-être déjà un dossier' });
    await user.click(within(warning).getByRole('link', { name: 'Ouvrir ce dossier' }));
    // The existing person's file (its identity is corrected from there, at /candidats/:id/modifier).
    await screen.findByRole('heading', { name: 'Mohammed El Amrani', level: 1 });
    expect(screen.getByRole('link', { name: "Corriger l'identité" }).getAttribute('href')).toBe('/candidats/c-amrani/modifier');
  });
});
