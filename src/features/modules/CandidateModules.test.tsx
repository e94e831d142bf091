// The candidate file's modules block: a person's sessions, their status, and the attendance rate.
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { createI18n } from '../../i18n';
import { CandidateModules } from './CandidateModules';

describe('CandidateModules', { timeout: 60_000 }, () => {
  it('lists the sessions of one person with their status and attendance rate', async () => {
    const workspace = createMemoryWorkspace();
    const sessions = workspace.repo('moduleSessions') as unknown as MemoryRepository<'moduleSessions'>;
    const attendance = workspace.repo('attendance') as unknown as MemoryRepository<'attendance'>;
    sessions.seed('s-1', 'site-ml-bxl', { module: 'fle', date: '2026-02-01', startTime: '09:00', endTime: '12:00' });
    sessions.seed('s-2', 'site-ml-bxl', { module: 'steam', date: '2026-02-08' });
    sessions.seed('s-3', 'site-ml-bxl', { module: 'numerique', date: '2026-02-15' });
    attendance.seed('r-1', 'site-ml-bxl', { sessionId: 's-1', candidateId: 'c-1', status: 'present', hours: 2.25 });
    attendance.seed('r-2', 'site-ml-bxl', { sessionId: 's-2', candidateId: 'c-1', status: 'absent', hours: 0 });
    attendance.seed('r-3', 'site-ml-bxl', { sessionId: 's-3', candidateId: 'c-1', status: 'inscrit' });
    attendance.seed('r-4', 'site-ml-bxl', { sessionId: 's-1', candidateId: 'c-2', status: 'absent' });

    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <MemoryRouter>
          <CandidateModules candidateId="c-1" attendance={[...attendance.records.values()]} sessions={[...sessions.records.values()]} />
        </MemoryRouter>
      </I18nextProvider>,
    );

    const section = await screen.findByRole('region', { name: 'Modules suivis' });
    await within(section).findByText('Taux de présence : 50 %');
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/modules/s-3', '/modules/s-2', '/modules/s-1']);
    // Dates and durations as an adviser writes them, never "2026-02-01" or "2.25 h".
    expect(links[2]?.textContent).toContain('01/02/2026');
    expect(links[2]?.textContent).not.toContain('2026-02-01');
    expect(links[2]?.textContent).toContain('Présent·e · 2 h 15');
  });
});
