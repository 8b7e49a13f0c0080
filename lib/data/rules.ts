/**
 * Comparability rules shared by validation (data:check) and the database build:
 * when two sourced values answer the same question, whether they agree, and which
 * one a view shows. Pure functions over authored rows; no I/O.
 */
import type { Exactness, Price, Score, ScoreSettings, Spec } from './schema';
import { groupBy } from '../group-by';

interface Quantity {
  value: number;
  upper?: number | undefined;
  exactness: Exactness;
}

/** The interval a value stands for, as stated by its source. */
function interval(q: Quantity): [number, number] {
  switch (q.exactness) {
    case 'exact':
      return [q.value, q.value];
    case 'approx': {
      // "~65%" or "mid-80s": a source rounding by hand. One unit or 3% either way, whichever is wider.
      const slack = Math.max(1, Math.abs(q.value) * 0.03);
      return [q.value - slack, q.value + slack];
    }
    case 'range':
      return [q.value, q.upper ?? q.value];
    case 'lower-bound':
      return [q.value, Number.POSITIVE_INFINITY];
  }
}

const EPSILON = 1e-9;

/** Two quantities agree when the intervals they stand for overlap. */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  const [aLo, aHi] = interval(a);
  const [bLo, bHi] = interval(b);
  return aLo <= bHi + EPSILON && bLo <= aHi + EPSILON;
}

const SETTING_KEYS = ['thinking', 'harness', 'metric', 'window', 'context', 'opponent', 'effort', 'subset'] as const;

/**
 * Settings are compatible when no field is stated differently on both sides. An unstated
 * field matches anything: a secondary source that omits the setting is still making a
 * claim about the same measurement. Tools left unstated counts as "without tools".
 */
export function settingsCompatible(a: ScoreSettings, b: ScoreSettings): boolean {
  if ((a.tools ?? false) !== (b.tools ?? false)) return false;
  return SETTING_KEYS.every((k) => a[k] === undefined || b[k] === undefined || a[k] === b[k]);
}

/** The column a score falls in when setting variants are shown. */
export function variantKey(settings: ScoreSettings): string {
  const parts: string[] = [];
  if (settings.tools === true) parts.push('tools');
  if (settings.thinking) parts.push(`thinking-${settings.thinking}`);
  return parts.length === 0 ? 'standard' : parts.join('+');
}

export function variantLabel(key: string): string {
  if (key === 'standard') return 'Standard';
  return key
    .split('+')
    .map((p) => (p === 'tools' ? 'w/ tools' : p === 'thinking-on' ? 'thinking' : 'non-thinking'))
    .join(', ');
}

export function scoreGroupKey(s: Pick<Score, 'model' | 'benchmark'>): string {
  return `${s.model}\u0000${s.benchmark}`;
}

export function specGroupKey(s: Pick<Spec, 'model' | 'field' | 'qualifier'>): string {
  return `${s.model}\u0000${s.field}\u0000${s.qualifier ?? ''}`;
}

export function priceGroupKey(p: Pick<Price, 'model' | 'provider' | 'kind' | 'condition' | 'unit' | 'currency'>): string {
  return `${p.model}\u0000${p.provider}\u0000${p.kind}\u0000${p.condition ?? ''}\u0000${p.unit}\u0000${p.currency}`;
}

export function scoresConflict(a: Score, b: Score): boolean {
  return settingsCompatible(a.settings, b.settings) && !quantitiesAgree(a, b);
}

export function specsConflict(a: Spec, b: Spec): boolean {
  if (typeof a.value === 'number' && typeof b.value === 'number') {
    return !quantitiesAgree({ ...a, value: a.value }, { ...b, value: b.value });
  }
  return String(a.value).trim().toLowerCase() !== String(b.value).trim().toLowerCase();
}

export function pricesConflict(a: Price, b: Price): boolean {
  return !quantitiesAgree(a, b);
}

export function groupIndices<T>(rows: readonly T[], key: (row: T) => string): Map<string, number[]> {
  return groupBy(rows.keys(), (i) => key(rows[i]!));
}

/** Index pairs (i < j) within one group whose values disagree. */
export function conflictingPairs<T>(rows: readonly T[], indices: readonly number[], conflict: (a: T, b: T) => boolean) {
  const pairs: Array<[number, number]> = [];
  for (let x = 0; x < indices.length; x++) {
    for (let y = x + 1; y < indices.length; y++) {
      const i = indices[x]!;
      const j = indices[y]!;
      if (conflict(rows[i]!, rows[j]!)) pairs.push([i, j]);
    }
  }
  return pairs;
}

/**
 * The row a view shows for a group: the one marked preferred, else the only
 * undisputed row. Validation guarantees one of the two exists for every group.
 */
export function headlineIndex<T extends { preferred?: true | undefined; disputed?: true | undefined }>(
  rows: readonly T[],
  indices: readonly number[],
): number | undefined {
  const marked = indices.find((i) => rows[i]?.preferred);
  if (marked !== undefined) return marked;
  const undisputed = indices.filter((i) => !rows[i]?.disputed);
  return undisputed.length === 1 ? undisputed[0] : undefined;
}
