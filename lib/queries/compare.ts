import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '../db/client';
import { scores as scoresTable } from '../db/schema';
import { variantLabel } from '../data/rules';
import { CATEGORIES, resolveCompareState, type Category, type CompareState, type ViewIssue } from '../view-state';
import type { PickerCatalog, PickerOptionGroup } from '../compare/picker-options';
import { CATEGORY_LABEL } from './catalog';
import { getModelList } from './models';
import { perVersion } from './memo';
import { getChartPrices, type ChartPrice } from './chart-prices';
import { getBenchmarks, getScoreViews, type BenchmarkInfo, type ScoreView } from './scores';
import { getNoteIndex, type NoteView, type OrganizationRef, type SourceRef } from './shared';
import { resolveVersion, getVersions, type VersionInfo } from './versions';

/** Shown when a URL names no models: the GLM family and its closest rivals, where the version has them. */
export const DEFAULT_MODELS = [
  'glm-4.6',
  'glm-4.5',
  'glm-4.5-air',
  'deepseek-v3.1',
  'qwen3-235b-a22b-thinking-2507',
  'kimi-k2-0905',
  'kimi-k2',
  'claude-sonnet-4.5',
  'claude-sonnet-4',
  // Older versions name the models the article covers.
  'deepseek-v3',
  'qwen3-235b-a22b',
  'claude-opus-4',
];

/** Shown when a URL names no benchmarks or categories. */
export const DEFAULT_BENCHMARKS = [
  'swe-bench-verified',
  'terminal-bench',
  'livecodebench',
  'aime-2025',
  'aime-2024',
  'gpqa-diamond',
  'hle',
  'browsecomp',
  'tau-bench',
  'bfcl-v3',
  'cc-bench',
];

const MAX_DEFAULT_MODELS = 9;

export interface ModelOption {
  id: string;
  name: string;
  organization: OrganizationRef;
  family: string;
  openWeights: boolean;
  scoreCount: number;
  activeParams: number | null;
  activeParamsExact: boolean;
  totalParams: number | null;
}

export interface BenchmarkOption extends BenchmarkInfo {
  scoreCount: number;
}

export interface CompareCell {
  /** The value shown; null when not reported (or only disputed values exist). */
  shown: ScoreView | null;
  /** Every other row for this model and benchmark (other sources, settings, disputed values). */
  others: ScoreView[];
  notes: NoteView[];
  hasConflict: boolean;
}

export interface CompareColumn {
  /** "benchmark" or "benchmark:variant"; also the sort key in the URL. */
  id: string;
  benchmark: BenchmarkInfo;
  variant: string | null;
  variantLabel: string | null;
  /** Models with the best exact, undisputed value among those shown. */
  best: string[];
  /** The shown values were measured under different stated settings (windows, harnesses, metrics). */
  mixedSettings: boolean;
}

export interface CompareRow {
  model: ModelOption;
  cells: Record<string, CompareCell>;
}

export interface CompareData {
  version: VersionInfo;
  latest: VersionInfo;
  isLatest: boolean;
  versions: VersionInfo[];
  /** The state after unknown ids were dropped and defaults applied (v pinned to the version shown). */
  state: CompareState;
  /** The state as the URL should keep it (defaults not expanded). */
  urlState: CompareState;
  issues: ViewIssue[];
  modelOptions: ModelOption[];
  benchmarkOptions: BenchmarkOption[];
  columns: CompareColumn[];
  rows: CompareRow[];
  prices: Record<string, ChartPrice>;
  sources: Record<string, SourceRef>;
  /** True when the models came from the default selection. */
  defaultModels: boolean;
  defaultBenchmarks: boolean;
}

function scoreCounts(version: string, column: typeof scoresTable.modelId | typeof scoresTable.benchmarkId) {
  const rows = getDb()
    .select({ id: column, n: sql<number>`count(*)` })
    .from(scoresTable)
    .where(eq(scoresTable.version, version))
    .groupBy(column)
    .all();
  return new Map(rows.map((r) => [r.id, r.n]));
}

function variantColumnsOf(version: string): Set<string> {
  const rows = getDb()
    .selectDistinct({ benchmark: scoresTable.benchmarkId, variant: scoresTable.variant })
    .from(scoresTable)
    .where(eq(scoresTable.version, version))
    .all();
  return new Set(rows.map((r) => `${r.benchmark}:${r.variant}`));
}

/** What every compare view of a version offers (the pickers' options, the ids a URL may name): the same for every request. */
interface CompareCatalog {
  modelOptions: ModelOption[];
  benchmarkOptions: BenchmarkOption[];
  modelById: Map<string, ModelOption>;
  benchmarkById: Map<string, BenchmarkOption>;
  modelIds: Set<string>;
  benchmarkIds: Set<string>;
  variantColumns: Set<string>;
}

const getCompareCatalog = perVersion('compareCatalog', (versionId): CompareCatalog => {
  const modelList = getModelList(versionId);
  const benchmarks = getBenchmarks(versionId);
  const modelCounts = scoreCounts(versionId, scoresTable.modelId);
  const benchmarkCounts = scoreCounts(versionId, scoresTable.benchmarkId);
  const modelOptions: ModelOption[] = modelList.map((m) => {
    const active = m.specs['active-params'];
    const total = m.specs['total-params'];
    return {
      id: m.id,
      name: m.name,
      organization: m.organization,
      family: m.family,
      openWeights: m.openWeights,
      scoreCount: modelCounts.get(m.id) ?? 0,
      activeParams: typeof active?.value === 'number' ? active.value : null,
      activeParamsExact: active?.exactness === 'exact',
      totalParams: typeof total?.value === 'number' ? total.value : null,
    };
  });
  const benchmarkOptions: BenchmarkOption[] = benchmarks.map((b) => ({ ...b, scoreCount: benchmarkCounts.get(b.id) ?? 0 }));
  return {
    modelOptions,
    benchmarkOptions,
    modelById: new Map(modelOptions.map((m) => [m.id, m])),
    benchmarkById: new Map(benchmarkOptions.map((b) => [b.id, b])),
    modelIds: new Set(modelList.map((m) => m.id)),
    benchmarkIds: new Set(benchmarks.map((b) => b.id)),
    variantColumns: variantColumnsOf(versionId),
  };
});

/** A category's name as the site writes it. */
export function categoryLabel(category: Category): string {
  return CATEGORY_LABEL[category];
}

/** The pickers' options for a version (lib/compare/picker-options.ts), computed once per version. */
export const getPickerCatalog = perVersion('pickerCatalog', (versionId): PickerCatalog => {
  const { modelOptions, benchmarkOptions } = getCompareCatalog(versionId);
  const byOrg = new Map<string, PickerOptionGroup>();
  for (const m of modelOptions) {
    let group = byOrg.get(m.organization.id);
    if (!group) {
      group = { label: m.organization.name, options: [] };
      byOrg.set(m.organization.id, group);
    }
    group.options.push({
      id: m.id,
      label: m.name,
      keywords: `${m.organization.name} ${m.family}${m.openWeights ? ' open weights' : ''}`,
      hint: m.scoreCount === 0 ? 'no scores' : `${m.scoreCount}`,
      org: m.organization.id,
    });
  }
  const scored = benchmarkOptions.filter((b) => b.scoreCount > 0);
  return {
    version: versionId,
    models: [...byOrg.values()],
    benchmarks: CATEGORIES.map((cat) => ({
      label: CATEGORY_LABEL[cat],
      options: scored
        .filter((b) => b.category === cat)
        .map((b) => ({ id: b.id, label: b.name, keywords: `${b.id} ${cat}`, hint: `${b.scoreCount}` })),
    })).filter((g) => g.options.length > 0),
    scoredBenchmarks: [
      { label: 'Benchmarks with scores', options: scored.map((b) => ({ id: b.id, label: b.name, keywords: b.category })) },
    ],
  };
});

const VARIANT_ORDER = (v: string) => (v === 'standard' ? 0 : v.includes('tools') ? 2 : 1) * 100 + v.length;

function settingsSignature(s: ScoreView): string {
  const { harness, metric, window, context, thinking, tools } = s.settings;
  return JSON.stringify([harness, metric, window, context, thinking, tools === true]);
}

export function getCompareData(requested: CompareState, parseIssues: ViewIssue[] = []): CompareData {
  const resolved = resolveVersion(requested.v ?? undefined);
  const versionId = resolved.version.id;
  const versions = getVersions();
  const benchmarks = getBenchmarks(versionId);
  const catalog = getCompareCatalog(versionId);

  const checked = resolveCompareState(requested, {
    versions: versions.map((v) => v.id),
    models: catalog.modelIds,
    benchmarks: catalog.benchmarkIds,
    variantColumns: catalog.variantColumns,
  });
  const issues = [...parseIssues, ...checked.issues];
  const urlState = checked.state;

  const { modelOptions, benchmarkOptions, modelById, benchmarkById } = catalog;

  // ---- the models shown
  const defaultModels = urlState.models.length === 0;
  let modelIds = urlState.models;
  if (defaultModels) {
    modelIds = DEFAULT_MODELS.filter((id) => (modelById.get(id)?.scoreCount ?? 0) > 0).slice(0, MAX_DEFAULT_MODELS);
    if (modelIds.length < 3) {
      modelIds = modelOptions
        .filter((m) => m.scoreCount > 0)
        .slice(0, MAX_DEFAULT_MODELS)
        .map((m) => m.id);
    }
  }

  const allScores = modelIds.length > 0 ? getScoreViews(versionId, modelIds) : [];
  const benchmarksWithData = new Set(allScores.map((s) => s.benchmarkId));

  // ---- the benchmarks shown
  const inCategories = (id: string) =>
    urlState.categories.length === 0 || urlState.categories.includes(benchmarkById.get(id)?.category as Category);
  const defaultBenchmarks = urlState.benchmarks.length === 0;
  let benchmarkIds: string[];
  if (!defaultBenchmarks) {
    benchmarkIds = urlState.benchmarks.filter(inCategories);
  } else if (urlState.categories.length > 0) {
    benchmarkIds = benchmarks.filter((b) => inCategories(b.id) && benchmarksWithData.has(b.id)).map((b) => b.id);
  } else {
    benchmarkIds = DEFAULT_BENCHMARKS.filter((id) => benchmarksWithData.has(id));
    if (benchmarkIds.length === 0)
      benchmarkIds = benchmarks
        .filter((b) => benchmarksWithData.has(b.id))
        .slice(0, 10)
        .map((b) => b.id);
  }

  // ---- cells
  const notes = getNoteIndex(versionId);
  const byPair = new Map<string, ScoreView[]>();
  for (const s of allScores) {
    const key = `${s.modelId}\u0000${s.benchmarkId}`;
    const list = byPair.get(key);
    if (list) list.push(s);
    else byPair.set(key, [s]);
  }

  const columns: CompareColumn[] = [];
  for (const benchmarkId of benchmarkIds) {
    const benchmark = benchmarkById.get(benchmarkId);
    if (!benchmark) continue;
    if (!urlState.variants) {
      columns.push({ id: benchmarkId, benchmark, variant: null, variantLabel: null, best: [], mixedSettings: false });
      continue;
    }
    const variants = [...new Set(allScores.filter((s) => s.benchmarkId === benchmarkId).map((s) => s.variant))].sort(
      (a, b) => VARIANT_ORDER(a) - VARIANT_ORDER(b) || a.localeCompare(b),
    );
    if (variants.length === 0) variants.push('standard');
    for (const variant of variants) {
      columns.push({
        id: `${benchmarkId}:${variant}`,
        benchmark,
        variant,
        variantLabel: variantLabel(variant),
        best: [],
        mixedSettings: false,
      });
    }
  }

  const rows: CompareRow[] = modelIds.flatMap((id) => {
    const model = modelById.get(id);
    if (!model) return [];
    const cells: Record<string, CompareCell> = {};
    for (const column of columns) {
      const group = byPair.get(`${id}\u0000${column.benchmark.id}`) ?? [];
      const shown =
        column.variant === null
          ? (group.find((s) => s.isHeadline) ?? null)
          : (group.find((s) => s.variant === column.variant && s.isVariantHeadline) ?? null);
      cells[column.id] = {
        shown,
        others: group.filter((s) => s !== shown),
        notes: notes.byModelBenchmark.get(`${id}\u0000${column.benchmark.id}`) ?? [],
        hasConflict: group.some((s) => s.hasConflict),
      };
    }
    return [{ model, cells }];
  });

  for (const column of columns) {
    const shown = rows.map((r) => r.cells[column.id]?.shown).filter((s): s is ScoreView => !!s);
    const exact = shown.filter((s) => s.exactness === 'exact' && !s.disputed);
    if (exact.length > 1) {
      const pick = column.benchmark.higherIsBetter ? Math.max : Math.min;
      const best = pick(...exact.map((s) => s.value));
      column.best = exact.filter((s) => s.value === best).map((s) => s.modelId);
    }
    column.mixedSettings =
      new Set(shown.filter((s) => s.badges.length > 0 || shown.some((o) => o.badges.length > 0)).map(settingsSignature)).size > 1;
  }

  const prices = getChartPrices(versionId, modelIds, urlState.seller, urlState.price);

  const sources: Record<string, SourceRef> = {};
  for (const s of allScores) sources[s.source.id] = s.source;

  return {
    version: resolved.version,
    latest: resolved.latest,
    isLatest: resolved.isLatest,
    versions,
    state: { ...urlState, models: modelIds, benchmarks: benchmarkIds, v: versionId },
    urlState,
    issues,
    modelOptions,
    benchmarkOptions,
    columns,
    rows,
    prices,
    sources,
    defaultModels,
    defaultBenchmarks,
  };
}

/** Score rows of chosen models on one benchmark (all variants), for the scatter charts. */
export function getBenchmarkScores(version: string, benchmarkId: string, modelIds: readonly string[]): ScoreView[] {
  if (modelIds.length === 0) return [];
  return getScoreViews(version, modelIds, [benchmarkId]);
}
