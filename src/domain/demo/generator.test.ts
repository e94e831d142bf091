import { describe, expect, it } from 'vitest';
import { recordSchemas } from '../entities';
import { generateDemoData } from './generator';

describe('generateDemoData', () => {
  const demo = generateDemoData({ seed: 2026, candidatesPerSite: 120 });

  it('produces records that validate with the wire record schemas', () => {
    const invalid = demo.records
      .map((record) => ({ record, parsed: recordSchemas[record.table].safeParse(record.data) }))
      .filter(({ parsed }) => !parsed.success)
      .map(({ record, parsed }) => ({ table: record.table, data: record.data, issues: parsed.error?.issues }));
    expect(invalid.slice(0, 3)).toEqual([]);
  });

  it('covers every history table and many origins', () => {
    const tables = new Set(demo.records.map((record) => record.table));
    for (const table of ['candidates', 'spocActions', 'accompaniments', 'moduleSessions', 'attendance', 'validationSteps', 'followUpNotes']) {
      expect(tables).toContain(table);
    }
    const lastNames = new Set(demo.records.filter((record) => record.table === 'candidates').map((record) => record.data.lastName));
    expect(lastNames.size).toBeGreaterThan(60);
    const results = new Set(demo.records.filter((record) => record.table === 'validationSteps').map((record) => record.data.result));
    expect([...results]).toEqual(expect.arrayContaining(['reussi', 'echoue', 'absent', 'reporte']));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoData({ seed: 2026, candidatesPerSite: 120 })).toEqual(demo);
    expect(generateDemoData({ seed: 7, candidatesPerSite: 120 }).records[0]).not.toEqual(demo.records[0]);
  });

  it('keeps every record on a known site', () => {
    const siteIds = new Set(demo.sites.map((site) => site.id));
    expect(demo.records.every((record) => siteIds.has(record.siteId))).toBe(true);
  });
});
