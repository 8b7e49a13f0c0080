import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '../db/client';
import { detailHref } from '../details';
import { benchmarks, models, scores } from '../db/schema';
import { formatScore } from '../format';
import { groupBy } from '../group-by';
import { perVersion } from './memo';
import { getSourceMap, sourceOrPlaceholder, type SourceRef } from './shared';

export interface BenchmarkInfo {
  id: string;
  name: string;
  category: string;
  unit: string;
  higherIsBetter: boolean;
  description: string;
  url: string | null;
  parentId: string | null;
}

export interface ScoreSettingsView {
  thinking: string | null;
  tools: boolean | null;
  harness: string | null;
  metric: string | null;
  window: string | null;
  context: string | null;
  opponent: { id: string; name: string } | null;
  effort: string | null;
  subset: string | null;
}

/** One sourced score, ready to print. */
export interface ScoreView {
  /** The row's id within its data version (its position in scores.json). */
  id: string;
  /** The page (and, with /panel, the JSON) holding everything behind this value. */
  detail: string;
  modelId: string;
  benchmarkId: string;
  value: number;
  upper: number | null;
  exactness: string;
  text: string | null;
  display: string;
  variant: string;
  settings: ScoreSettingsView;
  /** Short labels for the settings the source states: "w/ tools", "thinking", "OpenHands", "avg@32". */
  badges: string[];
  source: SourceRef;
  locator: string | null;
  /** The chart or table of the source this value is a cell of, when the data names it. */
  figure: string | null;
  note: string | null;
  preferred: boolean;
  disputed: boolean;
  isHeadline: boolean;
  isVariantHeadline: boolean;
  hasConflict: boolean;
}

type ScoreDbRow = typeof scores.$inferSelect;

export function settingBadges(s: ScoreSettingsView): string[] {
  const out: string[] = [];
  if (s.tools === true) out.push('w/ tools');
  if (s.tools === false) out.push('no tools');
  if (s.thinking === 'on') out.push('thinking');
  if (s.thinking === 'off') out.push('non-thinking');
  if (s.harness) out.push(s.harness);
  if (s.metric) out.push(s.opponent ? `${s.metric} vs ${s.opponent.name}` : s.metric);
  if (s.window) out.push(s.window);
  if (s.context) out.push(`${s.context} context`);
  if (s.effort) out.push(`${s.effort} effort`);
  if (s.subset) out.push(s.subset);
  return out;
}

export function toScoreView(
  row: ScoreDbRow,
  unit: string,
  sourceMap: Map<string, SourceRef>,
  modelNames: Map<string, string>,
): ScoreView {
  const settings: ScoreSettingsView = {
    thinking: row.thinking,
    tools: row.tools,
    harness: row.harness,
    metric: row.metric,
    window: row.window,
    context: row.context,
    opponent: row.opponentId ? { id: row.opponentId, name: modelNames.get(row.opponentId) ?? row.opponentId } : null,
    effort: row.effort,
    subset: row.subset,
  };
  return {
    id: String(row.ordinal),
    detail: detailHref(row.version, 'score', row.ordinal),
    modelId: row.modelId,
    benchmarkId: row.benchmarkId,
    value: row.value,
    upper: row.upper,
    exactness: row.exactness,
    text: row.text,
    display: formatScore(row, unit),
    variant: row.variant,
    settings,
    badges: settingBadges(settings),
    source: sourceOrPlaceholder(sourceMap, row.sourceId),
    locator: row.locator,
    figure: row.figure,
    note: row.note,
    preferred: row.preferred,
    disputed: row.disputed,
    isHeadline: row.isHeadline,
    isVariantHeadline: row.isVariantHeadline,
    hasConflict: row.hasConflict,
  };
}

export const getBenchmarks = perVersion('benchmarks', (version): BenchmarkInfo[] =>
  getDb()
    .select({
      id: benchmarks.id,
      name: benchmarks.name,
      category: benchmarks.category,
      unit: benchmarks.unit,
      higherIsBetter: benchmarks.higherIsBetter,
      description: benchmarks.description,
      url: benchmarks.url,
      parentId: benchmarks.parentId,
    })
    .from(benchmarks)
    .where(eq(benchmarks.version, version))
    .orderBy(asc(benchmarks.ordinal))
    .all(),
);

const getUnits = perVersion('benchmarkUnits', (version) => new Map(getBenchmarks(version).map((b) => [b.id, b.unit])));

export const getModelNames = perVersion('modelNames', (version): Map<string, string> => {
  const rows = getDb().select({ id: models.id, name: models.name }).from(models).where(eq(models.version, version)).all();
  return new Map(rows.map((r) => [r.id, r.name]));
});

/** Every score row for the given models (all models when omitted), in authored order. */
export function getScoreViews(version: string, modelIds?: readonly string[], benchmarkIds?: readonly string[]): ScoreView[] {
  const db = getDb();
  const conditions = [eq(scores.version, version)];
  if (modelIds) conditions.push(inArray(scores.modelId, [...modelIds]));
  if (benchmarkIds) conditions.push(inArray(scores.benchmarkId, [...benchmarkIds]));
  const rows = db
    .select()
    .from(scores)
    .where(and(...conditions))
    .orderBy(asc(scores.ordinal))
    .all();
  const units = getUnits(version);
  const sourceMap = getSourceMap(version);
  const names = getModelNames(version);
  return rows.map((r) => toScoreView(r, units.get(r.benchmarkId) ?? '%', sourceMap, names));
}

/** The key of a model and benchmark pair, as every by-pair map of score rows is keyed. */
export function scorePairKey(modelId: string, benchmarkId: string): string {
  return `${modelId}\u0000${benchmarkId}`;
}

/** Score rows by model and benchmark (scorePairKey), in their order. */
export function groupByPair(rows: Iterable<ScoreView>): Map<string, ScoreView[]> {
  return groupBy(rows, (s) => scorePairKey(s.modelId, s.benchmarkId));
}
