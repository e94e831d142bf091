// What the candidate's one-page synthesis says, from the sitting, the adviser's rating and
// decisions, and the dated next steps. Pure; the page puts it in simplified French.
import { itemPoints } from '../../content/load';
import type { Text } from '../../content/schema';
import type { AttendanceData, ModuleSessionData, ValidationStepData } from '../../domain/entities';
import { ADVISER_LEVEL_POINTS } from '../../domain/positioning/adviser-ratings';
import { AGREED_LEVEL_POINTS, type AgreedLevels, type ObservedUc, type UcStanding } from '../../domain/positioning/agreement';
import { levelOfPoints } from '../../domain/positioning/comparison';
import { plannedModules, readModuleDecisions, readRecommendations, type PlannedModule } from '../../domain/positioning/module-decisions';
import { formatDay } from '../../i18n/format';
import { agreedOutcome, effectiveLevelsOf, sittingUcs } from './agreed-model';
import { adviserScores, candidateScores, type Sitting } from './review-model';
import type { SynthesisLanguage } from './synthesis-words';

/** A domain score from this much on counts as "you can do it". */
export const STRONG_DOMAIN_SCORE = 70;
const MAX_TASKS = 6;

/** A line of the synthesis in each of its languages (French always). */
export type Words = Partial<Record<SynthesisLanguage, string>> & { fr: string };

export interface CanDo {
  domains: { domainId: string; pictogram: string; title: Words }[];
  tasks: { itemId: string; pictogram: string; text: Words }[];
}

/**
 * A question of the questionnaire as a plain statement in another language: "Can you …?" →
 * "You can ….", "هل يمكنك …؟" → "يمكنك …." (هل only asks), any other "…?" → "….".
 */
function lineOf(question: string | undefined): string | undefined {
  if (!question) return undefined;
  const line = question.trim().replace(/\s*[?؟]$/, '.');
  return line.replace(/^Can you /, 'You can ').replace(/^هل\s+/, '');
}

/** A title or a self-assessment item in every language of the text, with its French already a statement. */
export function statementWords(text: Text, fr: string): Words {
  return { fr, ...(text.en ? { en: lineOf(text.en) } : {}), ...(text.ar ? { ar: lineOf(text.ar) } : {}) } as Words;
}

/** "Vous savez classer des documents ?" → "Vous savez classer des documents." (self-assessment items only). */
export function statementOf(question: string): string | undefined {
  const match = /^(Vous savez .+?)\s*\?$/.exec(question.trim());
  return match ? `${match[1]}.` : undefined;
}

/** The agreed levels (and observations) once there are some; else the adviser's view where they rated, else the candidate's. */
export function canDo(sitting: Sitting, agreed: AgreedLevels = {}, observed: readonly ObservedUc[] = []): CanDo {
  const hasAgreed = Object.keys(agreed).length > 0 || observed.length > 0;
  const levels = hasAgreed ? effectiveLevelsOf(sitting, agreed, observed) : {};
  const candidate = candidateScores(sitting);
  const adviser = adviserScores(sitting);
  const agreedScores = hasAgreed ? Object.fromEntries(agreedOutcome(sitting, agreed, observed).scores.map((entry) => [entry.domain, entry.score])) : {};
  const domains = sitting.domains
    .filter(({ domain }) => domain.scoring.method === 'mean')
    .filter(({ domain }) => (agreedScores[domain.id] ?? adviser[domain.id] ?? candidate[domain.id] ?? 0) >= STRONG_DOMAIN_SCORE)
    .map(({ domain }) => ({ domainId: domain.id, pictogram: domain.pictogram, title: statementWords(domain.title, domain.title.fr) }));
  const tasks = sitting.rateable
    .filter(({ item }) => {
      const level = levels[item.id];
      if (level) return AGREED_LEVEL_POINTS[level] === 1;
      const rated = sitting.ratings.items[item.id];
      const ratedPoints = rated ? ADVISER_LEVEL_POINTS[rated] : undefined;
      const points = ratedPoints ?? itemPoints(sitting.questionnaire, item, sitting.answers[item.id]);
      return levelOfPoints(points) === 'acquired';
    })
    .flatMap(({ item }) => {
      const text = statementOf(item.text.fr);
      return text ? [{ itemId: item.id, pictogram: item.pictogram, text: statementWords(item.text, text) }] : [];
    })
    .slice(0, MAX_TASKS);
  return { domains, tasks };
}

/** Where the person stands per UC: the métier's UCs in the catalogue, those of the items and those observed. */
export function ucLines(sitting: Sitting, catalogueUcs: readonly { code: string; label?: string }[], agreed: AgreedLevels, observed: readonly ObservedUc[]): { code: string; label?: string; standing: UcStanding }[] {
  const known = new Map(sittingUcs(sitting, agreed, observed).map((entry) => [entry.uc, entry.standing]));
  const codes = [...new Set([...catalogueUcs.map((uc) => uc.code), ...known.keys()])];
  return codes.map((code) => {
    const label = catalogueUcs.find((uc) => uc.code === code)?.label;
    return { code, ...(label && label !== code ? { label } : {}), standing: known.get(code) ?? 'to-observe' };
  });
}

/** A calendar date in words in a synthesis language (digits as digits, in Arabic too). */
export function dayIn(date: string, language: SynthesisLanguage): string {
  if (language === 'ar') {
    return new Intl.DateTimeFormat('ar-u-nu-latn', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  }
  return formatDay(date, language, 'weekdayLong');
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
