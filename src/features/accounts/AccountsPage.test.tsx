import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { AccountSummary, CreateAccountBody, UpdateAccountBody } from '../../domain/accounts';
import type { AuditPage } from '../../domain/audit';
import type { AccountsApi } from '../../sync/accounts-api';
import { TransportError } from '../../sync/transport';

const COORDINATOR = { id: 'coord-1', name: 'Claire Vandamme', role: 'coordinator' as const, siteIds: ['site-ml-bxl'] };

function account(id: string, name: string, extra: Partial<AccountSummary> = {}): AccountSummary {
  return { id, email: `${id}@test.be`, name, role: 'adviser', siteIds: ['site-ml-bxl'], active: true, devices: [], manageable: true, ...extra };
}

class FakeAccounts implements AccountsApi {
  accounts = new Map<string, AccountSummary>([
    ['coord-1', account('coord-1', 'Claire Vandamme', { role: 'coordinator' })],
    ['amelie', account('amelie', 'Amélie Dewinter', { devices: [{ deviceId: '8f14e45f-ceea-467f-a0e6-1a2b3c4d5e6f', firstSeenAt: '2026-09-01T08:00:00Z', lastSeenAt: '2026-11-20T15:30:00Z' }] })],
    ['nadia', account('nadia', 'Nadia Cpas', {
        siteIds: ['site-ml-bxl', 'site-cpas-bxl'],
        siteNames: { 'site-ml-bxl': 'Mission Locale de Bruxelles', 'site-cpas-bxl': 'CPAS de Bruxelles, antenne Nord' },
        manageable: false,
        notManagedReason: 'otherSites',
      })],
  ]);
  calls: string[] = [];
  async list() {
    return [...this.accounts.values()];
  }
  async create(body: CreateAccountBody) {
    this.calls.push(`create ${body.email}`);
    if (body.email.endsWith('@taken.be')) throw new TransportError('bad_request', { status: 400, body: { error: 'bad_request', issues: [{ path: ['email'], code: 'emailTaken', message: '…' }] } });
    const created = account('new', body.name, { email: body.email, siteIds: body.siteIds, role: body.role });
    this.accounts.set('new', created);
    return created;
  }
  async update(userId: string, body: UpdateAccountBody) {
    this.calls.push(`update ${userId} ${JSON.stringify(body)}`);
    const updated = { ...this.accounts.get(userId)!, ...body } as AccountSummary;
    this.accounts.set(userId, updated);
    return updated;
  }
  async resetPassword(userId: string) {
    this.calls.push(`reset ${userId}`);
  }
  async revokeDevice(userId: string, deviceId: string) {
    this.calls.push(`revoke ${userId} ${deviceId}`);
    const current = this.accounts.get(userId)!;
    const updated = { ...current, devices: current.devices.map((device) => ({ ...device, revokedAt: '2026-11-23T10:00:00Z' })) };
    this.accounts.set(userId, updated);
    return updated;
  }
  async changeOwnPassword(body: { newPassword: string }) {
    this.calls.push('change own password');
    if (body.newPassword.includes('guessing')) throw new TransportError('rate_limited', { status: 429, body: { error: 'rate_limited', retryAfterSeconds: 30 } });
    if (body.newPassword.includes('soleil')) throw new TransportError('bad_request', { status: 400, body: { error: 'bad_request', issues: [{ path: ['newPassword'], code: 'passwordCommon', message: '…' }] } });
  }
  async audit(): Promise<AuditPage> {
    return { entries: [{ id: 'a1', at: '2026-11-22T09:00:00Z', actorId: 'coord-1', actorName: 'Claire Vandamme', action: 'candidate-erased', siteIds: ['site-ml-bxl'], targetTable: 'candidates', targetId: '1234567890' }] };
  }
  async recordExport() {}
  async recordImport() {}
  async personFile(): Promise<never> {
    throw new Error('not used here');
  }
  async logout() {}
  organisationList = [
    { id: 'ml-bxl', name: 'Mission Locale de Bruxelles', siteIds: ['site-ml-bxl'] },
    { id: 'cpas-bxl', name: 'CPAS de Bruxelles', siteIds: ['site-cpas-bxl'] },
  ];
  async organisations() {
    return this.organisationList;
  }
  async createOrganisation(body: { id: string; name: string }) {
    this.calls.push(`create organisation ${body.id} ${body.name}`);
    if (body.id === 'oisp-taken') throw new TransportError('bad_request', { status: 400, body: { error: 'bad_request', issues: [{ path: ['id'], code: 'taken', message: '…' }] } });
    return { ...body, siteIds: [] };
  }
  async renameOrganisation(id: string, name: string) {
    this.calls.push(`rename organisation ${id} ${name}`);
    return { ...this.organisationList.find((organisation) => organisation.id === id)!, name };
  }
  retentionYears = 5;
  async retention() {
    return [{ siteId: 'site-ml-bxl', years: this.retentionYears }];
  }
  async setRetention(siteId: string, years: number) {
    this.calls.push(`retention ${siteId} ${years}`);
    this.retentionYears = years;
    return { siteId, years, setBy: 'coord-1', setAt: '2026-11-23T10:00:00Z' };
  }
}

function setup(role: 'coordinator' | 'adviser' = 'coordinator') {
  const api = new FakeAccounts();
  const workspace = createMemoryWorkspace({ ...COORDINATOR, role }, { accounts: api });
  return { workspace, api };
}

describe('accounts screens', () => {
  it('lists the accounts and creates one, showing the server’s refusal in the field', async () => {
    const { workspace, api } = setup();
    renderApp('/comptes', signedInService(workspace));
    const table = await screen.findByRole('table', { name: /3 comptes/ });
    expect(within(table).getByText('Amélie Dewinter')).toBeTruthy();
    // An account that also works at another organisation's site: shown with the reason, not managed.
    expect(within(table).getByText('Nadia Cpas travaille aussi sur des sites que vous ne coordonnez pas : seul un·e administrateur·rice gère ce compte.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gérer le compte de Nadia Cpas' })).toBeNull();
    // Her other organisation's site is not on the coordinator's tablet: named by the server, never a raw id.
    const nadia = within(table).getByRole('row', { name: /Nadia Cpas/ });
    expect(within(nadia).getByText(/CPAS de Bruxelles, antenne Nord/)).toBeTruthy();
    expect(table.textContent).not.toContain('site-cpas-bxl');

    await userEvent.click(screen.getByRole('button', { name: 'Nouveau compte' }));
    await userEvent.click(screen.getByRole('button', { name: 'Créer le compte' }));
    expect(await screen.findByText('Indiquez une adresse e-mail comme nom@exemple.be.')).toBeTruthy();
    expect(screen.getByText('Le mot de passe doit avoir au moins 12 caractères.')).toBeTruthy();
    expect(api.calls).toEqual([]);

    await userEvent.type(screen.getByLabelText(/Adresse e-mail/), 'someone@taken.be');
    await userEvent.type(screen.getByLabelText(/^Nom/), 'Youssef El Amrani');
    await userEvent.type(screen.getByLabelText(/^Mot de passe/), 'un bon mot de passe');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le compte' }));
    expect(await screen.findByText('Un compte existe déjà avec cette adresse e-mail.')).toBeTruthy();

    await userEvent.clear(screen.getByLabelText(/Adresse e-mail/));
    await userEvent.type(screen.getByLabelText(/Adresse e-mail/), 'youssef@ml.be');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le compte' }));
    expect(await screen.findByText(/Le compte est créé/)).toBeTruthy();
    expect(within(await screen.findByRole('table', { name: /4 comptes/ })).getByText('Youssef El Amrani')).toBeTruthy();
  }, 60_000);

  it('shows an administrator the organisations, the sites grouped by them, and the reporter role', async () => {
    const workspace = createMemoryWorkspace({ id: 'admin-1', name: 'Admin', role: 'admin', siteIds: [] }, { accounts: new FakeAccounts() });
    renderApp('/comptes', signedInService(workspace));
    const organisations = await screen.findByRole('table', { name: /2 organisations/ });
    expect(within(organisations).getByRole('rowheader', { name: 'CPAS de Bruxelles' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Nouveau compte' }));
    expect(screen.getByRole('option', { name: 'Rapporteur·rice du réseau' })).toBeTruthy();
  }, 60_000);

  it('lets an administrator create an organisation and rename one, with the refusals in words', async () => {
    const api = new FakeAccounts();
    const workspace = createMemoryWorkspace({ id: 'admin-1', name: 'Admin', role: 'admin', siteIds: [] }, { accounts: api });
    renderApp('/comptes', signedInService(workspace));
    await screen.findByRole('table', { name: /2 organisations/ });
    await userEvent.click(screen.getByRole('button', { name: 'Nouvelle organisation' }));
    await userEvent.click(screen.getByRole('button', { name: 'Créer l’organisation' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(screen.getByText("Cette référence n'est pas valable.")).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^Nom de l’organisation/), 'OISP d’Anderlecht');
    expect((screen.getByLabelText(/^Référence/) as HTMLInputElement).value).toBe('oisp-d-anderlecht');
    await userEvent.clear(screen.getByLabelText(/^Référence/));
    await userEvent.type(screen.getByLabelText(/^Référence/), 'oisp-taken');
    await userEvent.click(screen.getByRole('button', { name: 'Créer l’organisation' }));
    expect(await screen.findByText('Cette référence est déjà utilisée : choisissez-en une autre.')).toBeTruthy();
    await userEvent.clear(screen.getByLabelText(/^Référence/));
    await userEvent.type(screen.getByLabelText(/^Référence/), 'oisp-anderlecht');
    await userEvent.click(screen.getByRole('button', { name: 'Créer l’organisation' }));
    expect(await screen.findByText('Organisation « OISP d’Anderlecht » créée.')).toBeTruthy();
    const table = await screen.findByRole('table', { name: /3 organisations/ });
    expect(within(table).getByRole('rowheader', { name: 'OISP d’Anderlecht' })).toBeTruthy();

    await userEvent.click(within(table).getByRole('button', { name: 'Renommer CPAS de Bruxelles' }));
    const name = within(table).getByLabelText(/^Nouveau nom/);
    await userEvent.clear(name);
    await userEvent.click(within(table).getByRole('button', { name: 'Enregistrer le nom' }));
    expect(await within(table).findByText('Ce champ est obligatoire.')).toBeTruthy();
    await userEvent.type(name, 'CPAS de la Ville de Bruxelles');
    await userEvent.click(within(table).getByRole('button', { name: 'Enregistrer le nom' }));
    expect(await screen.findByText('Organisation renommée « CPAS de la Ville de Bruxelles ».')).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'CPAS de la Ville de Bruxelles' })).toBeTruthy();
    expect(api.calls).toEqual(['create organisation oisp-taken OISP d’Anderlecht', 'create organisation oisp-anderlecht OISP d’Anderlecht', 'rename organisation cpas-bxl CPAS de la Ville de Bruxelles']);
  }, 60_000);

  it('deactivates an account and revokes a tablet after confirmation', async () => {
    const { workspace, api } = setup();
    renderApp('/comptes', signedInService(workspace));
    await userEvent.click(await screen.findByRole('button', { name: 'Gérer le compte de Amélie Dewinter' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Compte actif/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/changements du compte de Amélie Dewinter sont enregistrés/)).toBeTruthy();
    expect(api.calls).toContain('update amelie {"name":"Amélie Dewinter","role":"adviser","siteIds":["site-ml-bxl"],"active":false}');

    await userEvent.click(screen.getByRole('button', { name: 'Gérer le compte de Amélie Dewinter' }));
    await userEvent.click(screen.getByRole('button', { name: 'Révoquer' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Révoquer cette tablette ?' });
    expect(within(dialog).getByText(/effacera les données de ce compte/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Révoquer' }));
    await waitFor(() => expect(api.calls).toContain('revoke amelie 8f14e45f-ceea-467f-a0e6-1a2b3c4d5e6f'));
    expect(await screen.findByText(/Révoquée le/)).toBeTruthy();
  }, 60_000);

  it('shows the audit log in words, and keeps advisers out of both pages', async () => {
    const { workspace, api } = setup();
    const view = renderApp('/journal', signedInService(workspace));
    expect(await screen.findByRole('rowheader', { name: 'Personne effacée' })).toBeTruthy();
    const years = await screen.findByLabelText(/années après la dernière action/);
    await userEvent.clear(years);
    await userEvent.type(years, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Indiquez un nombre entier d’années entre 1 et 30.')).toBeTruthy();
    // The message sits in the field, which takes the focus; nothing is sent.
    expect(years.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(years);
    expect(api.calls.filter((call) => call.startsWith('retention'))).toEqual([]);
    await userEvent.clear(years);
    await userEvent.type(years, '7');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/anonymisés 7 ans après la dernière action/)).toBeTruthy();
    view.unmount();

    const adviser = setup('adviser');
    renderApp('/comptes', signedInService(adviser.workspace));
    expect(await screen.findByText('Cette page est réservée aux coordinateurs et aux administrateurs.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Comptes' })).toBeNull();
  }, 60_000);

  it('states the password rule on the form, refuses repeats before sending, and says why the server refused a common one', async () => {
    const { workspace, api } = setup();
    renderApp('/mot-de-passe', signedInService(workspace));
    expect(await screen.findByText(/^Au moins 12 caractères, pas un mot de passe courant : une courte phrase convient bien\. Vos autres sessions sont fermées/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^Mot de passe actuel/), 'mon ancien mot de passe');
    await userEvent.type(screen.getByLabelText(/^Nouveau mot de passe/), 'ab'.repeat(8));
    await userEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText(/ne peut pas être fait seulement d’espaces, des mêmes quelques caractères répétés/)).toBeTruthy();
    expect(api.calls).toEqual([]);
    await userEvent.clear(screen.getByLabelText(/^Nouveau mot de passe/));
    await userEvent.type(screen.getByLabelText(/^Nouveau mot de passe/), 'soleil2026!!');
    await userEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText(/fait partie des plus courants/)).toBeTruthy();
    expect(api.calls).toEqual(['change own password']);
    await userEvent.clear(screen.getByLabelText(/^Nouveau mot de passe/));
    await userEvent.type(screen.getByLabelText(/^Nouveau mot de passe/), 'still guessing away');
    await userEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText('Trop d’essais de mot de passe : attendez quelques minutes, puis réessayez.')).toBeTruthy();
  }, 60_000);
});
