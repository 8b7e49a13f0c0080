import type { ModelOption } from '@/lib/queries/compare';

/**
 * The explorer's group quick picks: every model of a kind that has scores. Their lists grow with
 * the catalogue, so a page links to them by name (lib/view-state.ts › quickPickUrl) and
 * /compare/pick expands the name into the full list.
 */
export const MODEL_GROUPS = ['glm', 'open', 'all'] as const;
export type ModelGroup = (typeof MODEL_GROUPS)[number];

export function isModelGroup(value: string): value is ModelGroup {
  return (MODEL_GROUPS as readonly string[]).includes(value);
}

/** The ids of a group's models with scores, in the catalogue's order. */
export function groupModelIds(options: readonly ModelOption[], group: ModelGroup): string[] {
  const withScores = options.filter((m) => m.scoreCount > 0);
  const members =
    group === 'glm'
      ? withScores.filter((m) => m.organization.id === 'zai')
      : group === 'open'
        ? withScores.filter((m) => m.openWeights)
        : withScores;
  return members.map((m) => m.id);
}
