// What the synthesis says, table-driven: statements from the questions, the dated next steps.
import { describe, expect, it } from 'vitest';
import { nextSteps, statementOf, statementWords, type NextStep } from './synthesis-model';

describe('statementOf', () => {
  it.each<[string, string | undefined]>([
    ['Vous savez classer des documents ?', 'Vous savez classer des documents.'],
    ["Vous savez laver les cheveux d'un client ?", "Vous savez laver les cheveux d'un client."],
    ['Écoutez. Touchez la bonne image.', undefined],
    ['Vous avez déjà fait ce travail ?', undefined],
  ])('%s → %s', (question, statement) => {
    expect(statementOf(question)).toBe(statement);
  });
});

describe('statementWords', () => {
  // The synthesis says what the person can do: a statement in every language, never a question
  // ending in a full stop ("Can you file documents." / "هل يمكنك …." read as questions).
  it.each<[string, string, string]>([
    ['en', 'Can you file documents?', 'You can file documents.'],
    ['en', 'Can you type a letter on a computer ?', 'You can type a letter on a computer.'],
    ['en', 'Tell us more.', 'Tell us more.'],
    ['ar', 'هل يمكنك ترتيب الوثائق وتصنيفها؟', 'يمكنك ترتيب الوثائق وتصنيفها.'],
    ['ar', 'هل يمكنك تركيب مقبس كهربائي؟', 'يمكنك تركيب مقبس كهربائي.'],
  ])('%s: %s → %s', (lang, question, statement) => {
    const words = statementWords({ fr: 'Vous savez classer des documents ?', [lang]: question }, 'Vous savez classer des documents.');
    expect(words).toEqual({ fr: 'Vous savez classer des documents.', [lang]: statement });
  });
});

describe('nextSteps', () => {
  const sessions = [
    { id: 's-past', data: { module: 'fle', date: '2026-01-05' } },
    { id: 's-late', data: { module: 'steam', date: '2026-12-10', startTime: '13:00', endTime: '16:00' } },
    { id: 's-soon', data: { module: 'fle', date: '2026-12-01', startTime: '09:00', endTime: '12:00' } },
  ];
  it.each<[string, { sessionId: string; candidateId: string; status: 'inscrit' | 'present' }[], { candidateId: string; uc: string; testDate?: string; result?: 'reussi' }[], NextStep[]]>([
    ['nothing planned', [], [], []],
    [
      'upcoming enrolled sessions soonest first; past or attended ones left out',
      [
        { sessionId: 's-late', candidateId: 'c-1', status: 'inscrit' },
        { sessionId: 's-soon', candidateId: 'c-1', status: 'inscrit' },
        { sessionId: 's-past', candidateId: 'c-1', status: 'inscrit' },
        { sessionId: 's-soon', candidateId: 'c-2', status: 'inscrit' },
      ],
      [],
      [
        { kind: 'session', date: '2026-12-01', startTime: '09:00', endTime: '12:00', module: 'fle' },
        { kind: 'session', date: '2026-12-10', startTime: '13:00', endTime: '16:00', module: 'steam' },
      ],
    ],
    [
      'a test date to come, not one already passed or with its result',
      [],
      [
        { candidateId: 'c-1', uc: 'UC1', testDate: '2026-12-05' },
        { candidateId: 'c-1', uc: 'UC2', testDate: '2026-01-05' },
        { candidateId: 'c-1', uc: 'UC3', testDate: '2026-12-20', result: 'reussi' },
      ],
      [{ kind: 'test', date: '2026-12-05', uc: 'UC1' }],
    ],
  ])('%s', (_name, attendance, validationSteps, expected) => {
    const steps = nextSteps('c-1', '2026-11-23', {
      moduleSessions: sessions,
      attendance: attendance.map((data, index) => ({ id: `a-${index}`, data })),
      validationSteps: validationSteps.map((data, index) => ({ id: `v-${index}`, data })),
    });
    expect(steps).toEqual(expected);
  });
});
