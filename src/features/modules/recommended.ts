// Who the positioning recommends for a module: the people whose latest completed sitting lists it
// among the modules to work on — the adviser's decisions on the recommendations when there are
// some (accepted, replaced, added, removed), else the questionnaire's recommendations (pure).
import { decidedModuleCodes, readModuleDecisions, readRecommendations } from '../../domain/positioning/module-decisions';

export interface SittingFacts {
  candidateId?: string;
  completedAt?: string | null;
  recommendations?: Record<string, unknown>[] | null;
  moduleDecisions?: unknown;
}

export function recommendedFor(sittings: readonly SittingFacts[], module: string | undefined): string[] {
  if (!module) return [];
  const latest = new Map<string, SittingFacts>();
  for (const sitting of sittings) {
    if (!sitting.candidateId || !sitting.completedAt) continue;
    const known = latest.get(sitting.candidateId);
    if (!known || (known.completedAt ?? '') < sitting.completedAt) latest.set(sitting.candidateId, sitting);
  }
  return [...latest.entries()]
    .filter(([, sitting]) => decidedModuleCodes(readRecommendations(sitting.recommendations), readModuleDecisions(sitting.moduleDecisions)).includes(module))
    .map(([candidateId]) => candidateId);
}
