/**
 * The most a /compare view (page, embed, preview) draws at once. Every cell is a value with its
 * source link, every benchmark a chart; a URL naming 60 models and 60 benchmarks would otherwise ask
 * for 3,600 of each on every request. Larger views are cut to these limits with a notice that names
 * what was left out; the CSV/JSON export and /api/v1/compare are not cut and give everything.
 */
export const MAX_VIEW_MODELS = 24;
export const MAX_VIEW_CELLS = 480;

export interface ViewCut {
  requestedModels: number;
  requestedBenchmarks: number;
  /** Ids left out, in the order the URL gave them. */
  droppedModels: string[];
  droppedBenchmarks: string[];
}

/**
 * The models and benchmarks a view draws: the first models up to MAX_VIEW_MODELS, then as many of
 * the first benchmarks as keep models × benchmarks within MAX_VIEW_CELLS (at least one).
 */
export function limitView(
  modelIds: readonly string[],
  benchmarkIds: readonly string[],
  limits: { models: number; cells: number } = { models: MAX_VIEW_MODELS, cells: MAX_VIEW_CELLS },
): { modelIds: string[]; benchmarkIds: string[]; cut: ViewCut | null } {
  const models = modelIds.slice(0, limits.models);
  const maxBenchmarks = Math.max(1, Math.floor(limits.cells / Math.max(1, models.length)));
  const benchmarks = benchmarkIds.slice(0, maxBenchmarks);
  if (models.length === modelIds.length && benchmarks.length === benchmarkIds.length) {
    return { modelIds: [...modelIds], benchmarkIds: [...benchmarkIds], cut: null };
  }
  return {
    modelIds: models,
    benchmarkIds: benchmarks,
    cut: {
      requestedModels: modelIds.length,
      requestedBenchmarks: benchmarkIds.length,
      droppedModels: modelIds.slice(models.length),
      droppedBenchmarks: benchmarkIds.slice(benchmarks.length),
    },
  };
}
