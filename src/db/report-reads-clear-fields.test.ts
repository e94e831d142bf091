// The reports screen reads every table but candidates through their clear fields only (no
// decryption: see features/reports/use-report-input.ts). This proves that is enough: the report of
// records stripped to what the tablet keeps in clear equals the report of the whole records.
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../domain/demo/generator';
import { computeActivityReport, type ReportInput, type ReportRecord, type ReportTable } from '../domain/report';
import { splitForStorage } from './table-registry';

const COUNTED: readonly Exclude<ReportTable, 'candidates'>[] = ['spocActions', 'accompaniments', 'moduleSessions', 'attendance', 'validationSteps', 'moduleWork'];

function inputOf(seed: number, clearOnly: boolean): ReportInput {
  const demo = generateDemoData({ seed, candidatesPerSite: 80 });
  const input: Record<ReportTable, ReportRecord<ReportTable>[]> = {
    candidates: [],
    spocActions: [],
    accompaniments: [],
    moduleSessions: [],
    attendance: [],
    validationSteps: [],
    moduleWork: [],
    positionings: [],
  };
  for (const record of demo.records) {
    if (!(record.table in input)) continue;
    const table = record.table as ReportTable;
    const counted = (COUNTED as readonly string[]).includes(table);
    const data = clearOnly && counted ? splitForStorage(table, record.data).clear : record.data;
    input[table].push({ id: record.id, siteId: record.siteId, deleted: false, data } as ReportRecord<ReportTable>);
  }
  return input as unknown as ReportInput;
}

describe('the report of the counted tables', () => {
  it.each([1, 7, 42])('needs only the fields kept in clear (demo data, seed %i)', (seed) => {
    const options = { from: '2024-01-01', to: '2025-12-31', asOf: '2026-01-15' };
    expect(computeActivityReport(inputOf(seed, true), options)).toEqual(computeActivityReport(inputOf(seed, false), options));
  });
});
