/**
 * The permalink contract (docs/ARCHITECTURE.md, "Permalinks"): every piece of view state lives in the URL.
 *
 * parse*(params) never throws: each parameter goes through an allowlist that coerces and falls
 * back, and whatever it had to drop is reported so the page can say so. serialize*(state) writes
 * the one canonical form: fixed key order, defaults omitted, lists joined with "~".
 * The same functions serve server pages, client controls, exports, embeds and preview images.
 *
 * Checking ids against the data (does this model exist in this version?) is the second step,
 * `resolveCompareState`, because it needs the catalog the server reads from the database.
 */

import { BENCHMARK_CATEGORIES, type BenchmarkCategoryId } from './categories';

export type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

export interface ViewIssue {
  /** The URL parameter, e.g. "models". */
  param: string;
  /** The offending value as received (truncated for display). */
  value: string;
  reason: string;
}

const LIST_SEPARATOR = '~';
const MAX_PARAM_LENGTH = 2000;
const MAX_LIST_ITEMS = 60;
const SLUG = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const VERSION_ID = /^\d{4}-\d{2}$/;

function getParam(params: SearchParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) {
    const all = params.getAll(key);
    return all.length === 0 ? undefined : all[all.length - 1];
  }
  const value = params[key];
  if (Array.isArray(value)) return value[value.length - 1];
  return value;
}

function paramCount(params: SearchParams, key: string): number {
  if (params instanceof URLSearchParams) return params.getAll(key).length;
  const value = params[key];
  return value === undefined ? 0 : Array.isArray(value) ? value.length : 1;
}

function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** A "~" list of slugs: malformed items and repeats are dropped and reported. */
function parseSlugList(params: SearchParams, key: string, issues: ViewIssue[]): string[] {
  const raw = getParam(params, key);
  if (raw === undefined) return [];
  if (paramCount(params, key) > 1)
    issues.push({ param: key, value: shown(raw), reason: 'given more than once; the last one was used' });
  if (raw.length > MAX_PARAM_LENGTH) {
    issues.push({ param: key, value: shown(raw), reason: 'too long; ignored' });
    return [];
  }
  const out: string[] = [];
  for (const item of raw.split(LIST_SEPARATOR)) {
    const id = item.trim().toLowerCase();
    if (id === '') continue;
    if (!SLUG.test(id)) {
      issues.push({ param: key, value: shown(item), reason: 'not a valid id' });
      continue;
    }
    if (out.includes(id)) continue;
    if (out.length >= MAX_LIST_ITEMS) {
      issues.push({ param: key, value: shown(item), reason: `more than ${MAX_LIST_ITEMS} items; the rest were ignored` });
      break;
    }
    out.push(id);
  }
  return out;
}

function parseEnum<T extends string>(
  params: SearchParams,
  key: string,
  allowed: readonly T[],
  fallback: T,
  issues: ViewIssue[],
): T {
  const raw = getParam(params, key);
  if (raw === undefined || raw === '') return fallback;
  const value = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  issues.push({ param: key, value: shown(raw), reason: `not one of ${allowed.join(', ')}` });
  return fallback;
}

function parseFlag(params: SearchParams, key: string, issues: ViewIssue[]): boolean {
  const raw = getParam(params, key);
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  issues.push({ param: key, value: shown(raw), reason: 'must be 1 or 0' });
  return false;
}

function parseVersion(params: SearchParams, issues: ViewIssue[]): string | null {
  const raw = getParam(params, 'v');
  if (raw === undefined || raw === '') return null;
  const value = raw.trim();
  if (VERSION_ID.test(value)) return value;
  issues.push({ param: 'v', value: shown(raw), reason: 'not a data version (YYYY-MM)' });
  return null;
}

function parseNumber(
  params: SearchParams,
  key: string,
  { min, max, fallback, integer = false }: { min: number; max: number; fallback: number; integer?: boolean },
  issues: ViewIssue[],
): number {
  const raw = getParam(params, key);
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.trim());
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    issues.push({ param: key, value: shown(raw), reason: integer ? 'not a whole number' : 'not a number' });
    return fallback;
  }
  if (n < min || n > max) {
    issues.push({ param: key, value: shown(raw), reason: `outside ${min}–${max}` });
    return Math.min(max, Math.max(min, n));
  }
  return n;
}

/** Writes params in the given key order, skipping empty values. */
function build(entries: Array<[string, string | null | undefined]>): string {
  const parts: string[] = [];
  for (const [key, value] of entries) {
    if (value === null || value === undefined || value === '') continue;
    // "~" and "-" and "." and ":" are safe in query strings; keep permalinks readable.
    parts.push(`${key}=${encodeURIComponent(value).replace(/%7E/gi, '~').replace(/%3A/gi, ':')}`);
  }
  return parts.join('&');
}

export function withQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}

// ======================================================================== /compare

export const CATEGORIES = BENCHMARK_CATEGORIES;
export type Category = BenchmarkCategoryId;

export const CHART_TYPES = ['bar', 'price', 'params'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const PRICE_MODES = ['blended', 'input', 'output'] as const;
export type PriceMode = (typeof PRICE_MODES)[number];

/** like: each column compares only values measured the same way (lib/compare/like-for-like.ts); all: every headline value. */
export const MATCH_MODES = ['like', 'all'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

/**
 * The first data version whose views compare like-for-like unless the URL says `match=all`.
 * Permalinks pinned to an older version showed every value, and without a `match` they still do.
 */
export const LIKE_FOR_LIKE_SINCE = '2026-12';

export function defaultMatch(version: string | null): MatchMode {
  return version !== null && version < LIKE_FOR_LIKE_SINCE ? 'all' : 'like';
}

export interface SortState {
  /** "name", a benchmark id, or "benchmark:variant" when variants are shown. */
  column: string;
  desc: boolean;
}

export interface CompareState {
  /** Chosen model ids in display order; empty means the default selection. */
  models: string[];
  /** Chosen benchmark ids; empty means the categories' benchmarks, or the default set. */
  benchmarks: string[];
  categories: Category[];
  /** Show setting variants (with tools, thinking on/off) as columns of their own. */
  variants: boolean;
  sort: SortState | null;
  chart: ChartType;
  /** The benchmark on the scatter charts' y axis; null means the first shown benchmark. */
  y: string | null;
  price: PriceMode;
  /**
   * Whose price the price chart uses: null is each model's own lab's list price, "cheapest" the
   * cheapest seller per model, any other id that seller's price (lib/queries/chart-prices.ts).
   */
  seller: string | null;
  /** Scatter charts: the y axis spans only the values' range instead of starting at 0 (percentages). */
  zoom: boolean;
  /** Like-for-like or every value; null means the version's default (defaultMatch). */
  match: MatchMode | null;
  /** The data version; null means the latest. */
  v: string | null;
}

export const DEFAULT_COMPARE_STATE: CompareState = {
  models: [],
  benchmarks: [],
  categories: [],
  variants: false,
  sort: null,
  chart: 'bar',
  y: null,
  price: 'blended',
  seller: null,
  zoom: false,
  match: null,
  v: null,
};

const SORT_COLUMN = /^(?:name|[a-z0-9]+(?:[.-][a-z0-9]+)*(?::[a-z0-9]+(?:[+-][a-z0-9]+)*)?)$/;

function parseSort(params: SearchParams, issues: ViewIssue[]): SortState | null {
  const raw = getParam(params, 'sort');
  if (raw === undefined || raw === '') return null;
  const value = raw.trim().toLowerCase();
  const desc = value.startsWith('-');
  const column = desc ? value.slice(1) : value;
  if (column.length > 200 || !SORT_COLUMN.test(column)) {
    issues.push({ param: 'sort', value: shown(raw), reason: 'not a column' });
    return null;
  }
  return { column, desc };
}

export function parseCompareState(params: SearchParams): { state: CompareState; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const categories = parseSlugList(params, 'categories', issues)
    .filter((c): c is Category => {
      if ((CATEGORIES as readonly string[]).includes(c)) return true;
      issues.push({ param: 'categories', value: c, reason: `not a category (${CATEGORIES.join(', ')})` });
      return false;
    })
    .sort((a, b) => CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b));
  const yRaw = getParam(params, 'y');
  let y: string | null = null;
  if (yRaw !== undefined && yRaw !== '') {
    const candidate = yRaw.trim().toLowerCase();
    if (SLUG.test(candidate)) y = candidate;
    else issues.push({ param: 'y', value: shown(yRaw), reason: 'not a valid benchmark id' });
  }
  const state: CompareState = {
    models: parseSlugList(params, 'models', issues),
    benchmarks: parseSlugList(params, 'benchmarks', issues),
    categories,
    variants: parseFlag(params, 'variants', issues),
    sort: parseSort(params, issues),
    chart: parseEnum(params, 'chart', CHART_TYPES, DEFAULT_COMPARE_STATE.chart, issues),
    y,
    price: parseEnum(params, 'price', PRICE_MODES, DEFAULT_COMPARE_STATE.price, issues),
    seller: parseSlug(params, 'seller', issues),
    zoom: parseFlag(params, 'zoom', issues),
    match: getParam(params, 'match') ? parseEnum<MatchMode>(params, 'match', MATCH_MODES, 'like', issues) : null,
    v: parseVersion(params, issues),
  };
  // The version's default is written as no parameter at all: one view, one URL.
  if (state.match === defaultMatch(state.v)) state.match = null;
  return { state, issues };
}

export function serializeSort(sort: SortState | null): string | null {
  return sort ? `${sort.desc ? '-' : ''}${sort.column}` : null;
}

/** The canonical query string of a compare view (without "?"). */
export function serializeCompareState(state: CompareState): string {
  return build([
    ['models', state.models.join(LIST_SEPARATOR)],
    ['benchmarks', state.benchmarks.join(LIST_SEPARATOR)],
    ['categories', [...state.categories].sort((a, b) => CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b)).join(LIST_SEPARATOR)],
    ['variants', state.variants ? '1' : null],
    ['sort', serializeSort(state.sort)],
    ['chart', state.chart === DEFAULT_COMPARE_STATE.chart ? null : state.chart],
    ['y', state.y],
    ['price', state.price === DEFAULT_COMPARE_STATE.price ? null : state.price],
    ['seller', state.seller],
    ['zoom', state.zoom ? '1' : null],
    ['match', state.match === null || state.match === defaultMatch(state.v) ? null : state.match],
    ['v', state.v],
  ]);
}

/** The list with `id` removed if it is there, else added at the end: how every multi-select in a view changes. */
export function toggleId<T extends string>(list: readonly T[], id: T): T[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

export function compareUrl(state: CompareState, path = '/compare'): string {
  return withQuery(path, serializeCompareState(state));
}

/**
 * A quick pick, named rather than spelled out: a group of models (lib/compare/quick-picks.ts) or the
 * models and benchmarks of one model's launch chart.
 */
export type QuickPick = { group: string } | { launch: string };

/**
 * The state with what a pick replaces cleared: a group replaces the models; a launch chart the models,
 * the benchmarks, the categories and the sort.
 */
export function withoutPicked(pick: QuickPick, state: CompareState): CompareState {
  return 'group' in pick ? { ...state, models: [] } : { ...state, models: [], benchmarks: [], categories: [], sort: null };
}

/**
 * The link of a quick pick from a view: /compare/pick answers it with a redirect to the view with the
 * pick applied. The page carries the pick's name, not its list, so its size does not grow with the
 * catalogue; the state keeps everything the pick does not replace.
 */
export function quickPickUrl(pick: QuickPick, state: CompareState): string {
  const kept = withoutPicked(pick, state);
  const name = build(['group' in pick ? ['group', pick.group] : ['launch', pick.launch]]);
  const query = serializeCompareState(kept);
  return withQuery('/compare/pick', query ? `${name}&${query}` : name);
}

/** The pick a /compare/pick request names (null when it names none or both), and the view state it starts from. */
export function parseQuickPick(params: SearchParams): { pick: QuickPick | null; state: CompareState; issues: ViewIssue[] } {
  const group = getParam(params, 'group');
  const launch = getParam(params, 'launch');
  const { state, issues } = parseCompareState(params);
  const pick = group && !launch ? { group } : launch && !group ? { launch } : null;
  return { pick, state, issues };
}

/** The CSV or JSON download of exactly the rows a compare view shows. */
export function compareExportUrl(state: CompareState, format: 'csv' | 'json'): string {
  const query = serializeCompareState(state);
  return `/compare/export?${query ? `${query}&` : ''}format=${format}`;
}

/** What the data offers, for checking a parsed state's ids. */
export interface CompareCatalog {
  versions: readonly string[];
  models: ReadonlySet<string>;
  benchmarks: ReadonlySet<string>;
  /** Variant keys that exist per benchmark, for "benchmark:variant" sort columns. */
  variantColumns: ReadonlySet<string>;
}

/** Drops ids the chosen data version does not know, reporting each. */
export function resolveCompareState(state: CompareState, catalog: CompareCatalog): { state: CompareState; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const keep = (param: string, ids: string[], known: ReadonlySet<string>, what: string) =>
    ids.filter((id) => {
      if (known.has(id)) return true;
      issues.push({ param, value: id, reason: `no ${what} with this id in this data version` });
      return false;
    });
  let v = state.v;
  if (v !== null && !catalog.versions.includes(v)) {
    issues.push({ param: 'v', value: v, reason: 'no such data version; showing the latest' });
    v = null;
  }
  const models = keep('models', state.models, catalog.models, 'model');
  const benchmarks = keep('benchmarks', state.benchmarks, catalog.benchmarks, 'benchmark');
  let y = state.y;
  if (y !== null && !catalog.benchmarks.has(y)) {
    issues.push({ param: 'y', value: y, reason: 'no benchmark with this id in this data version' });
    y = null;
  }
  let sort = state.sort;
  if (sort && sort.column !== 'name' && !catalog.benchmarks.has(sort.column) && !catalog.variantColumns.has(sort.column)) {
    issues.push({ param: 'sort', value: sort.column, reason: 'no such column' });
    sort = null;
  }
  return { state: { ...state, models, benchmarks, y, sort, v }, issues };
}

// ======================================================================== /pricing: the cost of one model, every way of buying it

export const COST_PERIODS = ['day', 'month'] as const;
export type CostPeriod = (typeof COST_PERIODS)[number];

export interface CostState {
  /** The model whose ways of buying are compared; null means the page's default. */
  model: string | null;
  /** Input tokens per `per`, in millions (cached ones included). */
  input: number;
  /** Output tokens per `per`, in millions. */
  output: number;
  /**
   * What `input` and `output` count: a day's tokens (the default), or a month's. Links made before
   * the cost page counted a month and carry `in`/`out` without `per`: they still mean a month.
   */
  per: CostPeriod;
  /** Share of input tokens served from cache, 0-100. */
  cache: number;
  /** Days a month the workload runs. */
  days: number;
  /** Self-hosting: the planner's precision, context length and GPU (null: the first GPU listed). */
  precision: PlannerPrecision;
  context: number;
  gpu: string | null;
  /** Price of one GPU for one hour, in USD; null until the user gives one (no source gives it). */
  gpuHour: number | null;
  /** Tokens a second one deployment serves; null until the user gives one (no source gives it). */
  tps: number | null;
  v: string | null;
}

/** Volumes per period when the URL gives none: a day's default, and the old calculator's monthly default. */
export const DEFAULT_VOLUME: Record<CostPeriod, { input: number; output: number }> = {
  day: { input: 10, output: 2 },
  month: { input: 100, output: 20 },
};

export const DEFAULT_COST_STATE: CostState = {
  model: null,
  input: DEFAULT_VOLUME.day.input,
  output: DEFAULT_VOLUME.day.output,
  per: 'day',
  cache: 0,
  days: 30,
  precision: 'bf16',
  context: 32768,
  gpu: null,
  gpuHour: null,
  tps: null,
  v: null,
};

function parseOptionalNumber(
  params: SearchParams,
  key: string,
  { min, max }: { min: number; max: number },
  issues: ViewIssue[],
): number | null {
  const raw = getParam(params, key);
  if (raw === undefined || raw.trim() === '') return null;
  const n = Number(raw.trim());
  if (!Number.isFinite(n)) {
    issues.push({ param: key, value: shown(raw), reason: 'not a number; left empty' });
    return null;
  }
  if (n < min || n > max) {
    issues.push({ param: key, value: shown(raw), reason: `outside ${min}–${max}` });
    return Math.min(max, Math.max(min, n));
  }
  return n;
}

export function parseCostState(params: SearchParams): { state: CostState; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const hasVolume = ['in', 'out'].some((k) => (getParam(params, k) ?? '').trim() !== '');
  // No `per`: a link with volumes predates the cost page and counted a month.
  const per = getParam(params, 'per')
    ? parseEnum(params, 'per', COST_PERIODS, hasVolume ? 'month' : 'day', issues)
    : hasVolume
      ? 'month'
      : 'day';
  const volume = DEFAULT_VOLUME[per];
  return {
    state: {
      model: parseSlug(params, 'model', issues),
      input: parseNumber(params, 'in', { min: 0, max: 1_000_000, fallback: volume.input }, issues),
      output: parseNumber(params, 'out', { min: 0, max: 1_000_000, fallback: volume.output }, issues),
      per,
      cache: parseNumber(params, 'cache', { min: 0, max: 100, fallback: DEFAULT_COST_STATE.cache }, issues),
      days: parseNumber(params, 'days', { min: 1, max: 31, fallback: DEFAULT_COST_STATE.days }, issues),
      precision: parseEnum(params, 'precision', PLANNER_PRECISIONS, DEFAULT_COST_STATE.precision, issues),
      context: parseNumber(
        params,
        'ctx',
        { min: 1, max: 10_000_000, fallback: DEFAULT_COST_STATE.context, integer: true },
        issues,
      ),
      gpu: parseSlug(params, 'gpu', issues),
      gpuHour: parseOptionalNumber(params, 'gpuh', { min: 0, max: 1000 }, issues),
      tps: parseOptionalNumber(params, 'tps', { min: 0.001, max: 100_000_000 }, issues),
      v: parseVersion(params, issues),
    },
    issues,
  };
}

export function serializeCostState(state: CostState): string {
  const num = (n: number, fallback: number) => (n === fallback ? null : String(n));
  const volume = DEFAULT_VOLUME[state.per];
  const input = num(state.input, volume.input);
  const output = num(state.output, volume.output);
  const implied: CostPeriod = input !== null || output !== null ? 'month' : 'day';
  return build([
    ['model', state.model],
    ['in', input],
    ['out', output],
    ['per', state.per === implied ? null : state.per],
    ['cache', num(state.cache, DEFAULT_COST_STATE.cache)],
    ['days', num(state.days, DEFAULT_COST_STATE.days)],
    ['precision', state.precision === DEFAULT_COST_STATE.precision ? null : state.precision],
    ['ctx', num(state.context, DEFAULT_COST_STATE.context)],
    ['gpu', state.gpu],
    ['gpuh', state.gpuHour === null ? null : String(state.gpuHour)],
    ['tps', state.tps === null ? null : String(state.tps)],
    ['v', state.v],
  ]);
}

/** The workload in millions of tokens a day and a month, whichever way the URL gave it. */
export function costVolumes(state: CostState): {
  inputPerDay: number;
  outputPerDay: number;
  inputPerMonth: number;
  outputPerMonth: number;
} {
  const clean = (n: number) => (n === 0 ? 0 : Number(n.toPrecision(12)));
  return state.per === 'day'
    ? {
        inputPerDay: state.input,
        outputPerDay: state.output,
        inputPerMonth: clean(state.input * state.days),
        outputPerMonth: clean(state.output * state.days),
      }
    : {
        inputPerDay: clean(state.input / state.days),
        outputPerDay: clean(state.output / state.days),
        inputPerMonth: state.input,
        outputPerMonth: state.output,
      };
}

// ======================================================================== /hardware planner

export const PLANNER_PRECISIONS = ['bf16', 'fp8', 'int8', 'int4'] as const;
export type PlannerPrecision = (typeof PLANNER_PRECISIONS)[number];

export interface HardwareState {
  model: string | null;
  precision: PlannerPrecision;
  /** Context length in tokens. */
  context: number;
  gpu: string | null;
  v: string | null;
}

export const DEFAULT_HARDWARE_STATE: HardwareState = { model: null, precision: 'bf16', context: 32768, gpu: null, v: null };

function parseSlug(params: SearchParams, key: string, issues: ViewIssue[]): string | null {
  const raw = getParam(params, key);
  if (raw === undefined || raw === '') return null;
  const value = raw.trim().toLowerCase();
  if (SLUG.test(value) && value.length <= 100) return value;
  issues.push({ param: key, value: shown(raw), reason: 'not a valid id' });
  return null;
}

export function parseHardwareState(params: SearchParams): { state: HardwareState; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  return {
    state: {
      model: parseSlug(params, 'model', issues),
      precision: parseEnum(params, 'precision', PLANNER_PRECISIONS, DEFAULT_HARDWARE_STATE.precision, issues),
      context: parseNumber(
        params,
        'ctx',
        { min: 1, max: 10_000_000, fallback: DEFAULT_HARDWARE_STATE.context, integer: true },
        issues,
      ),
      gpu: parseSlug(params, 'gpu', issues),
      v: parseVersion(params, issues),
    },
    issues,
  };
}

export function serializeHardwareState(state: HardwareState): string {
  return build([
    ['model', state.model],
    ['precision', state.precision === DEFAULT_HARDWARE_STATE.precision ? null : state.precision],
    ['ctx', state.context === DEFAULT_HARDWARE_STATE.context ? null : String(state.context)],
    ['gpu', state.gpu],
    ['v', state.v],
  ]);
}

// ======================================================================== pages that only take a version

export function parseVersionOnly(params: SearchParams): { v: string | null; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  return { v: parseVersion(params, issues), issues };
}

export function serializeVersionOnly(v: string | null): string {
  return build([['v', v]]);
}

// ======================================================================== /changelog

export interface ChangelogState {
  from: string | null;
  to: string | null;
  /** Show every changed value of one model (by default the many added values are only counted). */
  model: string | null;
}

export function parseChangelogState(params: SearchParams): { state: ChangelogState; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const version = (key: string) => {
    const raw = getParam(params, key);
    if (raw === undefined || raw === '') return null;
    if (VERSION_ID.test(raw.trim())) return raw.trim();
    issues.push({ param: key, value: shown(raw), reason: 'not a data version (YYYY-MM)' });
    return null;
  };
  return { state: { from: version('from'), to: version('to'), model: parseSlug(params, 'model', issues) }, issues };
}

export function serializeChangelogState(state: ChangelogState): string {
  return build([
    ['from', state.from],
    ['to', state.to],
    ['model', state.model],
  ]);
}

// ======================================================================== model lists (/ and /models)

export const MODEL_LIST_COLUMNS = ['name', 'org', 'total', 'active', 'context', 'license', 'released', 'scores'] as const;
export type ModelListColumn = (typeof MODEL_LIST_COLUMNS)[number];

export const WEIGHTS_FILTERS = ['all', 'open', 'closed'] as const;
export type WeightsFilter = (typeof WEIGHTS_FILTERS)[number];

/** Size classes by total parameters (billions): small under 50, medium 50 to 300, large over 300. */
export const SIZE_FILTERS = ['any', 'small', 'medium', 'large'] as const;
export type SizeFilter = (typeof SIZE_FILTERS)[number];
export const SIZE_BOUNDS: Record<Exclude<SizeFilter, 'any'>, { min: number; max: number; label: string }> = {
  small: { min: 0, max: 50, label: 'under 50B total' },
  medium: { min: 50, max: 300, label: '50B–300B total' },
  large: { min: 300, max: Infinity, label: 'over 300B total' },
};

export interface ModelListState {
  /** Organization ids; empty means every organization. */
  org: string[];
  weights: WeightsFilter;
  size: SizeFilter;
  /** Null means the default order (newest release first). */
  sort: { column: ModelListColumn; desc: boolean } | null;
}

export const DEFAULT_MODEL_LIST_STATE: ModelListState = { org: [], weights: 'all', size: 'any', sort: null };

export function parseModelListState(params: SearchParams): { state: ModelListState; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const rawSort = getParam(params, 'sort');
  let sort: ModelListState['sort'] = null;
  if (rawSort !== undefined && rawSort !== '') {
    const value = rawSort.trim().toLowerCase();
    const desc = value.startsWith('-');
    const column = desc ? value.slice(1) : value;
    if ((MODEL_LIST_COLUMNS as readonly string[]).includes(column)) sort = { column: column as ModelListColumn, desc };
    else issues.push({ param: 'sort', value: shown(rawSort), reason: `not one of ${MODEL_LIST_COLUMNS.join(', ')}` });
  }
  const org = parseSlugList(params, 'org', issues).sort();
  return {
    state: {
      org,
      weights: parseEnum(params, 'weights', WEIGHTS_FILTERS, DEFAULT_MODEL_LIST_STATE.weights, issues),
      size: parseEnum(params, 'size', SIZE_FILTERS, DEFAULT_MODEL_LIST_STATE.size, issues),
      sort,
    },
    issues,
  };
}

/** Drops organization ids the data does not know, reporting each. */
export function resolveModelListState(
  state: ModelListState,
  organizations: ReadonlySet<string>,
): { state: ModelListState; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const org = state.org.filter((id) => {
    if (organizations.has(id)) return true;
    issues.push({ param: 'org', value: id, reason: 'no organization with this id in this data version' });
    return false;
  });
  return { state: { ...state, org }, issues };
}

/** The canonical query string of a model list (without "?"). */
export function serializeModelListState(state: ModelListState): string {
  return build([
    ['org', [...state.org].sort().join(LIST_SEPARATOR)],
    ['weights', state.weights === DEFAULT_MODEL_LIST_STATE.weights ? null : state.weights],
    ['size', state.size === DEFAULT_MODEL_LIST_STATE.size ? null : state.size],
    ['sort', state.sort ? `${state.sort.desc ? '-' : ''}${state.sort.column}` : null],
  ]);
}

// ======================================================================== /search

export const MAX_SEARCH_LENGTH = 100;

export interface SearchState {
  q: string;
}

export function parseSearchState(params: SearchParams): { state: SearchState; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const raw = getParam(params, 'q') ?? '';
  let q = raw.replace(/\s+/g, ' ').trim();
  if (q.length > MAX_SEARCH_LENGTH) {
    issues.push({ param: 'q', value: shown(raw), reason: `longer than ${MAX_SEARCH_LENGTH} characters; shortened` });
    q = q.slice(0, MAX_SEARCH_LENGTH);
  }
  return { state: { q }, issues };
}

export function serializeSearchState(state: SearchState): string {
  return build([['q', state.q.trim()]]);
}
