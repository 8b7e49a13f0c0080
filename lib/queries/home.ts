import 'server-only';
import { CATEGORY_DISPLAY_ORDER, CATEGORY_LABEL } from '../categories';
import { basisLabel, compareBenchmark, type BenchmarkComparison } from '../compare/like-for-like';
import { priceAxisLabel, type ScatterData, type ScatterDatum } from '../compare/chart-data';
import { blendedPrice, paretoFrontier } from '../compare/pareto';
import { formatMoney, formatPartialDate } from '../format';
import { groupBy } from '../group-by';
import { compareUrl, DEFAULT_COMPARE_STATE } from '../view-state';
import { getCompareData, toCandidate, type ModelOption } from './compare';
import { perVersion } from './memo';
import { getListPrices, type ListPrice } from './prices';
import { getBenchmarks, getScoreViews, type BenchmarkInfo, type ScoreView } from './scores';

/** What the home page answers at a glance, every part computed like-for-like and linked to the /compare view that shows it. */

export interface CategoryLeader {
  category: string;
  label: string;
  benchmark: { id: string; name: string };
  /** The best value among those compared; several models when they tie. */
  leaders: Array<{ id: string; name: string }>;
  display: string;
  /** How many open-weights models were compared on this basis. */
  compared: number;
  basis: string;
  href: string;
}

export interface Release {
  id: string;
  name: string;
  organization: string;
  org: string;
  date: string;
  dateLabel: string;
  openWeights: boolean;
  /** The model's launch chart on /compare, when the data has one. */
  compareHref: string | null;
}

export interface Frontier {
  data: ScatterData;
  basis: string;
  href: string;
}

export interface HomeExtras {
  frontier: Frontier | null;
  leaders: CategoryLeader[];
  releases: Release[];
}

type Usable = { value: number; display: string; approx: boolean };

function blended(p: ListPrice | undefined): Usable | null {
  if (!p || p.currency !== 'USD' || !p.input || !p.output) return null;
  const bad = (e: string) => e === 'range' || e === 'lower-bound';
  if (bad(p.input.exactness) || bad(p.output.exactness)) return null;
  const value = blendedPrice(p.input.value, p.output.value);
  // Free (a price of 0) has no place on a log-scale price axis; such models are listed as left out.
  if (!(value > 0)) return null;
  return {
    value,
    display: `${formatMoney(value, 'USD')} blended (3:1)`,
    approx: p.input.exactness === 'approx' || p.output.exactness === 'approx',
  };
}

/** The values the engine compares (one source measuring them together, or equal stated settings), plottable ones only. */
function comparedValues(result: BenchmarkComparison, views: Map<string, ScoreView>): ScoreView[] {
  return result.outcomes.flatMap((o) => {
    const view = o.status === 'compared' && o.value ? views.get(o.value.scoreId) : undefined;
    return view && (view.exactness === 'exact' || view.exactness === 'approx') ? [view] : [];
  });
}

interface Comparison {
  benchmark: BenchmarkInfo;
  basis: string;
  values: ScoreView[];
}

/** Per benchmark, the largest like-for-like group among the given models. */
function compareEach(versionId: string, models: readonly ModelOption[]): Comparison[] {
  const ids = models.map((m) => m.id);
  const nameOf = (id: string) => models.find((m) => m.id === id)?.name ?? id;
  const byBenchmark = groupBy(getScoreViews(versionId, ids), (s) => s.benchmarkId);
  return getBenchmarks(versionId).flatMap((benchmark) => {
    const own = byBenchmark.get(benchmark.id) ?? [];
    if (new Set(own.map((s) => s.modelId)).size < 2) return [];
    const views = new Map(own.map((s) => [s.id, s]));
    const result = compareBenchmark(benchmark.id, ids, own.map(toCandidate), nameOf);
    if (!result.comparable || !result.basis) return [];
    const values = comparedValues(result, views);
    return values.length >= 2 ? [{ benchmark, basis: basisLabel(result.basis), values }] : [];
  });
}

function bestOf(c: Comparison): ScoreView[] {
  const exact = c.values.filter((v) => v.exactness === 'exact');
  if (exact.length === 0) return [];
  const best = (c.benchmark.higherIsBetter ? Math.max : Math.min)(...exact.map((v) => v.value));
  return exact.filter((v) => v.value === best);
}

function leadersOf(comparisons: readonly Comparison[], nameOf: (id: string) => string): CategoryLeader[] {
  return CATEGORY_DISPLAY_ORDER.flatMap((category): CategoryLeader[] => {
    const inCategory = comparisons
      .filter((c) => c.benchmark.category === category && bestOf(c).length > 0)
      .sort((a, b) => b.values.length - a.values.length);
    const pick = inCategory[0];
    if (!pick) return [];
    const best = bestOf(pick);
    const bestIds = new Set(best.map((v) => v.modelId));
    const models = [...best.map((v) => v.modelId), ...pick.values.map((v) => v.modelId).filter((id) => !bestIds.has(id))];
    return [
      {
        category,
        label: CATEGORY_LABEL[category],
        benchmark: { id: pick.benchmark.id, name: pick.benchmark.name },
        leaders: best.map((v) => ({ id: v.modelId, name: nameOf(v.modelId) })),
        display: best[0]!.display,
        compared: pick.values.length,
        basis: pick.basis,
        href: compareUrl({ ...DEFAULT_COMPARE_STATE, models, benchmarks: [pick.benchmark.id] }),
      },
    ];
  });
}

function frontierOf(versionId: string, models: readonly ModelOption[]): Frontier | null {
  const prices = getListPrices(versionId);
  const priced = models.filter((m) => blended(prices.get(m.id)) !== null);
  const comparisons = compareEach(versionId, priced).sort(
    (a, b) => b.values.length - a.values.length || (a.benchmark.id === 'swe-bench-verified' ? -1 : 0),
  );
  const pick = comparisons[0];
  if (!pick || pick.values.length < 3) return null;
  const points: ScatterDatum[] = pick.values.map((v) => {
    const model = models.find((m) => m.id === v.modelId)!;
    const price = blended(prices.get(v.modelId))!;
    return {
      modelId: v.modelId,
      label: model.name,
      org: model.organization.id,
      orgName: model.organization.name,
      x: price.value,
      y: v.value,
      xDisplay: price.display,
      yDisplay: v.display,
      approx: price.approx || v.exactness === 'approx',
      onFrontier: false,
    };
  });
  const frontier = new Set(
    paretoFrontier(
      points.map((p) => ({ id: p.modelId, x: p.x, y: p.y })),
      pick.benchmark.higherIsBetter,
    ).map((p) => p.id),
  );
  for (const p of points) p.onFrontier = frontier.has(p.modelId);
  const compared = new Set(points.map((p) => p.modelId));
  // Priced models without a comparable value are named; the many without a USD list price are counted.
  const unpriced = models.filter((m) => !priced.includes(m)).length;
  const leftOut = [
    ...priced
      .filter((m) => !compared.has(m.id))
      .map((m) => ({ label: m.name, reason: `no ${pick.benchmark.name} value measured on this basis` })),
    ...(unpriced > 0
      ? [
          {
            label: `${unpriced} other open-weights model${unpriced === 1 ? '' : 's'}`,
            reason: 'no USD list price above zero (a log-scale price axis cannot show free)',
          },
        ]
      : []),
  ];
  return {
    data: {
      benchmarkId: pick.benchmark.id,
      benchmarkName: pick.benchmark.name,
      unit: pick.benchmark.unit,
      xLabel: priceAxisLabel('blended'),
      points,
      frontier: points.filter((p) => p.onFrontier).sort((a, b) => a.x - b.x),
      leftOut,
    },
    basis: pick.basis,
    href: compareUrl({
      ...DEFAULT_COMPARE_STATE,
      models: points.map((p) => p.modelId),
      benchmarks: [pick.benchmark.id],
      chart: 'price',
    }),
  };
}

function releasesOf(modelOptions: readonly ModelOption[], launchHref: Map<string, string>, count: number): Release[] {
  return modelOptions
    .filter((m): m is ModelOption & { releaseDate: string } => m.releaseDate !== null)
    .sort((a, b) => b.releaseDate.localeCompare(a.releaseDate))
    .slice(0, count)
    .map((m) => ({
      id: m.id,
      name: m.name,
      organization: m.organization.name,
      org: m.organization.id,
      date: m.releaseDate,
      dateLabel: formatPartialDate(m.releaseDate),
      openWeights: m.openWeights,
      compareHref: launchHref.get(m.id) ?? null,
    }));
}

/** The home page's frontier, category leaders and latest releases (computed once per version). */
export const getHomeExtras = perVersion('homeExtras', (versionId): HomeExtras => {
  const data = getCompareData({ ...DEFAULT_COMPARE_STATE, v: versionId });
  const open = data.modelOptions.filter((m) => m.openWeights && m.scoreCount > 0);
  const nameOf = (id: string) => data.modelOptions.find((m) => m.id === id)?.name ?? id;
  const launchHref = new Map(
    data.launchPicks.map((p) => [
      p.modelId,
      compareUrl({ ...DEFAULT_COMPARE_STATE, models: p.models.slice(0, 9), benchmarks: p.benchmarks }),
    ]),
  );
  return {
    frontier: frontierOf(versionId, open),
    leaders: leadersOf(compareEach(versionId, open), nameOf),
    releases: releasesOf(data.modelOptions, launchHref, 6),
  };
});
