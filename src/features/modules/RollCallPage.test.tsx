// The roll call shows the five statuses per person as a radio group: one tap sets the one meant.
// The hours follow the status: a choice always records the new status's default hours, so going
// back to present restores the session's length over hours typed earlier, and an absence records none.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidatesOf, createMemoryWorkspace, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';

describe('roll call', { timeout: 60_000 }, () => {
  it('sets any status in one tap from the five in view, as a radio group', async () => {
    const workspace = createMemoryWorkspace();
    candidatesOf(workspace).seed('c-1', 'site-ml-bxl', { firstName: 'Zoë', lastName: 'Van den Bossche' });
    const session = await workspace.repo('moduleSessions').create('site-ml-bxl', { module: 'fle', date: '2099-01-05', startTime: '09:00', endTime: '12:30' });
    const attendance = workspace.repo('attendance') as unknown as MemoryRepository<'attendance'>;
    attendance.seed('r-1', 'site-ml-bxl', { sessionId: session.id, candidateId: 'c-1', status: 'inscrit' });
    renderApp(`/modules/${session.id}/appel`, signedInService(workspace));
    const user = userEvent.setup();

    const group = await screen.findByRole('radiogroup', { name: 'Zoë Van den Bossche' });
    const choices = within(group).getAllByRole('radio');
    expect(choices.map((choice) => choice.closest('label')?.textContent)).toEqual(['Inscrit·e', 'Présent·e', 'En retard', 'Absent·e excusé·e', 'Absent·e']);
    expect(within(group).getByRole('radio', { name: 'Inscrit·e' })).toHaveProperty('checked', true);

    // Straight to absent in one tap, then back to present in one more: no cycling through the others.
    await user.click(within(group).getByRole('radio', { name: 'Absent·e' }));
    await waitFor(() => expect(attendance.records.get('r-1')?.data).toMatchObject({ status: 'absent', hours: 0 }));
    expect(within(group).getByRole('radio', { name: 'Absent·e' })).toHaveProperty('checked', true);
    await user.click(within(group).getByRole('radio', { name: 'Présent·e' }));
    await waitFor(() => expect(attendance.records.get('r-1')?.data).toMatchObject({ status: 'present', hours: 3.5 }));
    expect(attendance.calls.filter((call) => call.op === 'update')).toHaveLength(2);
  });

  it('resets the hours on every choice: typed hours give way to the default, absences give 0', async () => {
    const workspace = createMemoryWorkspace();
    candidatesOf(workspace).seed('c-1', 'site-ml-bxl', { firstName: 'Zoë', lastName: 'Van den Bossche' });
    const session = await workspace.repo('moduleSessions').create('site-ml-bxl', { module: 'fle', date: '2099-01-05', startTime: '09:00', endTime: '12:30' });
    const attendance = workspace.repo('attendance') as unknown as MemoryRepository<'attendance'>;
    attendance.seed('r-1', 'site-ml-bxl', { sessionId: session.id, candidateId: 'c-1', status: 'inscrit' });
    renderApp(`/modules/${session.id}/appel`, signedInService(workspace));
    const user = userEvent.setup();
    const saved = () => attendance.records.get('r-1')?.data;
    const hoursField = () => screen.getByLabelText('Heures de Zoë Van den Bossche');
    const choose = async (status: string) => {
      const group = await screen.findByRole('radiogroup', { name: 'Zoë Van den Bossche' });
      await user.click(within(group).getByRole('radio', { name: status }));
      await waitFor(() => expect(within(screen.getByRole('radiogroup', { name: 'Zoë Van den Bossche' })).getByRole('radio', { name: status })).toHaveProperty('checked', true));
    };

    await choose('Présent·e');
    await waitFor(() => expect(hoursField()).toHaveProperty('value', '3.5'));
    await user.clear(hoursField());
    await user.type(hoursField(), '2');
    await user.tab();
    await waitFor(() => expect(saved()?.hours).toBe(2));

    await choose('En retard');
    await waitFor(() => expect(saved()).toMatchObject({ status: 'retard', hours: 3.5 }));
    await choose('Absent·e excusé·e');
    await waitFor(() => expect(saved()).toMatchObject({ status: 'absent-excuse', hours: 0 }));
    await waitFor(() => expect(hoursField()).toHaveProperty('value', '0'));
    await choose('Présent·e');
    await waitFor(() => expect(saved()).toMatchObject({ status: 'present', hours: 3.5 }));
    await waitFor(() => expect(hoursField()).toHaveProperty('value', '3.5'));

    // Hours typed, then the same person's status chosen at once: the choice's default wins, deterministically.
    await user.clear(hoursField());
    await user.type(hoursField(), '1');
    await choose('En retard');
    await waitFor(() => expect(saved()).toMatchObject({ status: 'retard', hours: 3.5 }));
    expect(hoursField()).toHaveProperty('value', '3.5');
  });

  it('marks everyone not yet called present in one batched write, leaving those already called', async () => {
    const workspace = createMemoryWorkspace();
    candidatesOf(workspace).seed('c-1', 'site-ml-bxl', { firstName: 'Zoë', lastName: 'Peeters' });
    candidatesOf(workspace).seed('c-2', 'site-ml-bxl', { firstName: 'Yanis', lastName: 'Amrani' });
    candidatesOf(workspace).seed('c-3', 'site-ml-bxl', { firstName: 'Xavier', lastName: 'Dubois' });
    const session = await workspace.repo('moduleSessions').create('site-ml-bxl', { module: 'fle', date: '2099-01-05', startTime: '09:00', endTime: '12:00' });
    const attendance = workspace.repo('attendance') as unknown as MemoryRepository<'attendance'>;
    attendance.seed('r-1', 'site-ml-bxl', { sessionId: session.id, candidateId: 'c-1', status: 'inscrit' });
    attendance.seed('r-2', 'site-ml-bxl', { sessionId: session.id, candidateId: 'c-2', status: 'inscrit' });
    attendance.seed('r-3', 'site-ml-bxl', { sessionId: session.id, candidateId: 'c-3', status: 'absent-excuse', hours: 0 });
    renderApp(`/modules/${session.id}/appel`, signedInService(workspace));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Marquer présentes les 2 personnes pas encore appelées' }));
    // The roll call reads its session's rows by the sessionId index, and only the people they name.
    expect(attendance.subscriptions).toEqual([{ kind: 'watchWhere', field: 'sessionId', values: [session.id] }]);
    expect(candidatesOf(workspace).subscriptions).toEqual([{ kind: 'watchWhere', field: 'id', values: ['c-1', 'c-2', 'c-3'] }]);
    await waitFor(() => expect(attendance.records.get('r-1')?.data).toMatchObject({ status: 'present', hours: 3 }));
    expect(attendance.records.get('r-2')?.data).toMatchObject({ status: 'present', hours: 3 });
    expect(attendance.records.get('r-3')?.data).toMatchObject({ status: 'absent-excuse', hours: 0 });
    await waitFor(() => expect(screen.queryByRole('button', { name: /pas encore appelées/ })).toBeNull());
  });
});
