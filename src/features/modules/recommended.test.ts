// Who the positioning recommends for a module (with the adviser's decisions), table-driven.
import { describe, expect, it } from 'vitest';
import { recommendedFor, type SittingFacts } from './recommended';

const sitting = (candidateId: string, completedAt: string | null, modules: string[]): SittingFacts => ({
  candidateId,
  completedAt,
  recommendations: modules.map((module) => ({ module, reasons: [] })),
});

describe('recommendedFor', () => {
  it.each<[string, SittingFacts[], string | undefined, string[]]>([
    ['nobody', [], 'fle', []],
    ['one recommended', [sitting('c-1', '2026-01-01T10:00:00Z', ['fle', 'steam'])], 'fle', ['c-1']],
    ['other module', [sitting('c-1', '2026-01-01T10:00:00Z', ['steam'])], 'fle', []],
    ['unfinished sitting ignored', [sitting('c-1', null, ['fle'])], 'fle', []],
    ['latest sitting wins (no longer recommended)', [sitting('c-1', '2026-01-01T10:00:00Z', ['fle']), sitting('c-1', '2026-03-01T10:00:00Z', ['steam'])], 'fle', []],
    ['latest sitting wins (newly recommended)', [sitting('c-1', '2026-03-01T10:00:00Z', ['fle']), sitting('c-1', '2026-01-01T10:00:00Z', [])], 'fle', ['c-1']],
    ['no module', [sitting('c-1', '2026-01-01T10:00:00Z', ['fle'])], undefined, []],
    ['adviser removed it', [{ ...sitting('c-1', '2026-01-01T10:00:00Z', ['fle']), moduleDecisions: [{ module: 'fle', choice: 'removed', reason: 'B1 attesté.' }] }], 'fle', []],
    ['adviser accepted it', [{ ...sitting('c-1', '2026-01-01T10:00:00Z', ['fle']), moduleDecisions: [{ module: 'fle', choice: 'accepted' }] }], 'fle', ['c-1']],
    ['adviser added it', [{ ...sitting('c-1', '2026-01-01T10:00:00Z', ['steam']), moduleDecisions: [{ module: 'fle', choice: 'added', reason: 'Demande.' }] }], 'fle', ['c-1']],
    [
      'adviser replaced another by it',
      [{ ...sitting('c-1', '2026-01-01T10:00:00Z', ['steam']), moduleDecisions: [{ module: 'steam', choice: 'replaced', replacement: 'fle', reason: 'Plus utile.' }] }],
      'fle',
      ['c-1'],
    ],
    [
      'the replaced module is no longer proposed',
      [{ ...sitting('c-1', '2026-01-01T10:00:00Z', ['steam']), moduleDecisions: [{ module: 'steam', choice: 'replaced', replacement: 'fle', reason: 'Plus utile.' }] }],
      'steam',
      [],
    ],
  ])('%s', (_name, sittings, module, expected) => {
    expect(recommendedFor(sittings, module)).toEqual(expected);
  });
});
