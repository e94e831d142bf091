// The catalogue screen: an administrator adds a métier (its code checked in words) and a UC,
// retires the UC (never removed); a coordinator reads the catalogue without changing it. The
// site's métiers: a coordinator ticks and saves them under the site's own id.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace, TEST_USER, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import { brusselsDate } from '../../domain/dates';
import type { SessionUser } from '../../domain/wire';

const ADMIN: SessionUser = { ...TEST_USER, role: 'admin' };
const COORDINATOR: SessionUser = { ...TEST_USER, role: 'coordinator' };

describe('the métier catalogue screen', { timeout: 60_000 }, () => {
  it('lets an administrator add a métier and a UC, then retire the UC, which stays in the record', async () => {
    const workspace = createMemoryWorkspace(ADMIN);
    const metiers = workspace.repo('metiers') as unknown as MemoryRepository<'metiers'>;
    renderApp('/metiers', signedInService(workspace));
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Catalogue des métiers', level: 1 });

    await user.click(screen.getByRole('button', { name: 'Ajouter un métier' }));
    const form = screen.getByRole('form', { name: 'Nouveau métier' });
    await user.type(within(form).getByLabelText(/^Code/), 'Soudeur!');
    await user.type(within(form).getByLabelText(/^Nom en français/), 'Soudeur(euse)');
    await user.type(within(form).getByLabelText('Nom en anglais'), 'Welder');
    await user.click(within(form).getByRole('button', { name: 'Ajouter le métier' }));
    expect(await within(form).findByText(/minuscules, chiffres et tirets, par exemple mecanicien-automobile\.$/, { selector: '.field__error' })).toBeTruthy();
    expect(within(form).getByLabelText(/^Code/)).toBe(document.activeElement);
    expect(metiers.records.has('soudeur!')).toBe(false);
    await user.clear(within(form).getByLabelText(/^Code/));
    await user.type(within(form).getByLabelText(/^Code/), 'soudeur');
    await user.click(within(form).getByRole('button', { name: 'Ajouter le métier' }));
    await screen.findByText('Métier ajouté : Soudeur(euse).');
    expect(metiers.records.get('soudeur')).toMatchObject({ siteId: '_network', data: { code: 'soudeur', labels: { fr: 'Soudeur(euse)', en: 'Welder' }, ucs: [] } });

    await screen.findByRole('heading', { name: 'UC de Soudeur(euse)' });
    await user.type(screen.getByLabelText(/^Code de l'UC/), 'UC1');
    await user.type(screen.getByLabelText(/^Intitulé/), 'Souder à l’arc');
    await user.click(screen.getByRole('button', { name: "Ajouter l'UC" }));
    await screen.findByText('UC1 ajoutée.');
    await user.click(await screen.findByRole('button', { name: 'Retirer UC1' }));
    await screen.findByText(/UC1 est retirée/);
    expect(metiers.records.get('soudeur')?.data.ucs).toEqual([{ code: 'UC1', label: 'Souder à l’arc', validTo: brusselsDate() }]);
    expect(await screen.findByRole('button', { name: 'Proposer à nouveau UC1' })).toBeTruthy();
  });

  it('shows a coordinator the catalogue, seed included, with nothing to change', async () => {
    renderApp('/metiers', signedInService(createMemoryWorkspace(COORDINATOR)));
    const user = userEvent.setup();
    await screen.findByText("Seule l'administration du réseau modifie le catalogue.");
    expect(screen.queryByRole('button', { name: 'Ajouter un métier' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ouvrir Aide-ménager(ère)' }));
    const ucs = await screen.findByRole('list', { name: 'UC de Aide-ménager(ère)' });
    expect(within(ucs).getByText("— Réaliser les tâches d'entretien courant de la maison", { exact: false })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retirer UC1' })).toBeNull();
    expect(screen.queryByLabelText(/^Code de l'UC/)).toBeNull();
  });
});

describe('the site’s métiers', { timeout: 60_000 }, () => {
  it('lets a coordinator tick the site’s métiers and saves them under the site’s id', async () => {
    const workspace = createMemoryWorkspace(COORDINATOR);
    const choices = workspace.repo('siteMetiers') as unknown as MemoryRepository<'siteMetiers'>;
    renderApp('/metiers/site', signedInService(workspace));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Carrossier(ère)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Aide-ménager(ère)' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer les métiers du site' }));
    await screen.findByText('Métiers du site enregistrés (2).');
    const siteId = COORDINATOR.siteIds[0] as string;
    expect(choices.records.get(siteId)).toMatchObject({ siteId, data: { metiers: ['carrossier', 'aide-menager'] } });
  });
});
