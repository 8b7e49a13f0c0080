import 'server-only';
import { SIZE_BOUNDS, resolveModelListState, type ModelListColumn, type ModelListState, type ViewIssue } from '../view-state';
import { getModelIndex, type ModelIndexEntry } from './catalog';
import type { SpecValue } from './models';

/** A sortable, filterable list of a version's models (/ and /models), as the URL asks. */

export type ModelTableRow = ModelIndexEntry;

export interface ModelTableColumn {
  id: ModelListColumn;
  label: string;
  numeric: boolean;
}

export interface ModelTable {
  /** The data version the rows are from (their values' details live under it). */
  version: string;
  state: ModelListState;
  issues: ViewIssue[];
  /** Models after filtering, in the order asked for (the first `limit` of them, when a limit is given). */
  rows: ModelTableRow[];
  /** Models that match the filters. */
  matching: number;
  /** Models in the version. */
  total: number;
  /** The columns with a value for at least one shown row (a column of "—" only is left out). */
  columns: ModelTableColumn[];
  /** Columns left out because no shown row has a value in them. */
  emptyColumns: string[];
  organizations: Array<{ id: string; name: string; count: number }>;
}

const COLUMNS: ModelTableColumn[] = [
  { id: 'name', label: 'Model', numeric: false },
  { id: 'org', label: 'Organization', numeric: false },
  { id: 'total', label: 'Total params', numeric: true },
  { id: 'active', label: 'Active params', numeric: true },
  { id: 'context', label: 'Context window', numeric: true },
  { id: 'license', label: 'License', numeric: false },
  { id: 'released', label: 'Released', numeric: false },
  { id: 'scores', label: 'Benchmarks', numeric: true },
];

const SPEC_OF: Partial<
  Record<ModelListColumn, 'total-params' | 'active-params' | 'context-window' | 'license' | 'release-date'>
> = {
  total: 'total-params',
  active: 'active-params',
  context: 'context-window',
  license: 'license',
  released: 'release-date',
};

/** The spec value a column shows for a model, if any. */
export function specOf(row: ModelTableRow, column: ModelListColumn): SpecValue | undefined {
  const field = SPEC_OF[column];
  return field ? row.specs[field] : undefined;
}

function sortKey(row: ModelTableRow, column: ModelListColumn): number | string | null {
  if (column === 'name') return row.name.toLowerCase();
  if (column === 'org') return row.organization.name.toLowerCase();
  if (column === 'scores') return row.benchmarksScored > 0 ? row.benchmarksScored : null;
  const value = specOf(row, column)?.value;
  return value === undefined ? null : typeof value === 'string' ? value.toLowerCase() : value;
}

function compareKeys(a: number | string, b: number | string): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/** Sorts by the column; rows without a value stay last in either direction; ties keep the data's order. */
function sortRows(rows: ModelTableRow[], sort: ModelListState['sort']): ModelTableRow[] {
  const { column, desc } = sort ?? { column: 'released' as const, desc: true };
  return rows
    .map((row, i) => ({ row, i, key: sortKey(row, column) }))
    .sort((x, y) => {
      if (x.key === null || y.key === null) return x.key === y.key ? x.i - y.i : x.key === null ? 1 : -1;
      return (desc ? -1 : 1) * compareKeys(x.key, y.key) || x.i - y.i;
    })
    .map((x) => x.row);
}

function inSize(row: ModelTableRow, size: ModelListState['size']): boolean {
  if (size === 'any') return true;
  const total = row.specs['total-params']?.value;
  if (typeof total !== 'number') return false;
  const { min, max } = SIZE_BOUNDS[size];
  return total >= min && total < max;
}

export function getModelTable(
  version: string,
  requested: ModelListState,
  parseIssues: ViewIssue[] = [],
  limit = Infinity,
): ModelTable {
  const groups = getModelIndex(version);
  const all = groups.flatMap((g) => g.models);
  const { state, issues } = resolveModelListState(requested, new Set(groups.map((g) => g.organization.id)));
  const filtered = all.filter(
    (m) =>
      (state.org.length === 0 || state.org.includes(m.organization.id)) &&
      (state.weights === 'all' || (state.weights === 'open') === m.openWeights) &&
      inSize(m, state.size),
  );
  const sorted = sortRows(filtered, state.sort);
  const rows = sorted.slice(0, limit);
  const hasValue = (c: ModelTableColumn) =>
    c.id === 'name' || c.id === 'org' || rows.some((r) => (c.id === 'scores' ? r.benchmarksScored > 0 : !!specOf(r, c.id)));
  return {
    version,
    state,
    issues: [...parseIssues, ...issues],
    rows,
    matching: sorted.length,
    total: all.length,
    columns: rows.length === 0 ? COLUMNS.slice(0, 2) : COLUMNS.filter(hasValue),
    emptyColumns: rows.length === 0 ? [] : COLUMNS.filter((c) => !hasValue(c)).map((c) => c.label),
    organizations: groups.map((g) => ({ id: g.organization.id, name: g.organization.name, count: g.models.length })),
  };
}
