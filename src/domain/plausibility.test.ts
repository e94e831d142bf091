// One test per plausibility rule: the rule itself at its bounds, and the record schemas every
// caller runs (intake form, import, the tablet's writes, the server's push) refusing with its key.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldSchemas, newRecordSchemas } from './entities';
import { actionDateIssue, birthDateIssue, capacityIssue, exitDateIssue, headCountIssue, phoneDigits, phoneIssue } from './plausibility';

const TODAY = '2026-12-06';
const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.message));

describe('birth date: an age of 14 to 100 today', () => {
  it.each([
    ['2026', 'birthDateTooRecent'],
    ['2026-01-01', 'birthDateTooRecent'],
    ['2013', 'birthDateTooRecent'],
    ['2012-12-07', 'birthDateTooRecent'],
    ['2012-12-06', undefined],
    ['2012', undefined],
    ['1988-03-15', undefined],
    ['1926', undefined],
    ['1925-12-07', undefined],
    ['1925-12-06', 'birthDateTooOld'],
    ['1925', undefined],
    ['1924', 'birthDateTooOld'],
    ['1850', 'birthDateTooOld'],
    ['2027', 'birthDateFuture'],
    ['2026-12-07', 'birthDateFuture'],
  ])('%s → %s', (value, issue) => {
    expect(birthDateIssue(value, TODAY)).toBe(issue);
  });
});

describe('phone: 8 to 15 digits once separators, + and 00 are left out', () => {
  it.each([
    ['0470 12 34 56', '0470123456', undefined],
    ['02/512.34.56', '025123456', undefined],
    ['+32 470 12 34 56', '32470123456', undefined],
    ['0032 470 12 34 56', '32470123456', undefined],
    ['+212 6 12 34 56 78', '212612345678', undefined],
    ['12', '12', 'phoneTooShort'],
    ['0470 12', '047012', 'phoneTooShort'],
    ['0470 12 34 56 78 90 12 34 56 78', '0470123456789012345678', 'phoneTooLong'],
  ])('%s', (value, digits, issue) => {
    expect(phoneDigits(value)).toBe(digits);
    expect(phoneIssue(value)).toBe(issue);
  });
});

describe('the date of an action: at most a year ahead, not before 2000', () => {
  it.each([
    ['2026-12-06', undefined],
    ['2027-12-07', undefined],
    ['2027-12-08', 'dateTooFarAhead'],
    ['2031-03-01', 'dateTooFarAhead'],
    ['2000-01-01', undefined],
    ['1999-12-31', 'dateTooOld'],
  ])('%s → %s', (value, issue) => {
    expect(actionDateIssue(value, TODAY)).toBe(issue);
  });
});

describe('counts', () => {
  it.each([
    [0, undefined],
    [12, undefined],
    [-1, 'headCountNegative'],
    [-2.5, 'headCountNegative'],
    [2.5, 'headCountNotWhole'],
  ])('head count %s → %s', (value, issue) => {
    expect(headCountIssue(value)).toBe(issue);
  });
  it.each([
    [1, undefined],
    [0, 'capacityZero'],
    [-3, 'capacityZero'],
    [1.5, 'capacityNotWhole'],
  ])('session places %s → %s', (value, issue) => {
    expect(capacityIssue(value)).toBe(issue);
  });
});

describe('an accompaniment ends on or after its start', () => {
  it.each([
    ['2025-03-01', '2025-02-28', 'exitBeforeStart'],
    ['2025-03-01', '2025-03-01', undefined],
    ['2025-03-01', undefined, undefined],
    [undefined, '2025-03-01', undefined],
  ])('%s → %s', (start, exit, issue) => {
    expect(exitDateIssue(start, exit)).toBe(issue);
  });
});

describe('the record schemas every caller runs apply the rules', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it.each([
    [{ lastName: 'A', birthDate: '2026' }, 'birthDateTooRecent'],
    [{ lastName: 'A', birthDate: '1850' }, 'birthDateTooOld'],
    [{ lastName: 'A', phone: '12' }, 'phoneTooShort'],
    [{ lastName: 'A', phone: '+32 4701234567890123' }, 'phoneTooLong'],
  ])('candidate %j → %s', (data, message) => {
    expect(messagesOf(newRecordSchemas.candidates.safeParse(data))).toEqual([message]);
    expect(messagesOf(fieldSchemas.candidates.safeParse(data))).toEqual([message]);
  });
  it('a plausible candidate passes', () => {
    expect(newRecordSchemas.candidates.safeParse({ lastName: 'A', birthDate: '1988-03-15', phone: '0470 12 34 56' }).success).toBe(true);
  });
  it.each([
    [{ date: '2031-03-01', kind: 'individuelle' }, 'dateTooFarAhead'],
    [{ date: '2026-12-01', kind: 'collective', headCount: -2 }, 'headCountNegative'],
    [{ date: '2026-12-01', kind: 'collective', headCount: 2.5 }, 'headCountNotWhole'],
  ])('SPOC action %j → %s', (data, message) => {
    expect(messagesOf(newRecordSchemas.spocActions.safeParse(data))).toEqual([message]);
  });
  it('a session with 0 places is refused; no number (unknown) is fine', () => {
    expect(messagesOf(newRecordSchemas.moduleSessions.safeParse({ module: 'fle', date: '2026-12-10', capacity: 0 }))).toEqual(['capacityZero']);
    expect(newRecordSchemas.moduleSessions.safeParse({ module: 'fle', date: '2026-12-10', capacity: null }).success).toBe(true);
  });
  it('an accompaniment closed before it started is refused on its exit date', () => {
    const result = newRecordSchemas.accompaniments.safeParse({ candidateId: 'c', metier: 'coiffeur', startDate: '2025-03-01', status: 'closed', exitDate: '2025-02-01', exitReason: 'titre-obtenu' });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path, issue.message])).toEqual([[['exitDate'], 'exitBeforeStart']]);
  });
});
