// The report over records projected on REPORT_FIELDS equals the report over the whole records, on
// the demo generator's data with merges, erasures, tombstones and transfers added (the generator
// makes none), for every site and for a selection.
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../demo/generator';
import { projectForReport, REPORT_FIELDS, isReportTable } from './fields';
import { computeActivityReport } from './index';
import type { ReportInput, ReportRecord, ReportTable } from './types';

type MutableInput = { [T in ReportTable]: ReportRecord<T>[] };

/** The demo records of the report tables, with every kind of change that alters what counts. */
function demoInput(seed: number): MutableInput {
  const demo = generateDemoData({ seed, candidatesPerSite: 60 });
  const siteIds = [...new Set(demo.records.map((record) => record.siteId))];
  const input: MutableInput = { candidates: [], spocActions: [], accompaniments: [], moduleSessions: [], attendance: [], validationSteps: [], moduleWork: [], positionings: [] };
  demo.records.forEach((record, index) => {
    if (!isReportTable(record.table)) return;
    const data: Record<string, unknown> = { ...record.data };
    let siteId = record.siteId;
    if (record.table === 'candidates') {
      const previous = input.candidates.at(-1);
      if (index % 7 === 0 && previous) data.mergedInto = previous.id; // merged into another file
      if (index % 11 === 0) {
        // Erased: the person's identity is gone, the codes stay.
        for (const field of ['firstName', 'lastName', 'birthDate', 'phone', 'email', 'notes']) delete data[field];
        data.erased = true;
      }
      if (index % 5 === 0 && previous) {
        // A second file of the same person: the duplicate check must still find it.
        for (const field of ['firstName', 'lastName', 'birthDate']) data[field] = previous.data[field as 'firstName'];
      } else if (index % 3 === 0 && previous) {
        // Same first name and birth date, another last name: not a duplicate.
        for (const field of ['firstName', 'birthDate']) data[field] = previous.data[field as 'firstName'];
      }
    }
    if (index % 9 === 0) siteId = siteIds[(siteIds.indexOf(siteId) + 1) % siteIds.length] ?? siteId; // transferred
    (input[record.table] as ReportRecord<ReportTable>[]).push({ id: record.id, siteId, deleted: index % 13 === 0, data: data as never });
  });
  // An accompaniment open since 2023 whose only recent sign of life is a Titre date: stale or not
  // depends on titreDate alone.
  const siteId = siteIds[0] ?? '';
  const candidateId = input.candidates.find((record) => !record.deleted)?.id ?? '';
  input.accompaniments.push({ id: 'edge-a', siteId, deleted: false, data: { candidateId: 'edge-person', metier: 'coiffeur', startDate: '2023-01-02', status: 'open' } });
  input.validationSteps.push({
    id: 'edge-v',
    siteId,
    deleted: false,
    data: { accompanimentId: 'edge-a', candidateId, uc: 'UC1', registrationDate: '2023-02-01', titreDate: '2024-12-01' },
  });
  return input;
}

function projected(input: MutableInput): ReportInput {
  const project = <T extends ReportTable>(table: T) => input[table].map((record) => ({ ...record, data: projectForReport(table, record.data as Record<string, unknown>) }));
  return {
    candidates: project('candidates'),
    spocActions: project('spocActions'),
    accompaniments: project('accompaniments'),
    moduleSessions: project('moduleSessions'),
    attendance: project('attendance'),
    validationSteps: project('validationSteps'),
  };
}

describe('the report fields', () => {
  it.each([3, 17, 2024])('are all the report reads (demo data with merges, erasures, tombstones and transfers, seed %i)', (seed) => {
    const whole = demoInput(seed);
    const siteIds = [...new Set(whole.accompaniments.map((record) => record.siteId))].sort();
    const report = computeActivityReport(whole, { from: '2024-01-01', to: '2024-12-31', asOf: '2025-06-30' });
    // The data has what each part of the report counts, or the comparison proves little.
    expect(report.accompaniment.total.persons).toBeGreaterThan(0);
    expect(report.validation.total.testsTaken).toBeGreaterThan(0);
    expect(report.modules.length).toBeGreaterThan(0);
    expect(report.dataQuality.possibleDuplicates.length).toBeGreaterThan(0);
    for (const options of [
      { from: '2024-01-01', to: '2024-12-31', asOf: '2025-06-30' },
      { from: '2023-01-01', to: '2025-12-31', siteIds: siteIds.slice(0, 2) },
    ]) {
      expect(computeActivityReport(projected(whole), options)).toEqual(computeActivityReport(whole, options));
    }
  });

  it('leave out what the report does not read, and keep absent fields absent', () => {
    const data = { firstName: 'Ana', phone: '0470 00 00 00', notes: 'private', consent: { given: true } };
    expect(projectForReport('candidates', data)).toEqual({ firstName: 'Ana' });
    expect(Object.keys(projectForReport('attendance', { sessionId: 'm1', hours: 2 }))).toEqual(['sessionId']);
    expect(REPORT_FIELDS.candidates).not.toContain('notes');
  });
});
