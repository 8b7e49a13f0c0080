import { limitView, type ViewCut } from '../compare/view-limit';
import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb } from '../db/client';
import { models as modelsTable, scores as scoresTable } from '../db/schema';
import { variantLabel } from '../data/rules';
import {
  basisLabel,
  compareBenchmark,
  groupVerdict,
  type BenchmarkMeta,
  type GroupVerdict,
  type OutcomeStatus,
} from '../compare/like-for-like';
import { toCandidate } from '../compare/candidate';
import {
  CATEGORIES,
  defaultMatch,
  resolveCompareState,
  type Category,
  type CompareState,
  type MatchMode,
  type QuickPick,
  type ViewIssue,
  DEFAULT_COMPARE_STATE,
  withoutPicked,
} from '../view-state';
import { groupModelIds, isModelGroup } from '../compare/quick-picks';
import type { PickerCatalog, PickerOptionGroup } from '../compare/picker-options';
import { CATEGORY_LABEL } from './catalog';
import { getModelList } from './models';
import { perVersion } from './memo';
import { getChartPrices, type ChartPrice } from './chart-prices';
import { getBenchmarks, getScoreViews, groupByPair, scorePairKey as pairKey, type BenchmarkInfo, type ScoreView } from './scores';
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
  /** The source of the model's launch chart, when the data names one (its peers are the other models in it). */
  launchSource: string | null;
  releaseDate: string | null;
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

export interface CellMatch {
  status: OutcomeStatus;
  reason: string;
}

export interface CompareCell {
  /** The value shown; null when not reported (or only disputed values exist, or, like-for-like, none is comparable). */
  shown: ScoreView | null;
  /** Like-for-like: how this cell's value relates to the column's basis. Null when every value is shown. */
  match: CellMatch | null;
  /** Like-for-like: the value left out because it was measured differently. */
  leftOut: ScoreView | null;
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
  /** Like-for-like: what the column's values have in common, or why none could be compared. */
  comparison: { comparable: boolean; basis: string | null; reason: string } | null;
}

/** A quick pick: a model and the models its launch chart compared it with. */
export interface LaunchPick {
  modelId: string;
  label: string;
  models: string[];
  benchmarks: string[];
}

export interface CompareRow {
  model: ModelOption;
  cells: Record<string, CompareCell>;
}

export interface CompareData {
  /** What a view too large to draw left out (lib/compare/view-limit.ts); null when nothing was. */
  cut: ViewCut | null;
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
  /** The comparison mode in effect (the URL's, or the version's default). */
  match: MatchMode;
  /** The first model against the others, like-for-like, over the shown benchmarks. */
  verdict: GroupVerdict | null;
  /** "A and its launch peers" picks, newest GLM release first. */
  launchPicks: LaunchPick[];
  /** When the default selection is a launch chart: the pick it came from. */
  defaultPick: LaunchPick | null;
  /** Every score of the shown models on the scatter charts' y benchmark (all variants), so page, embed and preview agree. */
  yScores: ScoreView[];
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
  const launchSources = new Map(
    getDb()
      .select({ id: modelsTable.id, source: modelsTable.launchSourceId })
      .from(modelsTable)
      .where(eq(modelsTable.version, versionId))
      .all()
      .flatMap((r) => (r.source ? [[r.id, r.source] as const] : [])),
  );
  const modelOptions: ModelOption[] = modelList.map((m) => {
    const active = m.specs['active-params'];
    const total = m.specs['total-params'];
    const release = m.specs['release-date'];
    return {
      id: m.id,
      name: m.name,
      launchSource: launchSources.get(m.id) ?? null,
      releaseDate: typeof release?.value === 'string' ? release.value : null,
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
  const { harness, metric, window, context, thinking, tools, effort, subset } = s.settings;
  return JSON.stringify([harness, metric, window, context, thinking, tools === true, effort, subset]);
}

function benchmarkMeta(b: BenchmarkInfo): BenchmarkMeta {
  return { id: b.id, name: b.name, category: b.category, unit: b.unit, higherIsBetter: b.higherIsBetter };
}

/** Every model's launch chart, as quick picks: the newest GLM release first, then the other labs' newest first. */
const getLaunchPicks = perVersion('launchPicks', (versionId): LaunchPick[] => {
  const { modelOptions } = getCompareCatalog(versionId);
  const withLaunch = modelOptions.filter((m) => m.launchSource !== null);
  // Several models can share one launch chart (a release and its variants): each source is read once.
  const rowsBySource = new Map<string, Array<{ model: string; benchmark: string }>>();
  const sourceRows = (sourceId: string) => {
    let rows = rowsBySource.get(sourceId);
    if (!rows) {
      rows = getDb()
        .select({ model: scoresTable.modelId, benchmark: scoresTable.benchmarkId })
        .from(scoresTable)
        .where(and(eq(scoresTable.version, versionId), eq(scoresTable.sourceId, sourceId), eq(scoresTable.disputed, false)))
        .orderBy(asc(scoresTable.ordinal))
        .all();
      rowsBySource.set(sourceId, rows);
    }
    return rows;
  };
  const picks = withLaunch.flatMap((m): LaunchPick[] => {
    const rows = sourceRows(m.launchSource!);
    const models = [m.id, ...new Set(rows.map((r) => r.model).filter((id) => id !== m.id))];
    if (models.length < 2) return [];
    const benchmarks = [...new Set(rows.filter((r) => r.model === m.id).map((r) => r.benchmark))];
    return [{ modelId: m.id, label: `${m.name} and the models in its launch chart`, models, benchmarks }];
  });
  const byRelease = (a: LaunchPick, b: LaunchPick) => {
    const ra = modelOptions.find((m) => m.id === a.modelId)?.releaseDate ?? '';
    const rb = modelOptions.find((m) => m.id === b.modelId)?.releaseDate ?? '';
    return rb.localeCompare(ra);
  };
  const isGlm = (p: LaunchPick) => modelOptions.find((m) => m.id === p.modelId)?.organization.id === 'zai';
  return [...picks.filter(isGlm).sort(byRelease), ...picks.filter((p) => !isGlm(p)).sort(byRelease)];
});

/**
 * The view a quick pick leads to (lib/view-state.ts › quickPickUrl): the state with the pick's models
 * (and, for a launch chart, its benchmarks, unsorted and in no category); null when the version has no
 * such pick. A version the data does not have is left for the view to report.
 */
export function quickPickView(state: CompareState, pick: QuickPick): CompareState | null {
  const resolved = resolveVersion(state.v ?? undefined);
  if (resolved.unknown !== undefined) return state;
  const versionId = resolved.version.id;
  const cleared = withoutPicked(pick, state);
  if ('group' in pick) {
    if (!isModelGroup(pick.group)) return null;
    return { ...cleared, models: groupModelIds(getCompareCatalog(versionId).modelOptions, pick.group) };
  }
  const launch = getLaunchPicks(versionId).find((p) => p.modelId === pick.launch);
  if (!launch) return null;
  return { ...cleared, models: launch.models, benchmarks: launch.benchmarks };
}

/** What a version offers as starting points: its launch picks and the default selection of models. */
export function getCompareDefaults(versionId: string): { launchPicks: LaunchPick[]; defaultModels: string[] } {
  const catalog = getCompareCatalog(versionId);
  const launchPicks = getLaunchPicks(versionId);
  return { launchPicks, defaultModels: selectModels(DEFAULT_COMPARE_STATE, catalog, launchPicks).modelIds };
}

/** The models a view shows: the URL's, else the newest GLM release with its launch peers, else the fixed defaults. */
function selectModels(urlState: CompareState, catalog: CompareCatalog, picks: readonly LaunchPick[]) {
  if (urlState.models.length > 0) return { modelIds: urlState.models, defaultPick: null };
  const newest = picks[0];
  if (newest && catalog.modelById.get(newest.modelId)?.organization.id === 'zai') {
    return { modelIds: newest.models.slice(0, MAX_DEFAULT_MODELS), defaultPick: newest };
  }
  let modelIds = DEFAULT_MODELS.filter((id) => (catalog.modelById.get(id)?.scoreCount ?? 0) > 0).slice(0, MAX_DEFAULT_MODELS);
  if (modelIds.length < 3) {
    modelIds = catalog.modelOptions
      .filter((m) => m.scoreCount > 0)
      .slice(0, MAX_DEFAULT_MODELS)
      .map((m) => m.id);
  }
  return { modelIds, defaultPick: null };
}

function selectBenchmarks(
  urlState: CompareState,
  catalog: CompareCatalog,
  benchmarks: readonly BenchmarkInfo[],
  withData: ReadonlySet<string>,
  defaultPick: LaunchPick | null,
): string[] {
  const inCategories = (id: string) =>
    urlState.categories.length === 0 || urlState.categories.includes(catalog.benchmarkById.get(id)?.category as Category);
  if (urlState.benchmarks.length > 0) return urlState.benchmarks.filter(inCategories);
  if (urlState.categories.length > 0) return benchmarks.filter((b) => inCategories(b.id) && withData.has(b.id)).map((b) => b.id);
  if (defaultPick) return defaultPick.benchmarks.filter((id) => withData.has(id));
  const ids = DEFAULT_BENCHMARKS.filter((id) => withData.has(id));
  return ids.length > 0
    ? ids
    : benchmarks
        .filter((b) => withData.has(b.id))
        .slice(0, 10)
        .map((b) => b.id);
}

function buildColumns(
  benchmarkIds: readonly string[],
  catalog: CompareCatalog,
  allScores: readonly ScoreView[],
  variants: boolean,
) {
  const columns: CompareColumn[] = [];
  const column = (benchmark: BenchmarkOption, variant: string | null): CompareColumn => ({
    id: variant === null ? benchmark.id : `${benchmark.id}:${variant}`,
    benchmark,
    variant,
    variantLabel: variant === null ? null : variantLabel(variant),
    best: [],
    mixedSettings: false,
    comparison: null,
  });
  for (const benchmarkId of benchmarkIds) {
    const benchmark = catalog.benchmarkById.get(benchmarkId);
    if (!benchmark) continue;
    if (!variants) {
      columns.push(column(benchmark, null));
      continue;
    }
    const found = [...new Set(allScores.filter((s) => s.benchmarkId === benchmarkId).map((s) => s.variant))].sort(
      (a, b) => VARIANT_ORDER(a) - VARIANT_ORDER(b) || a.localeCompare(b),
    );
    for (const variant of found.length > 0 ? found : ['standard']) columns.push(column(benchmark, variant));
  }
  return columns;
}

/**
 * Like-for-like: each column keeps only the values its basis compares, says what the basis is,
 * and tells every left-out cell why (lib/compare/like-for-like.ts).
 */
function applyLikeForLike(
  columns: CompareColumn[],
  rows: CompareRow[],
  groupOf: (model: string, column: CompareColumn) => ScoreView[],
) {
  const nameOf = (id: string) => rows.find((r) => r.model.id === id)?.model.name ?? id;
  const modelIds = rows.map((r) => r.model.id);
  for (const column of columns) {
    const views = new Map<string, ScoreView>();
    const candidates = modelIds.flatMap((id) =>
      groupOf(id, column).map((v) => {
        views.set(v.id, v);
        return toCandidate(v);
      }),
    );
    const result = compareBenchmark(column.benchmark.id, modelIds, candidates, nameOf);
    column.comparison = {
      comparable: result.comparable,
      basis: result.basis ? basisLabel(result.basis) : null,
      reason: result.reason,
    };
    result.outcomes.forEach((outcome, i) => {
      const cell = rows[i]?.cells[column.id];
      if (!cell) return;
      const view = outcome.value ? (views.get(outcome.value.scoreId) ?? null) : null;
      const shown = outcome.status === 'compared' || outcome.status === 'unpaired' ? view : null;
      const group = groupOf(outcome.modelId, column);
      cell.shown = shown;
      cell.leftOut = outcome.status === 'excluded' ? view : null;
      cell.others = group.filter((s) => s !== shown);
      cell.match = { status: outcome.status, reason: outcome.reason };
    });
  }
}

function markBest(columns: CompareColumn[], rows: readonly CompareRow[]) {
  for (const column of columns) {
    const shown = rows.map((r) => r.cells[column.id]?.shown).filter((s): s is ScoreView => !!s);
    const exact = shown.filter((s) => s.exactness === 'exact' && !s.disputed);
    // Like-for-like: a value alone in its column is not "best" of anything.
    const compared = column.comparison
      ? exact.filter((s) => rows.find((r) => r.model.id === s.modelId)?.cells[column.id]?.match?.status === 'compared')
      : exact;
    if (compared.length > 1) {
      const pick = column.benchmark.higherIsBetter ? Math.max : Math.min;
      const best = pick(...compared.map((s) => s.value));
      column.best = compared.filter((s) => s.value === best).map((s) => s.modelId);
    }
    column.mixedSettings =
      column.comparison === null &&
      new Set(shown.filter((s) => s.badges.length > 0 || shown.some((o) => o.badges.length > 0)).map(settingsSignature)).size > 1;
  }
}

type ScoresByPair = ReadonlyMap<string, ScoreView[]>;

/** The URL's state checked against the version it names: unknown ids dropped (and reported), the match mode settled. */
function checkState(requested: CompareState, parseIssues: ViewIssue[]) {
  const resolved = resolveVersion(requested.v ?? undefined);
  const versionId = resolved.version.id;
  const versions = getVersions();
  const catalog = getCompareCatalog(versionId);
  const checked = resolveCompareState(requested, {
    versions: versions.map((v) => v.id),
    models: catalog.modelIds,
    benchmarks: catalog.benchmarkIds,
    variantColumns: catalog.variantColumns,
  });
  const urlState = checked.state;
  return {
    resolved,
    versionId,
    versions,
    catalog,
    urlState,
    issues: [...parseIssues, ...checked.issues],
    match: urlState.match ?? defaultMatch(urlState.v),
  };
}

/** A row per known model: per column the headline value shown, the others behind it, and the notes. */
function buildRows(
  versionId: string,
  modelIds: readonly string[],
  columns: readonly CompareColumn[],
  catalog: CompareCatalog,
  byPair: ScoresByPair,
): CompareRow[] {
  const notes = getNoteIndex(versionId);
  return modelIds.flatMap((id) => {
    const model = catalog.modelById.get(id);
    if (!model) return [];
    const cells: Record<string, CompareCell> = {};
    for (const column of columns) {
      const group = byPair.get(pairKey(id, column.benchmark.id)) ?? [];
      const shown =
        column.variant === null
          ? (group.find((s) => s.isHeadline) ?? null)
          : (group.find((s) => s.variant === column.variant && s.isVariantHeadline) ?? null);
      cells[column.id] = {
        shown,
        match: null,
        leftOut: null,
        others: group.filter((s) => s !== shown),
        notes: notes.forScore(id, column.benchmark.id),
        hasConflict: group.some((s) => s.hasConflict),
      };
    }
    return [{ model, cells }];
  });
}

/** The benchmarks' metadata with their candidate values, as the like-for-like verdicts take them. */
function verdictInputs(
  benchmarkIds: readonly string[],
  catalog: CompareCatalog,
  scoresOf: (benchmarkId: string) => readonly ScoreView[],
) {
  return benchmarkIds.flatMap((id) => {
    const b = catalog.benchmarkById.get(id);
    return b ? [{ meta: benchmarkMeta(b), candidates: scoresOf(id).map(toCandidate) }] : [];
  });
}

/** The first row's model against the others, over the chosen benchmarks; null with fewer than two rows. */
function rowsVerdict(
  rows: readonly CompareRow[],
  modelIds: readonly string[],
  benchmarkIds: readonly string[],
  catalog: CompareCatalog,
  byPair: ScoresByPair,
): GroupVerdict | null {
  const [focus, ...others] = rows.map((r) => r.model.id);
  if (focus === undefined || others.length === 0) return null;
  const inputs = verdictInputs(benchmarkIds, catalog, (id) => modelIds.flatMap((m) => byPair.get(pairKey(m, id)) ?? []));
  return groupVerdict(focus, others, inputs, (id) => catalog.modelById.get(id)?.name ?? id);
}

export function getCompareData(
  requested: CompareState,
  parseIssues: ViewIssue[] = [],
  { limit = true }: { limit?: boolean } = {},
): CompareData {
  const { resolved, versionId, versions, catalog, urlState, issues, match } = checkState(requested, parseIssues);
  const launchPicks = getLaunchPicks(versionId);
  const selected = selectModels(urlState, catalog, launchPicks);
  const { defaultPick } = selected;
  // A view that names its benchmarks reads only their rows (and the scatter's y benchmark's): the
  // selected models' other rows grow with the catalogue, not with the view. Otherwise the rows tell
  // which benchmarks have data to choose from.
  const named =
    urlState.benchmarks.length > 0 ? [...new Set([...urlState.benchmarks, ...(urlState.y ? [urlState.y] : [])])] : undefined;
  const selectedScores = selected.modelIds.length > 0 ? getScoreViews(versionId, selected.modelIds, named) : [];
  const scoredBenchmarks = new Set(selectedScores.map((s) => s.benchmarkId));
  const selectedBenchmarks = selectBenchmarks(urlState, catalog, getBenchmarks(versionId), scoredBenchmarks, defaultPick);
  // A view larger than a page should draw is cut, saying so (the export asks for everything).
  const { modelIds, benchmarkIds, cut } = limit
    ? limitView(selected.modelIds, selectedBenchmarks)
    : { modelIds: selected.modelIds, benchmarkIds: selectedBenchmarks, cut: null };
  const kept = new Set(modelIds);
  const allScores = cut ? selectedScores.filter((s) => kept.has(s.modelId)) : selectedScores;

  const byPair = groupByPair(allScores);
  const columns = buildColumns(benchmarkIds, catalog, allScores, urlState.variants);
  const rows = buildRows(versionId, modelIds, columns, catalog, byPair);
  if (match === 'like') {
    applyLikeForLike(columns, rows, (model, column) => {
      const group = byPair.get(pairKey(model, column.benchmark.id)) ?? [];
      return column.variant === null ? group : group.filter((s) => s.variant === column.variant);
    });
  }
  markBest(columns, rows);

  const sources: Record<string, SourceRef> = {};
  for (const s of allScores) sources[s.source.id] = s.source;
  const yId = urlState.y ?? columns[0]?.benchmark.id ?? null;

  return {
    version: resolved.version,
    latest: resolved.latest,
    isLatest: resolved.isLatest,
    versions,
    state: { ...urlState, models: modelIds, benchmarks: benchmarkIds, v: versionId },
    urlState,
    issues,
    modelOptions: catalog.modelOptions,
    benchmarkOptions: catalog.benchmarkOptions,
    columns,
    rows,
    prices: getChartPrices(versionId, modelIds, urlState.seller, urlState.price),
    sources,
    defaultModels: urlState.models.length === 0,
    defaultBenchmarks: urlState.benchmarks.length === 0,
    match,
    verdict: rowsVerdict(rows, modelIds, benchmarkIds, catalog, byPair),
    launchPicks,
    defaultPick,
    yScores: yId === null ? [] : allScores.filter((s) => s.benchmarkId === yId),
    cut,
  };
}

export { toCandidate };

export interface LikeForLikeBenchmark {
  id: string;
  comparable: boolean;
  reason: string;
  /** The source(s) of the values listed. */
  sourceIds: string[];
  /** The basis' settings: the shared stated settings, or those every value of the shared source has. */
  settings: Partial<Record<string, string | boolean | null>>;
  basis: string | null;
  values: Array<{ model: string; value: number; scoreId: string; status: OutcomeStatus; reason: string }>;
}

/**
 * The like-for-like answer for chosen models and benchmarks (the API's /api/v1/compare): per
 * benchmark the values compared (match=like) or every model's headline value (match=all), each
 * with why, and the verdict of the first model against the others. Ids must be known.
 */
export function getLikeForLike(
  versionId: string,
  modelIds: readonly string[],
  benchmarkIds: readonly string[],
  match: MatchMode,
): { benchmarks: LikeForLikeBenchmark[]; verdict: GroupVerdict | null } {
  const catalog = getCompareCatalog(versionId);
  const nameOf = (id: string) => catalog.modelById.get(id)?.name ?? id;
  const scores = getScoreViews(versionId, [...modelIds], [...benchmarkIds]);
  const inputs = verdictInputs(benchmarkIds, catalog, (id) => scores.filter((s) => s.benchmarkId === id));
  const benchmarks = inputs.map(({ meta, candidates }): LikeForLikeBenchmark => {
    const result = compareBenchmark(meta.id, modelIds, candidates, nameOf);
    const values = result.outcomes.flatMap((o) => {
      if (match === 'like') {
        return o.value && (o.status === 'compared' || o.status === 'unpaired')
          ? [{ model: o.modelId, value: o.value.value, scoreId: o.value.scoreId, status: o.status, reason: o.reason }]
          : [];
      }
      const headline = candidates.find((c) => c.modelId === o.modelId && c.headline);
      return headline
        ? [{ model: o.modelId, value: headline.value, scoreId: headline.scoreId, status: o.status, reason: o.reason }]
        : [];
    });
    const used = new Set(values.map((v) => v.scoreId));
    return {
      id: meta.id,
      comparable: result.comparable,
      reason: result.reason,
      sourceIds: [...new Set(candidates.filter((c) => used.has(c.scoreId)).map((c) => c.sourceId))],
      settings: result.basis ? { ...result.basis.settings } : {},
      basis: result.basis ? basisLabel(result.basis) : null,
      values,
    };
  });
  const [focus, ...others] = modelIds;
  const verdict = focus !== undefined && others.length > 0 ? groupVerdict(focus, others, inputs, nameOf) : null;
  return { benchmarks, verdict };
}

/** The ids a version knows, for checking a request's lists. */
export function getCompareIds(versionId: string): { models: ReadonlySet<string>; benchmarks: ReadonlySet<string> } {
  const catalog = getCompareCatalog(versionId);
  return { models: catalog.modelIds, benchmarks: catalog.benchmarkIds };
}
