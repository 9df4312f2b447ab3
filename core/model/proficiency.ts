import type { Framework, Role } from './types.ts';

/** Step id → rank on the framework's scale (the first definition of an id wins). */
export function stepRanks(framework: Framework): Map<string, number> {
  const ranks = new Map<string, number>();
  framework.proficiency.forEach((step, i) => {
    if (!ranks.has(step.id)) ranks.set(step.id, i);
  });
  return ranks;
}

/** The highest rank on the scale, so a rank divided by it lies between 0 and 1. */
export function topStepRank(framework: Framework): number {
  return Math.max(1, framework.proficiency.length - 1);
}

/** Whether a role says how much of any dimension it needs. */
export function hasProficiency(role: Role): boolean {
  return Object.keys(role.proficiency).length > 0;
}

/** A role's needs as dimension id → rank, for the dimensions and steps the framework defines. */
export function roleStepRanks(framework: Framework, role: Role, ranks = stepRanks(framework)): Map<string, number> {
  const result = new Map<string, number>();
  for (const [dimensionId, stepId] of Object.entries(role.proficiency)) {
    const rank = ranks.get(stepId);
    if (rank !== undefined && framework.index.dimensions.has(dimensionId)) result.set(dimensionId, rank);
  }
  return result;
}

/**
 * Where a role sits between hard and soft skills: the mean step over its dimensions of each
 * kind, scaled to 0..1. A kind the role gives no step for is undefined.
 */
export function skillMeans(framework: Framework, role: Role, ranks = stepRanks(framework)): { hard?: number; soft?: number } {
  const top = topStepRank(framework);
  const sums = { hard: 0, soft: 0 };
  const counts = { hard: 0, soft: 0 };
  for (const [dimensionId, rank] of roleStepRanks(framework, role, ranks)) {
    const kind = framework.index.dimensions.get(dimensionId)?.kind ?? 'hard';
    sums[kind] += rank / top;
    counts[kind] += 1;
  }
  return {
    ...(counts.hard > 0 ? { hard: sums.hard / counts.hard } : {}),
    ...(counts.soft > 0 ? { soft: sums.soft / counts.soft } : {}),
  };
}
