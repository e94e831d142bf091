// Module sessions end to end in memory: plan (times checked), enrol by search with a capacity
// warning, roll call choices with default hours, delete with its roll call after confirmation.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidatesOf, createMemoryWorkspace, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';

function seeded() {
  const workspace = createMemoryWorkspace();
  const candidates = candidatesOf(workspace);
  candidates.seed('c-1', 'site-ml-bxl', { firstName: 'Mohammed', lastName: 'El Amrani' });
  candidates.seed('c-2', 'site-cpas', { firstName: 'Zoë', lastName: 'Van den Bossche' });
  candidates.seed('c-3', 'site-ml-bxl', { firstName: 'Ayşe', lastName: 'Yılmaz' });
  return workspace;
}

const attendanceOf = (workspace: ReturnType<typeof seeded>) => workspace.repo('attendance') as unknown as MemoryRepository<'attendance'>;

describe('module sessions', { timeout: 60_000 }, () => {
  it('plans a session, refusing an end before the start, then corrects it', async () => {
    const workspace = seeded();
    renderApp('/modules/nouveau', signedInService(workspace));
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Planifier une séance de module' });

    await user.click(screen.getByRole('button', { name: 'Planifier la séance' }));
    await waitFor(() => expect(screen.getByLabelText(/^Module/).getAttribute('aria-invalid')).toBe('true'));

    await user.selectOptions(screen.getByLabelText(/^Module/), 'fle');
    await user.type(screen.getByLabelText(/^Date/), '2099-03-12');
    await user.type(screen.getByLabelText('Heure de début'), '13:00');
    await user.type(screen.getByLabelText('Heure de fin'), '09:30');
    await user.type(screen.getByLabelText('Nombre de places'), '2');
    await user.click(screen.getByRole('button', { name: 'Planifier la séance' }));
    await waitFor(() => expect(screen.getByLabelText('Heure de fin').getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(screen.getByLabelText('Heure de fin'));
    expect(workspace.repo('moduleSessions') as unknown as MemoryRepository<'moduleSessions'>).toHaveProperty('records.size', 0);

    await user.clear(screen.getByLabelText('Heure de fin'));
    await user.type(screen.getByLabelText('Heure de fin'), '16:30');
    await user.type(screen.getByLabelText('Animateur ou animatrice'), 'Sophie');
    await user.click(screen.getByRole('button', { name: 'Planifier la séance' }));

    await screen.findByRole('heading', { name: /^FLE orienté métier/ });
    const sessions = [...(await workspace.repo('moduleSessions').list())];
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.siteId).toBe('site-ml-bxl');
    expect(sessions[0]?.data).toMatchObject({ module: 'fle', date: '2099-03-12', startTime: '13:00', endTime: '16:30', capacity: 2, facilitator: 'Sophie' });

    await user.click(screen.getByRole('button', { name: 'Corriger la séance' }));
    const facilitator = screen.getByLabelText('Animateur ou animatrice');
    await user.clear(facilitator);
    await user.type(facilitator, 'Karim');
    await user.clear(screen.getByLabelText('Nombre de places'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer les corrections' }));
    await screen.findByText('Séance enregistrée.');
    const corrected = await workspace.repo('moduleSessions').get(sessions[0]!.id);
    expect(corrected?.data.facilitator).toBe('Karim');
    expect(corrected?.data.capacity).toBeUndefined();
  });

  it('enrols people by search, warns in words when full, takes the roll call and deletes with it', async () => {
    const workspace = seeded();
    const session = await workspace.repo('moduleSessions').create('site-ml-bxl', { module: 'soft-skills', date: '2099-01-05', startTime: '09:00', endTime: '12:30', capacity: 2 });
    renderApp(`/modules/${session.id}`, signedInService(workspace));
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: /^Soft skills/ });

    const search = screen.getByLabelText('Inscrire une personne : chercher par nom');
    await user.type(search, 'zoe');
    await user.click(await screen.findByRole('button', { name: /^Inscrire Zoë Van den Bossche \(/ }));
    await user.clear(search);
    await user.type(search, 'amrani');
    await user.click(await screen.findByRole('button', { name: /^Inscrire Mohammed El Amrani \(/ }));
    await screen.findByText(/^La séance est complète : 2 personnes inscrites pour 2 places/);
    const rows = [...attendanceOf(workspace).records.values()];
    expect(rows.map((row) => [row.siteId, row.data.status])).toEqual([
      ['site-ml-bxl', 'inscrit'],
      ['site-ml-bxl', 'inscrit'],
    ]);

    await user.click(screen.getByRole('link', { name: "Faire l'appel" }));
    const zoe = await screen.findByRole('radiogroup', { name: 'Zoë Van den Bossche' });
    expect(within(zoe).getByRole('radio', { name: 'Inscrit·e' })).toHaveProperty('checked', true);
    await user.click(within(zoe).getByRole('radio', { name: 'Présent·e' }));
    await waitFor(() => expect(within(zoe).getByRole('radio', { name: 'Présent·e' })).toHaveProperty('checked', true));
    await waitFor(() => expect(screen.getByLabelText('Heures de Zoë Van den Bossche')).toHaveProperty('value', '3.5'));
    await user.click(within(zoe).getByRole('radio', { name: 'Absent·e excusé·e' }));
    await waitFor(() => expect(within(zoe).getByRole('radio', { name: 'Absent·e excusé·e' })).toHaveProperty('checked', true));
    await waitFor(() => expect(screen.getByLabelText('Heures de Zoë Van den Bossche')).toHaveProperty('value', '0'));
    const mohammed = screen.getByRole('radiogroup', { name: 'Mohammed El Amrani' });
    await user.click(within(mohammed).getByRole('radio', { name: 'Présent·e' }));
    await waitFor(() => expect(within(mohammed).getByRole('radio', { name: 'Présent·e' })).toHaveProperty('checked', true));
    const hours = screen.getByLabelText('Heures de Mohammed El Amrani');
    await user.clear(hours);
    await user.type(hours, '3');
    await user.tab();
    await waitFor(() => expect([...attendanceOf(workspace).records.values()].find((row) => row.data.candidateId === 'c-1')?.data.hours).toBe(3));
    const summary = screen.getByText('Présent·e', { selector: 'dt' }).parentElement!;
    expect(within(summary).getByText('1')).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Retour à la séance' }));
    await user.click(await screen.findByRole('button', { name: 'Supprimer la séance' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('son appel (2 personne(s) inscrite(s)');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    await screen.findByRole('heading', { name: 'Modules et séances' });
    expect(await workspace.repo('moduleSessions').list()).toHaveLength(0);
    expect(await workspace.repo('attendance').list()).toHaveLength(0);
  });

  it('offers the people the positioning recommends for the module, in one tap', async () => {
    const workspace = seeded();
    const positionings = workspace.repo('positionings') as unknown as MemoryRepository<'positionings'>;
    const recommend = (modules: string[]) => modules.map((module) => ({ module, reasons: [] }));
    positionings.seed('p-1', 'site-ml-bxl', { candidateId: 'c-1', questionnaireId: 'q', questionnaireVersion: 1, completedAt: '2026-01-02T10:00:00Z', recommendations: recommend(['fle']) });
    positionings.seed('p-2', 'site-ml-bxl', { candidateId: 'c-3', questionnaireId: 'q', questionnaireVersion: 1, completedAt: '2026-01-02T10:00:00Z', recommendations: recommend(['fle', 'steam']) });
    positionings.seed('p-3', 'site-cpas', { candidateId: 'c-2', questionnaireId: 'q', questionnaireVersion: 1, completedAt: '2026-01-02T10:00:00Z', recommendations: recommend(['steam']) });
    const session = await workspace.repo('moduleSessions').create('site-cpas', { module: 'fle', date: '2099-01-05' });
    renderApp(`/modules/${session.id}`, signedInService(workspace));
    const user = userEvent.setup();
    const recommended = await screen.findByRole('list', { name: 'Recommandé·es par le positionnement : 2' });
    expect(within(recommended).getAllByRole('button').map((button) => button.querySelector('.person-choice__name')?.textContent)).toEqual(['Inscrire Mohammed El Amrani', 'Inscrire Ayşe Yılmaz']);
    await user.click(screen.getByRole('button', { name: 'Inscrire les 2 personnes recommandées' }));
    await screen.findByText('Personnes inscrites : 2');
    expect(screen.queryByRole('list', { name: /^Recommandé/ })).toBeNull();
    const rows = [...attendanceOf(workspace).records.values()];
    expect(rows.map((row) => [row.siteId, row.data.candidateId, row.data.status])).toEqual([
      ['site-cpas', 'c-1', 'inscrit'],
      ['site-cpas', 'c-3', 'inscrit'],
    ]);
  });

  it('lists upcoming sessions soonest first and past ones latest first, with places taken', async () => {
    const workspace = seeded();
    const sessions = workspace.repo('moduleSessions') as unknown as MemoryRepository<'moduleSessions'>;
    sessions.seed('s-1', 'site-ml-bxl', { module: 'fle', date: '2099-02-01', startTime: '09:00', endTime: '12:00', capacity: 10, facilitator: 'Sophie' });
    sessions.seed('s-2', 'site-ml-bxl', { module: 'steam', date: '2099-01-15' });
    sessions.seed('s-3', 'site-cpas', { module: 'numerique', date: '2020-01-15' });
    sessions.seed('s-4', 'site-cpas', { module: 'soft-skills', date: '2021-01-15' });
    attendanceOf(workspace).seed('r-1', 'site-ml-bxl', { sessionId: 's-1', candidateId: 'c-1', status: 'inscrit' });
    renderApp('/modules', signedInService(workspace));
    const upcoming = await screen.findByRole('list', { name: 'Séances à venir' });
    const upcomingRows = within(upcoming).getAllByRole('link');
    expect(upcomingRows.map((row) => row.getAttribute('href'))).toEqual(['/modules/s-2', '/modules/s-1']);
    expect(upcomingRows[1]?.textContent).toContain('09:00–12:00');
    expect(upcomingRows[1]?.textContent).toContain('Animation : Sophie');
    expect(upcomingRows[1]?.textContent).toContain('Places prises : 1 sur 10');
    const past = screen.getByRole('list', { name: 'Séances passées' });
    expect(within(past).getAllByRole('link').map((row) => row.getAttribute('href'))).toEqual(['/modules/s-4', '/modules/s-3']);
  });
});
