// A small two-site dataset around 2024 for the report's tests (never imported by the app).
import type { TableData } from '../../domain/entities';
import type { ReportInput, ReportRecord, ReportTable } from '../../domain/report';

export const SITE_A = 'site-ml-bxl';
export const SITE_B = 'site-cpas';
export const SITES: { id: string; data: TableData['sites'] }[] = [
  { id: SITE_A, data: { name: 'Mission locale de Bruxelles', kind: 'mission-locale' } },
  { id: SITE_B, data: { name: 'CPAS', kind: 'cpas' } },
];

const rec = <T extends ReportTable>(id: string, siteId: string, data: TableData[T]): ReportRecord<T> => ({ id, siteId, deleted: false, data });

/** Six persons accompanied at site A (so one profile cell reaches 5), one at B. */
export function reportTestInput(): ReportInput {
  const extra = ['p4', 'p5', 'p6', 'p7'];
  return {
    candidates: [
      rec('p1', SITE_A, { firstName: 'Amina', lastName: 'Diallo', gender: 'F', birthDate: '1990-05-01', certificationAtEntry: 2, source: 'bouche-a-oreille', communeCode: 'bruxelles' }),
      rec('p2', SITE_A, { firstName: 'Marc', lastName: 'Peeters', gender: 'M', birthDate: '1970' }),
      rec('p3', SITE_B, { firstName: 'Lina', lastName: 'Haddad', gender: 'F', birthDate: '2001-02-03' }),
      ...extra.map((id) => rec<'candidates'>(id, SITE_A, { firstName: `Personne-${id}`, lastName: 'Test', gender: 'F', birthDate: '1985', communeCode: 'etterbeek' })),
    ],
    spocActions: [
      rec('s1', SITE_A, { date: '2024-03-01', kind: 'individuelle', candidateIds: ['p1'], metiers: ['coiffeur'] }),
      rec('s2', SITE_A, { date: '2024-04-01', kind: 'collective', candidateIds: ['p1', 'p2'], headCount: 8, metiers: ['coiffeur'] }),
      rec('s3', SITE_B, { date: '2024-05-01', kind: 'mail', candidateIds: ['p3'] }),
      rec('s4', SITE_B, { date: '2023-05-01', kind: 'mail', candidateIds: ['p3'] }),
    ],
    accompaniments: [
      rec('a1', SITE_A, { candidateId: 'p1', metier: 'coiffeur', startDate: '2024-02-01', status: 'open' }),
      rec('a2', SITE_B, { candidateId: 'p3', metier: 'carreleur', startDate: '2023-09-01', status: 'closed', exitDate: '2024-06-01' }),
      ...extra.map((id, index) => rec<'accompaniments'>(`a-${id}`, SITE_A, { candidateId: id, metier: 'coiffeur', startDate: `2024-0${index + 1}-15`, status: 'open' })),
    ],
    moduleSessions: [rec('m1', SITE_A, { module: 'soft-skills', date: '2024-03-10' })],
    attendance: [rec('at1', SITE_A, { sessionId: 'm1', candidateId: 'p1', status: 'present' })],
    validationSteps: [
      rec('v1', SITE_A, { accompanimentId: 'a1', candidateId: 'p1', uc: 'UC1', registrationDate: '2024-03-01', testDate: '2024-04-01', result: 'reussi', centreRegion: 'wallonie' }),
      rec('v2', SITE_A, { accompanimentId: 'a1', candidateId: 'p1', uc: 'UC2', registrationDate: '2024-03-01', testDate: '2024-05-01', result: 'echoue' }),
      rec('v3', SITE_B, { accompanimentId: 'a2', candidateId: 'p3', uc: 'UC1', registrationDate: '2024-04-01', testDate: '2024-06-01' }),
    ],
  };
}
