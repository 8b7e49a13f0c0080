/**
 * Turns a comparison into the plain, serializable series the chart components draw. A value is
 * plotted only when it is a real reported number: missing and disputed values are never drawn
 * (as zero or otherwise) and every left-out model is listed with the reason.
 */
import type { CompareData } from '../queries/compare';
import type { ChartPrice } from '../queries/chart-prices';
import type { ScoreView } from '../queries/scores';
import type { PriceMode } from '../view-state';
import { formatMoney, formatParams } from '../format';
import { blendedPrice, paretoFrontier } from './pareto';
import { toCandidate } from './candidate';
import { compareBenchmark, basisLabel } from './like-for-like';
import { orgColor } from '../org-colors';

export interface LeftOut {
  label: string;
  reason: string;
}

export interface BarDatum {
  modelId: string;
  label: string;
  org: string;
  orgName: string;
  value: number;
  display: string;
  approx: boolean;
  badges: string[];
}

export interface BarPanel {
  id: string;
  title: string;
  unit: string;
  higherIsBetter: boolean;
  bars: BarDatum[];
  leftOut: LeftOut[];
}

const MAX_PANELS = 12;

function plottable(score: ScoreView | null | undefined): { ok: true; score: ScoreView } | { ok: false; reason: string } {
  if (!score) return { ok: false, reason: 'not reported' };
  if (score.disputed) return { ok: false, reason: 'disputed value' };
  if (score.exactness === 'range') return { ok: false, reason: `given only as a range (${score.display})` };
  if (score.exactness === 'lower-bound') return { ok: false, reason: `given only as a lower bound (${score.display})` };
  return { ok: true, score };
}

export function barPanels(data: CompareData): { panels: BarPanel[]; truncated: number } {
  const panels = data.columns.slice(0, MAX_PANELS).map((column): BarPanel => {
    const bars: BarDatum[] = [];
    const leftOut: LeftOut[] = [];
    for (const row of data.rows) {
      const cell = row.cells[column.id];
      const check = plottable(cell?.shown);
      if (!check.ok) {
        const reason = !cell?.shown && cell?.others.some((o) => o.disputed) ? 'only a disputed value' : check.reason;
        leftOut.push({ label: row.model.name, reason });
        continue;
      }
      bars.push({
        modelId: row.model.id,
        label: row.model.name,
        org: row.model.organization.id,
        orgName: row.model.organization.name,
        value: check.score.value,
        display: check.score.display,
        approx: check.score.exactness === 'approx',
        badges: check.score.badges,
      });
    }
    return {
      id: column.id,
      title: column.variantLabel ? `${column.benchmark.name} (${column.variantLabel})` : column.benchmark.name,
      unit: column.benchmark.unit,
      higherIsBetter: column.benchmark.higherIsBetter,
      bars,
      leftOut,
    };
  });
  return { panels, truncated: Math.max(0, data.columns.length - MAX_PANELS) };
}

export interface ScatterDatum {
  modelId: string;
  label: string;
  org: string;
  orgName: string;
  x: number;
  y: number;
  xDisplay: string;
  yDisplay: string;
  approx: boolean;
  onFrontier: boolean;
  /** The reasoning effort or thinking mode of this point, when the model has several ("max effort", "thinking off"). */
  mode?: string | null;
}

export interface ScatterData {
  benchmarkId: string;
  benchmarkName: string;
  unit: string;
  /** Like-for-like: what the plotted y values have in common (a source's chart, or shared settings). */
  basis?: string | null;
  xLabel: string;
  points: ScatterDatum[];
  frontier: ScatterDatum[];
  leftOut: LeftOut[];
}

/**
 * The points one model contributes: its headline value alone, or, when its sources give the
 * benchmark at several reasoning efforts or thinking modes (without tools, undisputed, plottable),
 * one value per mode: the headline when it is of that mode, else the first in authored order.
 */
export function reasoningModes(
  yScores: readonly ScoreView[],
  modelId: string,
  headline: ScoreView,
): Array<{ key: string; label: string | null; score: ScoreView }> {
  const modeOf = (s: ScoreView) => {
    const parts = [
      s.settings.effort ? `${s.settings.effort} effort` : null,
      s.settings.thinking ? `thinking ${s.settings.thinking}` : null,
    ];
    return parts.filter((p): p is string => p !== null).join(', ');
  };
  const sameKind = (s: ScoreView) => (s.settings.tools ?? false) === (headline.settings.tools ?? false);
  const byMode = new Map<string, ScoreView>();
  for (const s of yScores) {
    if (s.modelId !== modelId || !sameKind(s) || !plottable(s).ok) continue;
    const mode = modeOf(s);
    const have = byMode.get(mode);
    if (!have || (!have.isHeadline && s.isHeadline)) byMode.set(mode, s);
  }
  if (byMode.size <= 1) return [{ key: '', label: null, score: headline }];
  return [...byMode.entries()].map(([mode, score]) => ({
    key: mode.replace(/[^a-z0-9]+/gi, '-').toLowerCase() || 'unstated',
    label: mode || 'mode not stated',
    score,
  }));
}

/** The y value for a scatter: the model's headline score on the benchmark, across all variants. */
function headlineOn(yScores: readonly ScoreView[], modelId: string): ScoreView | null {
  return yScores.find((s) => s.modelId === modelId && s.isHeadline) ?? null;
}

function priceFor(
  p: ChartPrice | undefined,
  mode: PriceMode,
  seller: string | null,
): { ok: true; value: number; display: string; approx: boolean } | { ok: false; reason: string } {
  if (!p)
    return {
      ok: false,
      reason:
        seller === null
          ? 'no list price in this data version'
          : seller === 'cheapest'
            ? 'no seller lists a US-dollar price to plot'
            : `no price from ${seller} in this data version`,
    };
  if (p.currency !== 'USD') return { ok: false, reason: `priced in ${p.currency} only; not converted` };
  const parts = mode === 'input' ? [p.input] : mode === 'output' ? [p.output] : [p.input, p.output];
  if (parts.some((x) => !x))
    return { ok: false, reason: mode === 'blended' ? 'input or output price missing' : `no ${mode} price` };
  if (parts.some((x) => x!.exactness === 'range' || x!.exactness === 'lower-bound'))
    return { ok: false, reason: 'price given only as a range or bound' };
  const approx = parts.some((x) => x!.exactness === 'approx');
  const value = mode === 'blended' ? blendedPrice(p.input!.value, p.output!.value) : parts[0]!.value;
  const display = `${mode === 'blended' ? `${formatMoney(value, 'USD')} blended (3:1)` : parts[0]!.display} · ${p.seller.name}${p.isLab ? '' : ' (third-party host)'}`;
  return { ok: true, value, display, approx };
}

export function yBenchmark(data: CompareData): string | null {
  return data.state.y ?? data.columns[0]?.benchmark.id ?? null;
}

function scatter(
  data: CompareData,
  yScores: readonly ScoreView[],
  xOf: (modelId: string) => { ok: true; value: number; display: string; approx: boolean } | { ok: false; reason: string },
  xLabel: string,
): ScatterData | null {
  const benchmarkId = yBenchmark(data);
  const benchmark = data.benchmarkOptions.find((b) => b.id === benchmarkId);
  if (!benchmarkId || !benchmark) return null;
  const points: ScatterDatum[] = [];
  const leftOut: LeftOut[] = [];
  // Like-for-like: the y values are those the engine compares (one source, or equal stated settings),
  // so the chart never sets numbers measured differently against each other.
  const like =
    data.match === 'like'
      ? compareBenchmark(
          benchmarkId,
          data.rows.map((r) => r.model.id),
          yScores.map(toCandidate),
          (id) => data.rows.find((r) => r.model.id === id)?.model.name ?? id,
        )
      : null;
  const compared = like
    ? new Map(like.outcomes.flatMap((o) => (o.status === 'compared' && o.value ? [[o.modelId, o.value.scoreId] as const] : [])))
    : null;
  for (const row of data.rows) {
    const outcome = like?.outcomes.find((o) => o.modelId === row.model.id);
    if (compared && !compared.has(row.model.id) && outcome && outcome.status !== 'not-reported') {
      leftOut.push({
        label: row.model.name,
        reason: `${benchmark.name}: ${outcome.status === 'unpaired' ? 'no other model to compare with' : outcome.reason}`,
      });
      continue;
    }
    const headline = compared?.has(row.model.id)
      ? (yScores.find((s) => s.id === compared.get(row.model.id)) ?? null)
      : headlineOn(yScores, row.model.id);
    const y = plottable(headline);
    if (!y.ok) {
      const disputedOnly = !headline && yScores.some((s) => s.modelId === row.model.id && s.disputed);
      leftOut.push({ label: row.model.name, reason: `${benchmark.name}: ${disputedOnly ? 'only a disputed value' : y.reason}` });
      continue;
    }
    const x = xOf(row.model.id);
    if (!x.ok) {
      leftOut.push({ label: row.model.name, reason: x.reason });
      continue;
    }
    if (x.value <= 0) {
      leftOut.push({ label: row.model.name, reason: 'free (a log scale cannot show zero)' });
      continue;
    }
    // One point per reasoning effort or thinking mode the sources give: each is a way to buy the model.
    // Like-for-like, the modes come from the compared value's own chart or table only.
    const modeScores = compared
      ? yScores.filter((s) => s.source.id === y.score.source.id && s.figure === y.score.figure)
      : yScores;
    for (const { key, label, score } of reasoningModes(modeScores, row.model.id, y.score)) {
      points.push({
        modelId: key === '' ? row.model.id : `${row.model.id}~${key}`,
        label: label ? `${row.model.name} (${label})` : row.model.name,
        org: row.model.organization.id,
        orgName: row.model.organization.name,
        x: x.value,
        y: score.value,
        xDisplay: x.display,
        yDisplay: score.display,
        approx: x.approx || score.exactness === 'approx',
        onFrontier: false,
        mode: label,
      });
    }
  }
  const frontier = paretoFrontier(
    points.map((p) => ({ ...p, id: p.modelId })),
    benchmark.higherIsBetter,
  );
  const onFrontier = new Set(frontier.map((p) => p.modelId));
  for (const p of points) p.onFrontier = onFrontier.has(p.modelId);
  return {
    benchmarkId,
    benchmarkName: benchmark.name,
    unit: benchmark.unit,
    basis: like?.basis ? basisLabel(like.basis) : null,
    xLabel,
    points,
    frontier: points.filter((p) => p.onFrontier).sort((a, b) => a.x - b.x),
    leftOut,
  };
}

/** What a price chart plots, in the words of its title ("SWE-bench Verified vs input price"). */
export const PRICE_MODE_NAME: Record<PriceMode, string> = {
  blended: 'blended price (3 input : 1 output)',
  input: 'input price',
  output: 'output price',
};

/** The x-axis label of a price chart: what it plots, with the unit. */
export function priceAxisLabel(mode: PriceMode): string {
  const name = PRICE_MODE_NAME[mode];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}, USD per 1M tokens`;
}

/** Whose prices the chart plots, in words: the axis and the title say it. */
export function sellerPhrase(seller: string | null, prices: CompareData['prices'] = {}): string {
  if (seller === null) return "each lab's own list price";
  if (seller === 'cheapest') return 'the cheapest seller per model';
  const name = Object.values(prices).find((p) => p.seller.id === seller)?.seller.name ?? seller;
  return `${name}'s prices only`;
}

export function priceScatter(data: CompareData, yScores: readonly ScoreView[]): ScatterData | null {
  return scatter(
    data,
    yScores,
    (id) => priceFor(data.prices[id], data.state.price, data.state.seller),
    `${priceAxisLabel(data.state.price)}, ${sellerPhrase(data.state.seller, data.prices)}`,
  );
}

export function paramsScatter(data: CompareData, yScores: readonly ScoreView[]): ScatterData | null {
  return scatter(
    data,
    yScores,
    (id) => {
      const m = data.modelOptions.find((o) => o.id === id);
      if (!m || m.activeParams === null) return { ok: false, reason: 'active parameters not published' };
      return { ok: true, value: m.activeParams, display: `${formatParams(m.activeParams)} active`, approx: !m.activeParamsExact };
    },
    'Active parameters (billions, log scale)',
  );
}

/**
 * The label each scatter point carries. Points that would sit on top of each other (models of
 * the same size, or the same price, with close scores) would print their names over each
 * other: such a cluster is labelled once, on its highest point, with every name in it, from
 * the highest score down. Positions are compared on the chart's own scales: x logarithmic over
 * `xDomain`, y linear over the points' range.
 */
export function scatterLabels(
  points: readonly Pick<ScatterDatum, 'modelId' | 'label' | 'x' | 'y'>[],
  xDomain: readonly [number, number],
  /** How close, as a share of the x axis, two points must be to share a label. */
  xNear = 0.05,
  /** The y axis's range when it is fixed (0 to 100); else the points' own range. */
  yDomain?: readonly [number, number],
): Map<string, string> {
  const [lo, hi] = xDomain;
  const xSpan = Math.log(hi / lo) || 1;
  const ys = points.map((p) => p.y);
  const ySpan = (yDomain ? yDomain[1] - yDomain[0] : Math.max(...ys) - Math.min(...ys)) || 1;
  const near = (a: (typeof points)[number], b: (typeof points)[number]) =>
    Math.abs(Math.log(a.x / b.x)) / xSpan < xNear && Math.abs(a.y - b.y) / ySpan < 0.15;
  const byHeight = [...points].sort((a, b) => b.y - a.y);
  const labels = new Map<string, string>();
  const placed = new Set<string>();
  for (const top of byHeight) {
    if (placed.has(top.modelId)) continue;
    // Grow the cluster from its top point: a point near any member belongs to it.
    const members = [top];
    placed.add(top.modelId);
    for (let i = 0; i < members.length; i++) {
      for (const p of byHeight) {
        if (placed.has(p.modelId) || !near(members[i]!, p)) continue;
        members.push(p);
        placed.add(p.modelId);
      }
    }
    members.sort((a, b) => b.y - a.y);
    labels.set(top.modelId, members.map((m) => m.label).join(' · '));
    for (const m of members.slice(1)) labels.set(m.modelId, '');
  }
  return labels;
}

/**
 * The organizations a chart's points belong to, in order of first appearance: its colour key.
 * Organizations without a colour of their own share the "other" grey, so they share one entry.
 */
export function chartLegend(points: ReadonlyArray<{ org: string; orgName: string }>): Array<{ org: string; label: string }> {
  const seen = new Map<string, string[]>();
  for (const p of points) {
    const key = orgColor(p.org) === orgColor('other') ? 'other' : p.org;
    const names = seen.get(key) ?? [];
    if (!names.includes(p.orgName)) names.push(p.orgName);
    seen.set(key, names);
  }
  return [...seen].map(([org, names]) => ({ org, label: names.join(', ') }));
}

/** A scatter's log x axis: the points' range widened by 1.6x on either side. */
export function scatterXDomain(points: ReadonlyArray<{ x: number }>): [number, number] {
  const xs = points.map((p) => p.x);
  return xs.length ? [Math.min(...xs) / 1.6, Math.max(...xs) * 1.6] : [0.1, 10];
}

/** Mantissas for log-axis ticks, sparse to dense: the densest needed to label a narrow range (prices within 2x of each other). */
const TICK_MANTISSAS = [
  [1, 2, 5],
  [1, 1.5, 2, 3, 5, 7],
  [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9],
];

export function logTicks(min: number, max: number): number[] {
  // A log axis has no zero: a non-positive or infinite bound would make the decade loop endless.
  if (!(min > 0) || !Number.isFinite(max) || max < min) return [];
  let ticks: number[] = [];
  for (const mantissas of TICK_MANTISSAS) {
    ticks = [];
    for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
      for (const m of mantissas) {
        const t = m * 10 ** e;
        if (t >= min * 0.999 && t <= max * 1.001) ticks.push(Number(t.toPrecision(3)));
      }
    }
    if (ticks.length >= 3) break;
  }
  return ticks;
}

/** The x tick text of a scatter: dollars per 1M tokens, or billions of parameters. */
export function formatScatterX(v: number, xFormat: 'usd' | 'params'): string {
  return xFormat === 'usd' ? `$${v < 1 ? v.toPrecision(2) : v < 10 ? String(Number(v.toFixed(2))) : v.toFixed(0)}` : `${v}B`;
}
