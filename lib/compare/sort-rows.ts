/**
 * Row order of the comparison table, computed with TanStack Table's sorting model on the
 * server (the table itself ships no JavaScript). Missing and disputed-only cells always sort
 * last, whichever the direction.
 */
import {
  constructTable,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import type { SortState } from '../view-state';

export interface SortableRow {
  id: string;
  name: string;
  /** Sortable value per column id; undefined when the cell is empty. */
  values: Record<string, number | undefined>;
}

const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});

export function sortRows<T extends SortableRow>(rows: readonly T[], columnIds: readonly string[], sort: SortState | null): T[] {
  if (!sort) return [...rows];
  const helper = createColumnHelper<typeof features, T>();
  const columns = helper.columns([
    helper.accessor((row) => row.name, { id: 'name', sortFn: 'alphanumeric', sortUndefined: 'last' }),
    ...columnIds.map((id) =>
      helper.accessor((row) => row.values[id], {
        id,
        sortUndefined: 'last',
        sortFn: (a, b, colId) => (a.getValue<number>(colId) ?? 0) - (b.getValue<number>(colId) ?? 0),
      }),
    ),
  ]);
  if (sort.column !== 'name' && !columnIds.includes(sort.column)) return [...rows];
  const table = constructTable({
    features,
    columns,
    data: rows as T[],
    getRowId: (row) => row.id,
    initialState: { sorting: [{ id: sort.column, desc: sort.desc }] },
  });
  return table.getRowModel().rows.map((r) => r.original);
}
