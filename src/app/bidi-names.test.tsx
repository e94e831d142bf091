// A name holding U+202E RIGHT-TO-LEFT OVERRIDE (or any bidi control) never turns the text shown
// after it around: on the main screens it sits in a <bdi> and no control reaches the page, its
// labels or its title (docs/display-of-names.md).
import { render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PersonName } from '../components/PersonName';
import { useDocumentTitle } from '../components/use-document-title';
import type { DataQuality } from '../domain/report';
import { createI18n } from '../i18n';
import { DataQualityPanel } from '../features/reports/DataQualityPanel';
import { seedReview } from '../features/positioning-review/test-support';
import { candidatesOf, createMemoryWorkspace, type MemoryRepository, type MemoryWorkspace } from './test-support/memory-workspace';
import { renderApp, signedInService } from './test-support/render-app';
import { TransportError } from '../sync/transport';

const RLO = '\u202E';
const OVERRIDING = /[\u202A-\u202E\u2066\u2067\u200E\u200F\u061C]/;
/** Typed by someone, with an override left open at the end: it would reverse whatever follows. */
const LAST_NAME = `Dupont${RLO}`;
const SHOWN = 'Amina Dupont';

/** No override, embedding or mark anywhere in the page's text, its attributes or its title. */
function expectNoControlOnPage() {
  expect(document.body.textContent).not.toMatch(OVERRIDING);
  for (const element of document.body.querySelectorAll('*')) {
    for (const attribute of element.attributes) expect(attribute.value, `${element.tagName} ${attribute.name}`).not.toMatch(OVERRIDING);
  }
  expect(document.title).not.toMatch(OVERRIDING);
}

/** The element holding exactly `text` is a <bdi>, or sits in one. */
function expectIsolated(container: HTMLElement, text: string) {
  const holder = within(container).getByText(text, { ignore: 'script, style' });
  expect(holder.closest('bdi'), `"${text}" is isolated`).not.toBeNull();
}

function workspaceWithName(): MemoryWorkspace {
  const workspace = createMemoryWorkspace();
  candidatesOf(workspace).seed('c-1', 'site-ml-bxl', { firstName: 'Amina', lastName: LAST_NAME, birthDate: '1994', communeCode: 'schaerbeek' });
  (workspace.repo('sites') as MemoryRepository<'sites'>).seed('site-ml-bxl', 'site-ml-bxl', { name: `Mission Locale ${RLO}de Bruxelles`, kind: 'mission-locale' });
  (workspace.repo('spocActions') as MemoryRepository<'spocActions'>).seed('s-1', 'site-ml-bxl', {
    date: '2026-01-10',
    kind: 'individuelle',
    candidateIds: ['c-1'],
    outreachPlace: `Gare du ${RLO}Nord`,
  });
  return workspace;
}

describe('names with bidi controls', { timeout: 60_000 }, () => {
  it('<PersonName> isolates the name in <bdi> and shows its letters in the order typed', () => {
    render(
      <p data-testid="line">
        <PersonName>{`Amina ${RLO}Dupont`}</PersonName> : 3 actions
      </p>,
    );
    const line = screen.getByTestId('line');
    expect(line.innerHTML).toBe('<bdi>Amina Dupont</bdi> : 3 actions');
  });

  it('keeps the candidate list row in order: the name isolated, the birth and commune after it', async () => {
    renderApp('/candidats', signedInService(workspaceWithName()));
    const list = await screen.findByRole('list', { name: 'Liste des candidats' });
    const link = within(list).getByRole('link');
    expectIsolated(link, SHOWN);
    expect(link.textContent).toBe(`${SHOWN}né·e en 1994Schaerbeek`);
    expectNoControlOnPage();
  });

  it('keeps the file in order: header, site and outreach place isolated, nothing in the title', async () => {
    renderApp('/candidats/c-1', signedInService(workspaceWithName()));
    const heading = await screen.findByRole('heading', { level: 1, name: SHOWN });
    expectIsolated(heading, SHOWN);
    const identity = screen.getByRole('region', { name: 'Identité' });
    expect(within(identity).getByText('Mission Locale de Bruxelles')).toBeTruthy();
    const spoc = screen.getByRole('region', { name: 'Actions SPOC (information et orientation)' });
    expect(within(spoc).getByText('Lieu : Gare du Nord')).toBeTruthy();
    await waitFor(() => expect(document.title).toMatch(/— /));
    expectNoControlOnPage();
  });

  it('keeps the attention list in order: the record named without its control', async () => {
    const workspace = workspaceWithName();
    // The server is not reached: the copy kept on the tablet is listed as it is.
    workspace.conflicts.list = async () => Promise.reject(new TransportError('network'));
    workspace.attention.items = [
      {
        kind: 'conflict',
        localId: 1,
        table: 'candidates',
        id: 'c-1',
        siteId: 'site-ml-bxl',
        createdAt: '2026-03-02T13:05:00Z',
        mutation: { seq: 3, table: 'candidates', id: 'c-1', siteId: 'site-ml-bxl', op: 'put', baseRev: 4, fields: { lastName: `Du${RLO}pond` } },
        conflicts: [{ field: 'lastName', serverValue: LAST_NAME, clientValue: `Du${RLO}pond` }],
      },
    ];
    renderApp('/a-verifier', signedInService(workspace));
    const title = await screen.findByRole('heading', { level: 3, name: /Amina Dupont/ });
    expect(title.textContent).toMatch(/Amina Dupont/);
    const card = title.closest('article') as HTMLElement;
    expectIsolated(card, 'Dupont');
    expectIsolated(card, 'Dupond');
    expectNoControlOnPage();
  });

  it('keeps the roll call in order: each name isolated before its status choices', async () => {
    const workspace = workspaceWithName();
    const session = await workspace.repo('moduleSessions').create('site-ml-bxl', { module: 'fle', date: '2099-01-05', title: `Groupe ${RLO}A` });
    (workspace.repo('attendance') as unknown as MemoryRepository<'attendance'>).seed('r-1', 'site-ml-bxl', { sessionId: session.id, candidateId: 'c-1', status: 'inscrit' });
    renderApp(`/modules/${session.id}/appel`, signedInService(workspace));
    const group = await screen.findByRole('radiogroup', { name: /^Amina Dupont/ });
    expectIsolated(group, SHOWN);
    expect(group.textContent).toBe(`${SHOWN}Inscrit·ePrésent·eEn retardAbsent·e excusé·eAbsent·e`);
    expectNoControlOnPage();
  });

  it('keeps the printed complete file in order, and isolates a right-to-left name in its heading', async () => {
    const workspace = workspaceWithName();
    candidatesOf(workspace).seed('c-2', 'site-ml-bxl', { firstName: 'محمد', lastName: `${RLO}العلوي` });
    renderApp('/candidats/c-2/dossier-complet', signedInService(workspace));
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Dossier complet de \u2068محمد العلوي\u2069');
    expectIsolated(document.body, 'العلوي');
    expectNoControlOnPage();
  });

  it('keeps the printed synthesis in order', async () => {
    const workspace = createMemoryWorkspace();
    seedReview(workspace);
    await workspace.repo('candidates').update('c-1', { lastName: `El Idrissi${RLO}` });
    renderApp('/positionnements/p-1/synthese', signedInService(workspace));
    const sheet = (await screen.findByRole('heading', { level: 1, name: 'Votre positionnement' })).closest('article') as HTMLElement;
    await waitFor(() => expectIsolated(sheet, 'Amina El Idrissi'));
    expectNoControlOnPage();
  });

  it('keeps a data-quality line of the report in order: the name isolated, the reason after it', () => {
    const workspace = workspaceWithName();
    const candidates = [...(candidatesOf(workspace) as MemoryRepository<'candidates'>).records.values()];
    const quality: DataQuality = {
      asOf: '2026-06-30',
      staleAccompaniments: [],
      testsWithoutResult: [],
      candidatesMissingFields: [{ candidateId: 'c-1', siteId: 'site-ml-bxl', missing: ['source'] }],
      possibleDuplicates: [],
    };
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <MemoryRouter>
          <DataQualityPanel quality={quality} candidates={candidates} siteName={(id) => id} />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const link = screen.getByRole('link', { name: SHOWN });
    expectIsolated(link, SHOWN);
    expect(link.closest('li')?.textContent).toMatch(/^Amina Dupont \S/);
    expectNoControlOnPage();
  });

  it('never puts a bidi control in the page title', () => {
    function Titled() {
      useDocumentTitle(`Dossier de Amina ${RLO}Dupont`);
      return null;
    }
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <Titled />
      </I18nextProvider>,
    );
    expect(document.title).toMatch(/^Dossier de Amina Dupont — /);
  });
});
