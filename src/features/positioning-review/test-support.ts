// Component-test helpers of the positioning review: a completed sitting (aide-ménager) seeded in
// the memory workspace, with answers chosen to raise recommendations. Never imported by the app.
import { findQuestionnaire } from '../../content/questionnaires';
import type { Questionnaire } from '../../content/schema';

// The review's fixtures are version 1 sittings: old sittings stay readable and reviewable.
const fixtureQuestionnaire = () => findQuestionnaire('positionnement', 1) as Questionnaire;
import type { Answer } from '../../content/load';
import type { CandidateData, PositioningData } from '../../domain/entities';
import type { Workspace } from '../../sync/workspace';
import { completion, initialAnswers, visibleScreens } from '../positioning/sitting';

type Seedable<T> = { seed(id: string, siteId: string, data: T): unknown };

/** Right answers to maths, "je ne sais pas" to French, "a lot of stress", the trade tasks mixed. */
export function sittingAnswers(metier = 'aide-menager', overrides: Record<string, Answer> = {}): Record<string, Answer> {
  const q = fixtureQuestionnaire();
  const answers: Record<string, Answer> = {};
  for (const { domainId, item } of visibleScreens(q, metier, {})) {
    if (item.kind === 'self-assessment') answers[item.id] = item.id.endsWith('bathroom') ? 'not-yet' : 'good';
    else if (item.kind === 'practice') answers[item.id] = domainId === 'maths' ? (item.choices.find((choice) => choice.correct)?.id ?? 'dont-know') : 'dont-know';
    else if (item.kind === 'yes-no') answers[item.id] = 'no';
    else if ('choices' in item) answers[item.id] = item.id === 'test-stress' ? 'very' : (item.choices[0]?.id ?? 'dont-know');
  }
  return { ...answers, ...overrides };
}

export function completedSitting(
  answers: Record<string, Answer>,
  completedAt: string,
  extra: Partial<PositioningData> = {},
  metier = 'aide-menager',
): PositioningData {
  const q = fixtureQuestionnaire();
  const stored: Record<string, unknown> = { ...initialAnswers({ metier }) };
  for (const [item, value] of Object.entries(answers)) stored[item] = { value, at: completedAt };
  return {
    candidateId: 'c-1',
    accompanimentId: 'acc-1',
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    answeredBy: 'candidate',
    startedAt: completedAt,
    answers: stored,
    ...completion(q, answers, completedAt),
    ...extra,
  };
}

/** Candidate c-1 (Amina El Idrissi) and her completed sitting p-1. */
export function seedReview(workspace: Workspace, data: PositioningData = completedSitting(sittingAnswers(), '2026-11-20T10:00:00.000Z')) {
  (workspace.repo('candidates') as unknown as Seedable<CandidateData>).seed('c-1', 'site-ml-bxl', { firstName: 'Amina', lastName: 'El Idrissi' });
  (workspace.repo('positionings') as unknown as Seedable<PositioningData>).seed('p-1', 'site-ml-bxl', data);
}

export function seedPositioning(workspace: Workspace, id: string, data: PositioningData) {
  (workspace.repo('positionings') as unknown as Seedable<PositioningData>).seed(id, 'site-ml-bxl', data);
}
