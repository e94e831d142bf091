// The adviser's decisions on the recommended modules (the `moduleDecisions` field of a
// positioning): accept a recommended module, remove it, replace it by another, or add one the
// rules did not propose; each with its reason. The modules to work on, which feed enrolment,
// are the recommendations with those decisions applied.
import { z } from 'zod';
import { MODULE_CODES } from '../codes';

export const DECISION_CHOICES = ['accepted', 'removed', 'replaced', 'added'] as const;
export type DecisionChoice = (typeof DECISION_CHOICES)[number];

export const MAX_DECISION_REASON = 1000;

const moduleCode = z.enum(MODULE_CODES as [string, ...string[]], { message: 'unknownCode' });

export const moduleDecisionSchema = z
  .strictObject({
    module: moduleCode,
    choice: z.enum(DECISION_CHOICES, { message: 'unknownCode' }),
    /** For "replaced": the module chosen instead. */
    replacement: moduleCode.optional(),
    reason: z.string().trim().max(MAX_DECISION_REASON, { message: 'tooLong' }).optional(),
    decidedAt: z.iso.datetime({ offset: true, message: 'invalidDate' }).optional(),
    decidedBy: z.string().min(1).max(64).optional(),
  })
  .refine((decision) => (decision.choice === 'replaced') === (decision.replacement !== undefined), {
    message: 'invalidValue',
    path: ['replacement'],
  });

/** The wire field: one decision per module, at most one per module code. */
export const moduleDecisionsSchema = z.array(moduleDecisionSchema).max(MODULE_CODES.length * 2);

export type ModuleDecision = z.infer<typeof moduleDecisionSchema>;

/** A recommendation as stored on the positioning: the module and the ids of the rules behind it. */
export interface StoredRecommendation {
  module: string;
  ruleIds: string[];
}

/** The stored `recommendations` field, read leniently. */
export function readRecommendations(raw: unknown): StoredRecommendation[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    if (!entry || typeof entry !== 'object' || typeof (entry as { module?: unknown }).module !== 'string') return [];
    const reasons = (entry as { reasons?: unknown }).reasons;
    const ruleIds = Array.isArray(reasons) ? reasons.filter((id): id is string => typeof id === 'string') : [];
    return [{ module: (entry as { module: string }).module, ruleIds }];
  });
}

/** The stored `moduleDecisions` field, read leniently (undefined when there is none). */
export function readModuleDecisions(raw: unknown): ModuleDecision[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.flatMap((entry) => {
    const parsed = moduleDecisionSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export type ReviewStatus = 'pending' | DecisionChoice;

/** A recommended module with the adviser's decision on it, if any. */
export interface ReviewedRecommendation {
  module: string;
  ruleIds: string[];
  status: ReviewStatus;
  decision?: ModuleDecision;
}

/** Each recommendation with its decision (in the recommendations' order). */
export function reviewRecommendations(recommendations: readonly StoredRecommendation[], decisions: readonly ModuleDecision[] = []): ReviewedRecommendation[] {
  return recommendations.map((recommendation) => {
    const decision = decisions.find((entry) => entry.module === recommendation.module && entry.choice !== 'added');
    return decision
      ? { module: recommendation.module, ruleIds: recommendation.ruleIds, status: decision.choice, decision }
      : { module: recommendation.module, ruleIds: recommendation.ruleIds, status: 'pending' };
  });
}

/** A module the candidate will work on, and why. */
export interface PlannedModule {
  module: string;
  /** The rules that recommended it (empty for a module the adviser added). */
  ruleIds: string[];
  origin: 'recommended' | 'added' | 'replacement';
  /** The adviser's reason, when they gave one. */
  reason?: string;
  /** For a replacement: the recommended module it replaces. */
  replaces?: string;
}

/**
 * The modules to work on: recommended ones not removed or replaced (accepted, or not yet decided),
 * the replacements, and the modules added; once each, in the order of the module code list.
 */
export function plannedModules(recommendations: readonly StoredRecommendation[], decisions: readonly ModuleDecision[] = []): PlannedModule[] {
  const planned = new Map<string, PlannedModule>();
  const put = (entry: PlannedModule) => {
    const known = planned.get(entry.module);
    if (!known) planned.set(entry.module, entry);
    else if (!known.reason && entry.reason) planned.set(entry.module, { ...known, reason: entry.reason });
  };
  for (const reviewed of reviewRecommendations(recommendations, decisions)) {
    const reason = reviewed.decision?.reason ? { reason: reviewed.decision.reason } : {};
    if (reviewed.status === 'pending' || reviewed.status === 'accepted') put({ module: reviewed.module, ruleIds: reviewed.ruleIds, origin: 'recommended', ...reason });
    if (reviewed.status === 'replaced' && reviewed.decision?.replacement) {
      put({ module: reviewed.decision.replacement, ruleIds: [], origin: 'replacement', replaces: reviewed.module, ...reason });
    }
  }
  for (const decision of decisions) {
    if (decision.choice === 'added') put({ module: decision.module, ruleIds: [], origin: 'added', ...(decision.reason ? { reason: decision.reason } : {}) });
  }
  const order = (code: string) => {
    const index = MODULE_CODES.indexOf(code);
    return index === -1 ? MODULE_CODES.length : index;
  };
  return [...planned.values()].sort((a, b) => order(a.module) - order(b.module));
}

/** The module codes to work on (what enrolment proposes). */
export function decidedModuleCodes(recommendations: readonly StoredRecommendation[], decisions: readonly ModuleDecision[] | undefined): string[] {
  if (decisions === undefined) return recommendations.map((entry) => entry.module);
  return plannedModules(recommendations, decisions).map((entry) => entry.module);
}

/** The decisions with one module's decision set (or removed with `undefined`), replacing any earlier one for it. */
export function withDecision(decisions: readonly ModuleDecision[], module: string, decision: ModuleDecision | undefined): ModuleDecision[] {
  const kept = decisions.filter((entry) => entry.module !== module);
  return decision ? [...kept, decision] : kept;
}

/** Why a decision cannot be saved: a reason is needed unless the adviser accepts the rule's own reason. */
export function decisionProblem(decision: Pick<ModuleDecision, 'choice' | 'reason' | 'replacement' | 'module'>): 'reasonRequired' | 'replacementRequired' | 'sameModule' | 'tooLong' | undefined {
  const reason = (decision.reason ?? '').trim();
  if (reason.length > MAX_DECISION_REASON) return 'tooLong';
  if (decision.choice === 'replaced' && !decision.replacement) return 'replacementRequired';
  if (decision.choice === 'replaced' && decision.replacement === decision.module) return 'sameModule';
  if (decision.choice !== 'accepted' && reason === '') return 'reasonRequired';
  return undefined;
}
