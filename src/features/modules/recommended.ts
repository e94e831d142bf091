// Who the positioning recommends for a module: the people whose latest completed sitting lists it
// among its recommended modules (pure).

export interface SittingFacts {
  candidateId?: string;
  completedAt?: string | null;
  recommendations?: Record<string, unknown>[] | null;
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
    .filter(([, sitting]) => (sitting.recommendations ?? []).some((entry) => entry.module === module))
    .map(([candidateId]) => candidateId);
}
