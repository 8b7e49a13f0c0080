/**
 * The like-for-like engine: for a set of models and one benchmark, which values may be compared,
 * and why. Pure functions over plain rows (no database, no React), shared by /compare, the
 * head-to-head pages, the verdicts, the API and the tests.
 *
 * The rules, in order of preference:
 * 1. One source measured the models together: values read from the same chart or table of the
 *    same source (and on the same side of its "with tools" split) are comparable as that source
 *    chose to compare them. An article that compiles other sources' numbers measured nothing.
 * 2. Otherwise values whose stated settings are equal on every dimension that changes a result
 *    (thinking, effort, tools, harness, metric, window, subset, context). A setting one source
 *    states and the other leaves unstated does not match, and values stating no setting at all
 *    cannot be matched by settings.
 * 3. Otherwise the benchmark is not comparable for these models, with the settings that differ.
 * The basis that brings the most models together wins; a source beats settings on a tie.
 * A model with no value is "not reported", never "not comparable". Every outcome carries its reason.
 */
import { quantitiesAgree } from '../data/rules';

export const MATCH_KEYS = ['thinking', 'effort', 'tools', 'harness', 'metric', 'window', 'subset', 'context'] as const;
export type MatchKey = (typeof MATCH_KEYS)[number];
export type MatchSettings = { [K in MatchKey]: K extends 'tools' ? boolean | null : string | null };

/** One sourced value a comparison may use. */
export interface Candidate {
  /** Stable id of the score row (unique within a data version). */
  scoreId: string;
  modelId: string;
  value: number;
  upper: number | null;
  exactness: string;
  disputed: boolean;
  /** The row the site shows for this model and benchmark when nothing else decides. */
  headline: boolean;
  sourceId: string;
  sourceTitle: string;
  /** The source's kind: an `article` compiles other sources' numbers, so it never counts as measuring models together. */
  sourceKind?: string;
  figure: string | null;
  settings: MatchSettings;
}

export type Basis =
  | { kind: 'source'; sourceId: string; sourceTitle: string; figure: string | null; settings: Partial<MatchSettings> }
  | { kind: 'settings'; settings: MatchSettings };

export type OutcomeStatus = 'compared' | 'unpaired' | 'excluded' | 'not-reported';

export interface ModelOutcome {
  modelId: string;
  status: OutcomeStatus;
  /** The value used (compared, unpaired) or the value that was left out (excluded). */
  value: Candidate | null;
  reason: string;
}

export interface BenchmarkComparison {
  benchmarkId: string;
  /** At least two models have values that may be compared. */
  comparable: boolean;
  basis: Basis | null;
  /** Why these values are comparable, or why none are. */
  reason: string;
  /** One per requested model, in the requested order. */
  outcomes: ModelOutcome[];
}

// ------------------------------------------------------------------ describing settings

function settingPhrase(key: MatchKey, value: string | boolean | null): string {
  if (value === null) return `${key === 'tools' ? 'tool use' : key} not stated`;
  switch (key) {
    case 'thinking':
      return value === 'on' ? 'thinking on' : 'thinking off';
    case 'tools':
      return value ? 'with tools' : 'without tools';
    case 'effort':
      return `${value} effort`;
    case 'harness':
      return `harness ${value}`;
    case 'metric':
      return String(value);
    case 'window':
      return `version/window ${value}`;
    case 'subset':
      return `${value} subset`;
    case 'context':
      return `${value} context`;
  }
}

/** "thinking on · with tools · harness Terminus 2": the stated settings only. */
export function describeSettings(settings: Partial<MatchSettings>): string {
  const parts = MATCH_KEYS.flatMap((k) => {
    const v = settings[k];
    return v === null || v === undefined ? [] : [settingPhrase(k, v)];
  });
  return parts.length > 0 ? parts.join(' · ') : 'no stated settings';
}

function signature(settings: MatchSettings): string {
  return JSON.stringify(MATCH_KEYS.map((k) => settings[k]));
}

function statesAnySetting(settings: MatchSettings): boolean {
  return MATCH_KEYS.some((k) => settings[k] !== null);
}

/** The settings on which two values differ, as "A measured with tools, B without tools". */
export function settingsDifference(
  a: Partial<MatchSettings>,
  b: Partial<MatchSettings>,
): Array<{ key: MatchKey; a: string; b: string }> {
  return MATCH_KEYS.flatMap((k) => {
    const av = a[k] ?? null;
    const bv = b[k] ?? null;
    return av === bv ? [] : [{ key: k, a: settingPhrase(k, av), b: settingPhrase(k, bv) }];
  });
}

function differenceText(nameA: string, a: Partial<MatchSettings>, nameB: string, b: Partial<MatchSettings>): string {
  const diff = settingsDifference(a, b);
  if (diff.length === 0) return `${nameA} and ${nameB} come from different sources that state no setting in common`;
  return diff
    .slice(0, 3)
    .map((d) => `${nameA} ${d.a}, ${nameB} ${d.b}`)
    .join('; ');
}

/** The settings every value of a group shares (a key whose values differ is left out). */
function commonSettings(values: readonly Candidate[]): Partial<MatchSettings> {
  const out: Partial<MatchSettings> = {};
  for (const k of MATCH_KEYS) {
    const first = values[0]?.settings[k] ?? null;
    if (values.every((v) => v.settings[k] === first)) (out as Record<MatchKey, unknown>)[k] = first;
  }
  return out;
}

// ------------------------------------------------------------------ choosing a basis

interface Group {
  key: string;
  basis: Basis;
  /** The one value per model this basis would compare. */
  chosen: Map<string, Candidate>;
}

/** A model's value within a group: the one the site shows if it is there, else the first in authored order. */
function addTo(group: Map<string, Candidate>, c: Candidate) {
  const have = group.get(c.modelId);
  if (!have || (!have.headline && c.headline)) group.set(c.modelId, c);
}

function toolsKey(tools: boolean | null): string {
  return tools === null ? '?' : tools ? 'with' : 'without';
}

type SettingsGroups = Map<string, { settings: MatchSettings; chosen: Map<string, Candidate> }>;

function addSettingsGroup(bySettings: SettingsGroups, c: Candidate) {
  if (!statesAnySetting(c.settings)) return;
  const settingsKey = `settings\u0000${signature(c.settings)}`;
  let g = bySettings.get(settingsKey);
  if (!g) bySettings.set(settingsKey, (g = { settings: c.settings, chosen: new Map() }));
  addTo(g.chosen, c);
}

function candidateGroups(values: readonly Candidate[]): Group[] {
  const bySource = new Map<string, { first: Candidate; chosen: Map<string, Candidate> }>();
  const bySettings: SettingsGroups = new Map();
  for (const c of values) {
    if (c.sourceKind === 'article') {
      addSettingsGroup(bySettings, c);
      continue;
    }
    const sourceKey = `source\u0000${c.sourceId}\u0000${c.figure ?? ''}\u0000${toolsKey(c.settings.tools)}`;
    let s = bySource.get(sourceKey);
    if (!s) bySource.set(sourceKey, (s = { first: c, chosen: new Map() }));
    addTo(s.chosen, c);
    addSettingsGroup(bySettings, c);
  }
  const groups: Group[] = [];
  for (const [key, s] of bySource) {
    const chosen = [...s.chosen.values()];
    groups.push({
      key,
      chosen: s.chosen,
      basis: {
        kind: 'source',
        sourceId: s.first.sourceId,
        sourceTitle: s.first.sourceTitle,
        figure: s.first.figure,
        settings: commonSettings(chosen),
      },
    });
  }
  for (const [key, g] of bySettings) groups.push({ key, chosen: g.chosen, basis: { kind: 'settings', settings: g.settings } });
  return groups;
}

function headlineCount(g: Group): number {
  let n = 0;
  for (const c of g.chosen.values()) if (c.headline) n++;
  return n;
}

/** More models first; then a shared source over shared settings; then the values the site shows; then a stable order. */
function betterGroup(a: Group, b: Group, firstModel: string | undefined): number {
  return (
    b.chosen.size - a.chosen.size ||
    (a.basis.kind === 'source' ? 0 : 1) - (b.basis.kind === 'source' ? 0 : 1) ||
    headlineCount(b) - headlineCount(a) ||
    Number(firstModel !== undefined && b.chosen.has(firstModel)) - Number(firstModel !== undefined && a.chosen.has(firstModel)) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

export function basisLabel(basis: Basis): string {
  if (basis.kind === 'source') {
    const where = basis.figure ? `${basis.sourceTitle}, ${basis.figure}` : basis.sourceTitle;
    const tools = basis.settings.tools;
    return tools === true ? `${where} (with tools)` : tools === false ? `${where} (without tools)` : where;
  }
  return describeSettings(basis.settings);
}

/**
 * Which values of one benchmark the given models may be compared on.
 * `nameOf` gives the display name used in reasons.
 */
export function compareBenchmark(
  benchmarkId: string,
  modelIds: readonly string[],
  candidates: readonly Candidate[],
  nameOf: (modelId: string) => string = (id) => id,
): BenchmarkComparison {
  const wanted = new Set(modelIds);
  const usable = candidates.filter((c) => !c.disputed && wanted.has(c.modelId));
  const byModel = new Map<string, Candidate[]>();
  for (const c of usable) {
    const list = byModel.get(c.modelId);
    if (list) list.push(c);
    else byModel.set(c.modelId, [c]);
  }
  const representative = (id: string): Candidate | null => {
    const list = byModel.get(id);
    return list ? (list.find((c) => c.headline) ?? list[0] ?? null) : null;
  };
  const reported = modelIds.filter((id) => byModel.has(id));
  const notReported = (id: string): ModelOutcome => ({
    modelId: id,
    status: 'not-reported',
    value: null,
    reason: `${nameOf(id)}: no value reported`,
  });

  if (reported.length < 2) {
    const only = reported[0];
    return {
      benchmarkId,
      comparable: false,
      basis: null,
      reason: only === undefined ? 'No selected model reports this benchmark.' : `Only ${nameOf(only)} reports this benchmark.`,
      outcomes: modelIds.map((id) =>
        id === only
          ? {
              modelId: id,
              status: 'unpaired',
              value: representative(id),
              reason: 'No other selected model reports this benchmark.',
            }
          : notReported(id),
      ),
    };
  }

  const groups = candidateGroups(usable).sort((a, b) => betterGroup(a, b, modelIds[0]));
  const best = groups[0];

  if (!best || best.chosen.size < 2) {
    const [a, b] = reported as [string, string, ...string[]];
    const ra = representative(a)!;
    const rb = representative(b)!;
    const reason = `Not comparable: no source measured them together and their settings differ (${differenceText(nameOf(a), ra.settings, nameOf(b), rb.settings)}).`;
    return {
      benchmarkId,
      comparable: false,
      basis: null,
      reason,
      outcomes: modelIds.map((id) => {
        const r = representative(id);
        if (!r) return notReported(id);
        const other = id === a ? rb : ra;
        const otherName = id === a ? nameOf(b) : nameOf(a);
        return {
          modelId: id,
          status: 'excluded',
          value: r,
          reason: `Not comparable: ${differenceText(nameOf(id), r.settings, otherName, other.settings)}; no source measured them together.`,
        };
      }),
    };
  }

  const basis = best.basis;
  const reason =
    basis.kind === 'source'
      ? `Measured together in one source: ${basisLabel(basis)}.`
      : `Measured under the same stated settings: ${describeSettings(basis.settings)}.`;
  const basisSettings = basis.settings;
  return {
    benchmarkId,
    comparable: true,
    basis,
    reason,
    outcomes: modelIds.map((id): ModelOutcome => {
      const chosen = best.chosen.get(id);
      if (chosen) return { modelId: id, status: 'compared', value: chosen, reason };
      const r = representative(id);
      if (!r) return notReported(id);
      const diff = settingsDifference(r.settings, basisSettings);
      const why =
        diff.length > 0
          ? diff
              .slice(0, 3)
              .map((d) => `${d.a} (the compared values: ${d.b})`)
              .join('; ')
          : basis.kind === 'source'
            ? `from ${r.sourceTitle}, which states no setting that would match`
            : `its settings are not stated`;
      const notIn = basis.kind === 'source' ? ` and not in ${basisLabel(basis)}` : '';
      return { modelId: id, status: 'excluded', value: r, reason: `Left out: ${nameOf(id)} measured ${why}${notIn}.` };
    }),
  };
}

// ------------------------------------------------------------------ verdicts

export interface BenchmarkMeta {
  id: string;
  name: string;
  category: string;
  unit: string;
  higherIsBetter: boolean;
}

export interface PairResult {
  benchmark: BenchmarkMeta;
  a: Candidate;
  b: Candidate;
  /** a − b, in the benchmark's unit. */
  gap: number;
  /** Who is ahead, taking the benchmark's direction into account; "tie" when the values agree within their exactness. */
  leader: 'a' | 'b' | 'tie';
  basis: Basis;
}

export interface PairExclusion {
  benchmark: BenchmarkMeta;
  reason: string;
}

export interface CategoryTally {
  category: string;
  aLeads: number;
  bLeads: number;
  ties: number;
  /** Median of a − b (direction-adjusted: positive means a is better) over the category's %-unit benchmarks. */
  medianGapPoints: number | null;
}

export interface PairVerdict {
  a: string;
  b: string;
  compared: PairResult[];
  notComparable: PairExclusion[];
  aLeads: number;
  bLeads: number;
  ties: number;
  /** Median direction-adjusted gap in percentage points over the compared %-unit benchmarks (positive: a is ahead). */
  medianGapPoints: number | null;
  categories: CategoryTally[];
  sentence: string;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function leaderOf(a: Candidate, b: Candidate, higherIsBetter: boolean): 'a' | 'b' | 'tie' {
  const qa = { value: a.value, upper: a.upper ?? undefined, exactness: a.exactness as 'exact' };
  const qb = { value: b.value, upper: b.upper ?? undefined, exactness: b.exactness as 'exact' };
  if (quantitiesAgree(qa, qb)) return 'tie';
  return a.value > b.value === higherIsBetter ? 'a' : 'b';
}

function advantage(r: PairResult): number {
  return r.benchmark.higherIsBetter ? r.gap : -r.gap;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function formatPoints(n: number): string {
  const r = round1(n);
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(1)}`;
}

function summarizeReasons(exclusions: readonly PairExclusion[]): string {
  const kinds = new Set<string>();
  for (const e of exclusions) {
    const m = /(thinking|effort|tool use|with tools|without tools|harness|version\/window|subset|context|pass@|avg@)/.exec(
      e.reason,
    );
    kinds.add(
      m
        ? m[1] === 'with tools' || m[1] === 'without tools' || m[1] === 'tool use'
          ? 'tools'
          : m[1]!.replace('version/window', 'version')
        : 'settings',
    );
  }
  return `differing ${[...kinds].slice(0, 3).join(', ')}`;
}

/** Head-to-head of a and b, in that order (a − b), over the benchmarks both report, comparable pairs only. */
export function pairVerdict(
  a: string,
  b: string,
  benchmarks: ReadonlyArray<{ meta: BenchmarkMeta; candidates: readonly Candidate[] }>,
  nameOf: (id: string) => string = (id) => id,
): PairVerdict {
  const compared: PairResult[] = [];
  const notComparable: PairExclusion[] = [];
  for (const { meta, candidates } of benchmarks) {
    const result = compareBenchmark(meta.id, [a, b], candidates, nameOf);
    const [oa, ob] = result.outcomes;
    if (!oa || !ob || oa.status === 'not-reported' || ob.status === 'not-reported') continue;
    if (result.comparable && result.basis && oa.value && ob.value) {
      compared.push({
        benchmark: meta,
        a: oa.value,
        b: ob.value,
        gap: oa.value.value - ob.value.value,
        leader: leaderOf(oa.value, ob.value, meta.higherIsBetter),
        basis: result.basis,
      });
    } else {
      notComparable.push({ benchmark: meta, reason: result.reason });
    }
  }
  const aLeads = compared.filter((r) => r.leader === 'a').length;
  const bLeads = compared.filter((r) => r.leader === 'b').length;
  const ties = compared.length - aLeads - bLeads;
  const points = (rs: readonly PairResult[]) => rs.filter((r) => r.benchmark.unit === '%').map(advantage);
  const categoryNames = [...new Set(compared.map((r) => r.benchmark.category))];
  const categories = categoryNames.map((category): CategoryTally => {
    const rs = compared.filter((r) => r.benchmark.category === category);
    return {
      category,
      aLeads: rs.filter((r) => r.leader === 'a').length,
      bLeads: rs.filter((r) => r.leader === 'b').length,
      ties: rs.filter((r) => r.leader === 'tie').length,
      medianGapPoints: median(points(rs)),
    };
  });
  const medianGapPoints = median(points(compared));

  const nameA = nameOf(a);
  const nameB = nameOf(b);
  let sentence: string;
  if (compared.length === 0) {
    sentence = `${nameA} and ${nameB} share no benchmark measured like-for-like`;
  } else {
    const [lead, trail, w, l] = bLeads > aLeads ? [nameB, nameA, bLeads, aLeads] : [nameA, nameB, aLeads, bLeads];
    sentence =
      w === l
        ? `${nameA} and ${nameB} are level: each leads on ${w} of ${compared.length} benchmark${compared.length === 1 ? '' : 's'} compared like-for-like`
        : `${lead} leads ${trail} on ${w} of ${compared.length} benchmark${compared.length === 1 ? '' : 's'} compared like-for-like`;
    const rest: string[] = [];
    if (l > 0 && w !== l) rest.push(`trails on ${l}`);
    if (ties > 0) rest.push(`ties on ${ties}`);
    if (rest.length > 0) sentence += ` (${rest.join(', ')})`;
  }
  if (notComparable.length > 0) {
    sentence += `; ${notComparable.length} more could not be compared (${summarizeReasons(notComparable)})`;
  }
  sentence += '.';
  return { a, b, compared, notComparable, aLeads, bLeads, ties, medianGapPoints, categories, sentence };
}

export interface GroupVerdict {
  focus: string;
  /** Comparable columns where the focus model has a value. */
  compared: number;
  /** Of those, where the focus model is best (alone or tied within exactness). */
  leads: number;
  notComparable: number;
  pairs: PairVerdict[];
  sentence: string;
}

/** The focus model (the first shown) against every other shown model, like-for-like. */
export function groupVerdict(
  focus: string,
  others: readonly string[],
  benchmarks: ReadonlyArray<{ meta: BenchmarkMeta; candidates: readonly Candidate[] }>,
  nameOf: (id: string) => string = (id) => id,
): GroupVerdict {
  let compared = 0;
  let leads = 0;
  let notComparable = 0;
  const all = [focus, ...others];
  for (const { meta, candidates } of benchmarks) {
    const result = compareBenchmark(meta.id, all, candidates, nameOf);
    const mine = result.outcomes[0];
    if (!mine || mine.status === 'not-reported') continue;
    if (!result.comparable || mine.status !== 'compared' || !mine.value) {
      if (result.outcomes.filter((o) => o.status !== 'not-reported').length >= 2) notComparable++;
      continue;
    }
    compared++;
    const rivals = result.outcomes.slice(1).filter((o) => o.status === 'compared' && o.value);
    if (rivals.every((o) => leaderOf(mine.value!, o.value!, meta.higherIsBetter) !== 'b')) leads++;
  }
  const pairs = others.map((o) => pairVerdict(focus, o, benchmarks, nameOf));
  const name = nameOf(focus);
  const tally = (p: PairVerdict, mine: number) => `${nameOf(p.b)} (${mine} of ${p.compared.length})`;
  const list = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  const ahead = pairs.filter((p) => p.compared.length > 0 && p.aLeads > p.bLeads).map((p) => tally(p, p.aLeads));
  const behind = pairs.filter((p) => p.compared.length > 0 && p.bLeads > p.aLeads).map((p) => tally(p, p.bLeads));
  const level = pairs.filter((p) => p.compared.length > 0 && p.aLeads === p.bLeads).map((p) => nameOf(p.b));
  const clauses: string[] = [];
  if (ahead.length > 0) clauses.push(`leads ${list(ahead)}`);
  if (behind.length > 0) clauses.push(`trails ${list(behind)}`);
  if (level.length > 0) clauses.push(`is level with ${list(level)}`);
  let sentence =
    clauses.length === 0
      ? `${name} shares no benchmark measured like-for-like with the other models shown`
      : `On the benchmarks compared like-for-like, ${name} ${list(clauses)}; it is best of all shown on ${leads} of ${compared}`;
  if (notComparable > 0) sentence += `, and ${notComparable} more could not be compared (differing sources and settings)`;
  sentence += '.';
  return { focus, compared, leads, notComparable, pairs, sentence };
}
