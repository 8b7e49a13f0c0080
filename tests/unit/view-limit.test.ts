import { describe, expect, it } from 'vitest';
import { limitView, MAX_VIEW_CELLS, MAX_VIEW_MODELS } from '@/lib/compare/view-limit';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

describe('bounded compare views', () => {
  it('leaves a view within the limits untouched', () => {
    const view = limitView(ids('m', 5), ids('b', 12));
    expect(view.cut).toBeNull();
    expect(view.modelIds).toHaveLength(5);
    expect(view.benchmarkIds).toHaveLength(12);
  });

  it('cuts a 60 x 60 view to the limits and names every id it left out, in URL order', () => {
    const models = ids('m', 60);
    const benchmarks = ids('b', 60);
    const view = limitView(models, benchmarks);
    expect(view.modelIds).toEqual(models.slice(0, MAX_VIEW_MODELS));
    expect(view.modelIds.length * view.benchmarkIds.length).toBeLessThanOrEqual(MAX_VIEW_CELLS);
    expect(view.benchmarkIds).toEqual(benchmarks.slice(0, view.benchmarkIds.length));
    expect(view.cut).toEqual({
      requestedModels: 60,
      requestedBenchmarks: 60,
      droppedModels: models.slice(MAX_VIEW_MODELS),
      droppedBenchmarks: benchmarks.slice(view.benchmarkIds.length),
    });
  });

  it('keeps at least one benchmark and fills the cell budget exactly when it can', () => {
    expect(limitView(ids('m', 3), ids('b', 400), { models: 10, cells: 30 }).benchmarkIds).toHaveLength(10);
    expect(limitView(ids('m', 50), ids('b', 2), { models: 50, cells: 10 }).benchmarkIds).toHaveLength(1);
  });
});
