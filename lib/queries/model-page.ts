import 'server-only';
import { CATEGORY_DISPLAY_ORDER } from '../categories';
import type { SpecField } from '../data/schema';
import { getCompareDefaults } from './compare';
import type { ModelDetail, SpecValue } from './models';
import { getBenchmarks, getScoreViews, type BenchmarkInfo, type ScoreView } from './scores';

export interface SpecLine {
  field: SpecField;
  qualifier: string | null;
  shown: SpecValue | null;
  others: SpecValue[];
}

/** One line per spec field and qualifier, in `order`, the headline value first. */
export function specLines(model: ModelDetail, order: readonly SpecField[]): SpecLine[] {
  return order.flatMap((field) => {
    const rows = model.allSpecs.filter((s) => s.field === field);
    const qualifiers = [...new Set(rows.map((r) => r.qualifier))];
    return qualifiers.map((qualifier) => {
      const group = rows.filter((r) => r.qualifier === qualifier);
      return { field, qualifier, shown: group.find((r) => r.isHeadline) ?? null, others: group.filter((r) => !r.isHeadline) };
    });
  });
}

export interface ScoreGroup {
  benchmark: BenchmarkInfo;
  scores: ScoreView[];
}

/** A model's scores grouped by benchmark, benchmarks in the site's category order and then by name. */
export function getModelScoreGroups(version: string, modelId: string): { groups: ScoreGroup[]; count: number } {
  const benchmarks = new Map(getBenchmarks(version).map((b) => [b.id, b]));
  const scores = getScoreViews(version, [modelId]);
  const byBenchmark = new Map<string, ScoreView[]>();
  for (const s of scores) {
    const list = byBenchmark.get(s.benchmarkId);
    if (list) list.push(s);
    else byBenchmark.set(s.benchmarkId, [s]);
  }
  const rank = (b: BenchmarkInfo | undefined) => CATEGORY_DISPLAY_ORDER.indexOf((b?.category ?? '') as never);
  const groups = [...byBenchmark.entries()].flatMap(([id, list]): ScoreGroup[] => {
    const benchmark = benchmarks.get(id);
    return benchmark ? [{ benchmark, scores: list }] : [];
  });
  groups.sort((x, y) => rank(x.benchmark) - rank(y.benchmark) || x.benchmark.name.localeCompare(y.benchmark.name));
  return { groups, count: scores.length };
}

/**
 * Whom a model is compared with by default: its launch chart's models when it has one, else the
 * launch peers of the charts it appears in, else the explorer's default selection.
 */
export function getRivals(
  version: string,
  modelId: string,
  max = 5,
): { rivals: string[]; launchPeers: { models: string[]; benchmarks: string[] } | null } {
  const { launchPicks, defaultModels } = getCompareDefaults(version);
  const own = launchPicks.find((p) => p.modelId === modelId);
  if (own) {
    return {
      rivals: own.models.filter((m) => m !== modelId).slice(0, max),
      launchPeers: { models: own.models, benchmarks: own.benchmarks },
    };
  }
  const inCharts = launchPicks.filter((p) => p.models.includes(modelId)).flatMap((p) => [p.modelId, ...p.models]);
  const rivals = [...new Set([...inCharts, ...defaultModels])].filter((m) => m !== modelId).slice(0, max);
  return { rivals, launchPeers: null };
}
