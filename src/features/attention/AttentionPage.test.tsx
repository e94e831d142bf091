import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TEST_USER, candidatesOf, createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { ConflictRow } from '../../domain/wire';
import type { ResolveChoice } from '../../sync/conflicts-api';
import { TransportError } from '../../sync/transport';
import type { AttentionItem, Workspace } from '../../sync/workspace';

const CANDIDATE_ID = '7d3c4c52-9d53-4c1e-9f63-2f3a0c2b9b10';

function localConflict(localId: number, field: string, serverValue: unknown, clientValue: unknown): AttentionItem {
  return {
    kind: 'conflict',
    localId,
    table: 'candidates',
    id: CANDIDATE_ID,
    siteId: 'site-ml-bxl',
    createdAt: '2026-03-02T13:05:00Z',
    mutation: { seq: 3, table: 'candidates', id: CANDIDATE_ID, siteId: 'site-ml-bxl', op: 'put', baseRev: 4, fields: { [field]: clientValue } },
    conflicts: [{ field, serverValue, clientValue }],
  };
}

function serverConflict(id: string, field: string, serverValue: unknown, clientValue: unknown): ConflictRow {
  return {
    id,
    table: 'candidates',
    recordId: CANDIDATE_ID,
    siteId: 'site-ml-bxl',
    field,
    serverValue,
    clientValue,
    clientId: 'client-b',
    createdAt: '2026-03-02T13:05:00Z',
  };
}

interface Setup {
  local?: AttentionItem[];
  server?: ConflictRow[] | 'unreachable';
}

function setUp({ local = [], server = [] }: Setup) {
  let kept = [...local];
  let open = server === 'unreachable' ? [] : [...server];
  const dismissed: [string, number][] = [];
  const resolved: [string, ResolveChoice][] = [];
  const workspace = createMemoryWorkspace(TEST_USER, {
    attention: {
      list: async () => kept,
      dismiss: async (kind, localId) => {
        dismissed.push([kind, localId]);
        kept = kept.filter((item) => !(item.kind === kind && item.localId === localId));
      },
    },
    conflicts: {
      list: async () => {
        if (server === 'unreachable') throw new TransportError('network');
        return open;
      },
      resolve: async (id, choice) => {
        resolved.push([id, choice]);
        open = open.filter((row) => row.id !== id);
      },
    },
  } satisfies Partial<Workspace>);
  candidatesOf(workspace).seed(CANDIDATE_ID, 'site-ml-bxl', { firstName: 'Amina', lastName: 'El Idrissi', phone: '0470 11 11 11' });
  renderApp('/a-verifier', signedInService(workspace));
  return { workspace, dismissed, resolved, user: userEvent.setup() };
}

describe('"À vérifier" screen', () => {
  it('shows an open conflict in words: who, which field, both values, when (Brussels time)', async () => {
    setUp({
      local: [localConflict(1, 'phone', '0470 11 11 11', '0470 22 22 22')],
      server: [serverConflict('c-1', 'phone', '0470 11 11 11', '0470 22 22 22')],
    });
    await screen.findByRole('heading', { name: 'À vérifier', level: 1 });
    const card = await screen.findByRole('article', { name: 'Téléphone — Amina El Idrissi' });
    expect(card.textContent).toContain('Candidat · conflit relevé le 02/03/2026 14:05');
    expect(card.textContent).toContain("Valeur enregistrée d'abord, par un autre appareil");
    expect(card.textContent).toContain('Valeur envoyée ensuite par cette tablette');
    expect((within(card).getByRole('button', { name: 'Garder « 0470 11 11 11 »' }) as HTMLButtonElement).disabled).toBe(false);
    expect((within(card).getByRole('button', { name: 'Garder « 0470 22 22 22 »' }) as HTMLButtonElement).disabled).toBe(false);
    screen.getByRole('heading', { name: 'Conflits à régler (1)' });
  });

  it('names who made each value when the server tells', async () => {
    setUp({
      local: [localConflict(1, 'phone', '0470 11 11 11', '0470 22 22 22')],
      server: [{ ...serverConflict('c-1', 'phone', '0470 11 11 11', '0470 22 22 22'), serverUserName: 'Karim Haddad', clientUserName: 'Nadia Peeters' }],
    });
    const card = await screen.findByRole('article', { name: 'Téléphone — Amina El Idrissi' });
    expect(card.textContent).toContain("Valeur enregistrée d'abord, par Karim Haddad");
    expect(card.textContent).toContain('Valeur envoyée ensuite par Nadia Peeters, depuis cette tablette');
  });

  it('resolves with the chosen value, syncs to pull the resolution, and drops the kept copy', async () => {
    const { workspace, resolved, dismissed, user } = setUp({
      local: [localConflict(1, 'phone', '0470 11 11 11', '0470 22 22 22')],
      server: [serverConflict('c-1', 'phone', '0470 11 11 11', '0470 22 22 22')],
    });
    const card = await screen.findByRole('article', { name: 'Téléphone — Amina El Idrissi' });
    await user.type(within(card).getByLabelText('Ou indiquez une autre valeur pour « Téléphone »'), '0470 33 33 33');
    await user.click(within(card).getByRole('button', { name: 'Enregistrer cette valeur' }));

    await screen.findByText('Conflit réglé : la valeur choisie est enregistrée et sera reçue par tous les appareils.');
    expect(resolved).toEqual([['c-1', { choice: 'value', value: '0470 33 33 33' }]]);
    expect(workspace.sync.syncCalls).toBe(1);
    await waitFor(() => expect(dismissed).toEqual([['conflict', 1]]));
    await screen.findByText('Aucun conflit à régler.');
  }, 20_000);

  it('shows code values by their labels, keeps the other device’s value, and offers a list for a third value', async () => {
    const { resolved, user } = setUp({ server: [serverConflict('c-2', 'gender', 'F', 'X')] });
    const card = await screen.findByRole('article', { name: 'Genre — Amina El Idrissi' });
    expect(card.textContent).toContain('Valeur envoyée ensuite par un autre appareil');
    const select = within(card).getByLabelText('Ou indiquez une autre valeur pour « Genre »');
    expect(select.tagName).toBe('SELECT');
    await user.click(within(card).getByRole('button', { name: /^Garder « Femme/ }));
    await waitFor(() => expect(resolved).toEqual([['c-2', { choice: 'server' }]]));
  });

  it('offline: shows the copies kept on the tablet, with the actions disabled and why', async () => {
    setUp({ local: [localConflict(1, 'phone', '0470 11 11 11', '0470 22 22 22')], server: 'unreachable' });
    const card = await screen.findByRole('article', { name: 'Téléphone — Amina El Idrissi' });
    screen.getByText(/Le serveur ne répond pas/);
    for (const button of within(card).getAllByRole('button')) expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(card.textContent).toContain('Ce conflit se règle en ligne');
  });

  it('lists refused changes with the reason in words, links to the form, and ignores after confirmation', async () => {
    const rejected: AttentionItem = {
      kind: 'rejected',
      localId: 9,
      table: 'candidates',
      id: CANDIDATE_ID,
      siteId: 'site-ml-bxl',
      createdAt: '2026-03-02T13:05:00Z',
      mutation: { seq: 4, table: 'candidates', id: CANDIDATE_ID, siteId: 'site-ml-bxl', op: 'put', baseRev: 4, fields: { phone: 'abc' } },
      error: 'invalid',
      issues: [{ path: ['phone'], code: 'invalidPhone', message: 'Give a phone number with digits, spaces, + or - only.' }],
    };
    const forbidden: AttentionItem = { ...rejected, localId: 10, error: 'forbidden_site', issues: [] };
    // A server-only field or a link outside the adviser's sites (docs/server-authority.md).
    const authority: AttentionItem = { ...rejected, localId: 11, error: 'forbidden', issues: [] };
    const { dismissed, user } = setUp({ local: [rejected, forbidden, authority] });
    const cards = await screen.findAllByRole('article', { name: 'Candidat — Amina El Idrissi' });
    expect(cards).toHaveLength(3);
    expect(cards[0]!.textContent).toContain('« Téléphone » : Le téléphone ne peut contenir que des chiffres');
    expect(cards[1]!.textContent).toContain("Ce lieu d'accueil ne fait pas partie des vôtres");
    expect(cards[2]!.textContent).toContain('seule une action d\'un coordinateur peut le faire');
    expect(within(cards[0]!).getByRole('link', { name: 'Corriger' }).getAttribute('href')).toBe(`/candidats/${CANDIDATE_ID}`);

    await user.click(within(cards[1]!).getByRole('button', { name: 'Ignorer' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ignorer ce changement ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Oui, ignorer' }));
    await waitFor(() => expect(dismissed).toEqual([['rejected', 10]]));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
  });
});
