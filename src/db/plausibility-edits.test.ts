// Plausibility rules apply to the fields a change sets (src/domain/plausibility.ts,
// docs/plausibility.md): the tablet's writes, like the server's push, take the change's fields with
// every rule (fieldSchemas) and the stored record's whole data without the one-field rules.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordSchemas } from '../domain/entities';
import { validatedChange } from './records';

describe('a stored record that breaks a newer plausibility rule', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());
  const stored = { lastName: 'Ancien', phone: '12', birthDate: '1850' };

  it('does not block an edit of other fields: the rules apply to the fields being changed', () => {
    expect(recordSchemas.candidates.safeParse(stored).success).toBe(true);
    expect(validatedChange('candidates', stored, 'put', { notes: 'Rappeler lundi' }).nextData).toMatchObject({ notes: 'Rappeler lundi', phone: '12' });
    const action = { date: '2031-03-01', kind: 'individuelle' };
    expect(validatedChange('spocActions', action, 'put', { kind: 'collective' }).nextData).toMatchObject({ kind: 'collective' });
  });

  it('refuses a change of that field, said at the field', () => {
    expect(() => validatedChange('candidates', stored, 'put', { phone: '34' })).toThrow(expect.objectContaining({ issues: [{ path: ['phone'], message: 'phoneTooShort' }] }));
  });

  it('keeps the rules of the whole record: a name, an exit after the start', () => {
    expect(() => validatedChange('candidates', stored, 'put', { lastName: null })).toThrow(expect.objectContaining({ issues: [{ path: ['lastName'], message: 'nameRequired' }] }));
    const path = { candidateId: 'c', metier: 'coiffeur', startDate: '2025-03-01', status: 'open' };
    expect(() => validatedChange('accompaniments', path, 'put', { status: 'closed', exitDate: '2025-02-01' })).toThrow(expect.objectContaining({ issues: [{ path: ['exitDate'], message: 'exitBeforeStart' }] }));
  });
});
