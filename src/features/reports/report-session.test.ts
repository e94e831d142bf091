// The reports screen's session memory: an answer with the same records keeps the old array (so the
// input and its reports are not rebuilt), a changed record replaces it, and a report is computed
// once per input and choice.
import { describe, expect, it, vi } from 'vitest';
import type { ActivityReport, ReportInput } from '../../domain/report';
import type { LocalRecord } from '../../sync/workspace';
import { keepSame, ReportSession, reportSessionOf } from './report-session';

const attendance = (id: string, status: string, rev = 1, pendingFields: string[] = []): LocalRecord<'attendance'> => ({
  table: 'attendance',
  id,
  siteId: 'site-1',
  rev,
  data: { sessionId: 's-1', candidateId: `c-${id}`, status } as LocalRecord<'attendance'>['data'],
  pendingFields,
});

describe('keepSame', () => {
  it('keeps the previous array when the records are the same, field by field', () => {
    const previous = [attendance('a', 'present'), attendance('b', 'absent')];
    expect(keepSame(previous, [attendance('a', 'present'), attendance('b', 'absent')])).toBe(previous);
  });

  it.each([
    ['a field', [attendance('a', 'present'), attendance('b', 'present')]],
    ['a rev', [attendance('a', 'present'), attendance('b', 'absent', 2)]],
    ['the pending fields', [attendance('a', 'present'), attendance('b', 'absent', 1, ['status'])]],
    ['a record more', [attendance('a', 'present'), attendance('b', 'absent'), attendance('c', 'present')]],
    ['a record less', [attendance('a', 'present')]],
    ['another id', [attendance('a', 'present'), attendance('z', 'absent')]],
  ])('takes the new array when %s changed', (_what, next) => {
    const previous = [attendance('a', 'present'), attendance('b', 'absent')];
    expect(keepSame(previous, next)).toBe(next);
  });
});

describe('ReportSession', () => {
  it('hands back the last snapshot of a table, the same array when an answer did not change it', () => {
    const session = new ReportSession();
    expect(session.snapshot('attendance')).toBeUndefined();
    const first = session.accept('attendance', [attendance('a', 'present')]);
    expect(session.accept('attendance', [attendance('a', 'present')])).toBe(first);
    expect(session.snapshot('attendance')).toBe(first);
    const changed = session.accept('attendance', [attendance('a', 'absent')]);
    expect(changed).not.toBe(first);
    expect(session.snapshot('attendance')).toBe(changed);
  });

  it('builds a derived value once per set of parts', () => {
    const session = new ReportSession();
    const parts = [[1], [2]];
    const build = vi.fn(() => ({}));
    const value = session.derived(parts, build);
    expect(session.derived([...parts], build)).toBe(value);
    expect(session.derived([parts[0], [2]], build)).not.toBe(value);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('computes a report once per input and choice, and again for another input', () => {
    const session = new ReportSession();
    const input = {} as ReportInput;
    const compute = vi.fn(() => ({}) as ActivityReport);
    const report = session.report(input, 'year 2024', compute);
    expect(session.report(input, 'year 2024', compute)).toBe(report);
    session.report(input, 'year 2025', compute);
    session.report({} as ReportInput, 'year 2024', compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps the last eight choices of an input', () => {
    const session = new ReportSession();
    const input = {} as ReportInput;
    const compute = vi.fn(() => ({}) as ActivityReport);
    for (let choice = 0; choice < 9; choice += 1) session.report(input, `choice ${choice}`, compute);
    session.report(input, 'choice 8', compute);
    session.report(input, 'choice 0', compute);
    expect(compute).toHaveBeenCalledTimes(10);
  });

  it('merges the moved work once per input and moved work', () => {
    const session = new ReportSession();
    const input = {} as ReportInput;
    const moved = {};
    const merge = vi.fn(() => ({}) as ReportInput);
    expect(session.withMoved(input, undefined, merge)).toBe(input);
    const merged = session.withMoved(input, moved, merge);
    expect(session.withMoved(input, moved, merge)).toBe(merged);
    expect(session.withMoved(input, {}, merge)).not.toBe(merged);
    expect(merge).toHaveBeenCalledTimes(2);
  });

  it('is one per workspace', () => {
    const workspace = {};
    expect(reportSessionOf(workspace)).toBe(reportSessionOf(workspace));
    expect(reportSessionOf({})).not.toBe(reportSessionOf(workspace));
  });
});
