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
  return { id, email: `${id}@test.be`, name, role: 'adviser', siteIds: ['site-ml-bxl'], active: true, devices: [], ...extra };
}

class FakeAccounts implements AccountsApi {
  accounts = new Map<string, AccountSummary>([
    ['coord-1', account('coord-1', 'Claire Vandamme', { role: 'coordinator' })],
    ['amelie', account('amelie', 'Amélie Dewinter', { devices: [{ deviceId: '8f14e45f-ceea-467f-a0e6-1a2b3c4d5e6f', firstSeenAt: '2026-09-01T08:00:00Z', lastSeenAt: '2026-11-20T15:30:00Z' }] })],
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
  async changeOwnPassword() {}
  async audit(): Promise<AuditPage> {
    return { entries: [{ id: 'a1', at: '2026-11-22T09:00:00Z', actorId: 'coord-1', actorName: 'Claire Vandamme', action: 'candidate-erased', siteIds: ['site-ml-bxl'], targetTable: 'candidates', targetId: '1234567890' }] };
  }
  async recordExport() {}
  async personFile(): Promise<never> {
    throw new Error('not used here');
  }
  async logout() {}
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
  const workspace = createMemoryWorkspace({ ...COORDINATOR, role });
  const api = new FakeAccounts();
  workspace.accounts = api;
  return { workspace, api };
}

describe('accounts screens', () => {
  it('lists the accounts and creates one, showing the server’s refusal in the field', async () => {
    const { workspace, api } = setup();
    renderApp('/comptes', signedInService(workspace));
    const table = await screen.findByRole('table', { name: /2 comptes/ });
    expect(within(table).getByText('Amélie Dewinter')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Nouveau compte' }));
    await userEvent.click(screen.getByRole('button', { name: 'Créer le compte' }));
    expect(await screen.findByText('Indiquez une adresse e-mail comme nom@exemple.be.')).toBeTruthy();
    expect(screen.getByText('Le mot de passe doit avoir au moins 8 caractères.')).toBeTruthy();
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
    expect(within(await screen.findByRole('table', { name: /3 comptes/ })).getByText('Youssef El Amrani')).toBeTruthy();
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
    const { workspace } = setup();
    const view = renderApp('/journal', signedInService(workspace));
    expect(await screen.findByRole('rowheader', { name: 'Personne effacée' })).toBeTruthy();
    const years = await screen.findByLabelText(/années après la dernière action/);
    await userEvent.clear(years);
    await userEvent.type(years, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Indiquez un nombre entier d’années entre 1 et 30.')).toBeTruthy();
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
});
