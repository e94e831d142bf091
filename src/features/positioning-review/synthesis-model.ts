// What the candidate's one-page synthesis says, from the sitting, the adviser's rating and
// decisions, and the dated next steps. Pure; the page puts it in simplified French.
import { itemPoints } from '../../content/load';
import type { AttendanceData, ModuleSessionData, ValidationStepData } from '../../domain/entities';
import { ADVISER_LEVEL_POINTS } from '../../domain/positioning/adviser-ratings';
import { levelOfPoints } from '../../domain/positioning/comparison';
import { plannedModules, readModuleDecisions, readRecommendations, type PlannedModule } from '../../domain/positioning/module-decisions';
import { adviserScores, candidateScores, type Sitting } from './review-model';

/** A domain score from this much on counts as "you can do it". */
export const STRONG_DOMAIN_SCORE = 70;
const MAX_TASKS = 6;

export interface CanDo {
  domains: { domainId: string; pictogram: string; title: string }[];
  tasks: { itemId: string; pictogram: string; text: string }[];
}

/** "Vous savez classer des documents ?" → "Vous savez classer des documents." (self-assessment items only). */
export function statementOf(question: string): string | undefined {
  const match = /^(Vous savez .+?)\s*\?$/.exec(question.trim());
  return match ? `${match[1]}.` : undefined;
}

/** The adviser's view where they rated, else the candidate's. */
export function canDo(sitting: Sitting): CanDo {
  const candidate = candidateScores(sitting);
  const adviser = adviserScores(sitting);
  const domains = sitting.domains
    .filter(({ domain }) => domain.scoring.method === 'mean')
    .filter(({ domain }) => (adviser[domain.id] ?? candidate[domain.id] ?? 0) >= STRONG_DOMAIN_SCORE)
    .map(({ domain }) => ({ domainId: domain.id, pictogram: domain.pictogram, title: domain.title.fr }));
  const tasks = sitting.rateable
    .filter(({ item }) => item.kind === 'self-assessment')
    .filter(({ item }) => {
      const rated = sitting.ratings.items[item.id];
      const ratedPoints = rated ? ADVISER_LEVEL_POINTS[rated] : undefined;
      const points = ratedPoints ?? itemPoints(sitting.questionnaire, item, sitting.answers[item.id]);
      return levelOfPoints(points) === 'acquired';
    })
    .flatMap(({ item }) => {
      const text = statementOf(item.text.fr);
      return text ? [{ itemId: item.id, pictogram: item.pictogram, text }] : [];
    })
    .slice(0, MAX_TASKS);
  return { domains, tasks };
}

export function modulesToWorkOn(data: { recommendations?: unknown; moduleDecisions?: unknown }): PlannedModule[] {
  return plannedModules(readRecommendations(data.recommendations), readModuleDecisions(data.moduleDecisions) ?? []);
}

export type NextStep =
  | { kind: 'session'; date: string; startTime?: string; endTime?: string; module?: string }
  | { kind: 'test'; date: string; uc?: string; centreName?: string };

interface Rec<T> {
  id: string;
  data: T;
}

/** Dated steps from today on: enrolled module sessions and test dates, soonest first. */
export function nextSteps(
  candidateId: string,
  today: string,
  sources: { moduleSessions: readonly Rec<ModuleSessionData>[]; attendance: readonly Rec<AttendanceData>[]; validationSteps: readonly Rec<ValidationStepData>[] },
): NextStep[] {
  const sessions = new Map(sources.moduleSessions.map((session) => [session.id, session.data]));
  const steps: NextStep[] = [];
  for (const { data } of sources.attendance) {
    if (data.candidateId !== candidateId || data.status !== 'inscrit' || !data.sessionId) continue;
    const session = sessions.get(data.sessionId);
    if (!session?.date || session.date < today) continue;
    steps.push({
      kind: 'session',
      date: session.date,
      ...(session.startTime ? { startTime: session.startTime } : {}),
      ...(session.endTime ? { endTime: session.endTime } : {}),
      ...(session.module ? { module: session.module } : {}),
    });
  }
  for (const { data } of sources.validationSteps) {
    if (data.candidateId !== candidateId || !data.testDate || data.testDate < today || data.result) continue;
    steps.push({ kind: 'test', date: data.testDate, ...(data.uc ? { uc: data.uc } : {}), ...(data.centreName ? { centreName: data.centreName } : {}) });
  }
  const key = (step: NextStep) => `${step.date} ${step.kind === 'session' ? (step.startTime ?? '') : ''}`;
  return steps.sort((a, b) => key(a).localeCompare(key(b)));
}
