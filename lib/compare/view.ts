import 'server-only';
import { getCompareData, type CompareData } from '../queries/compare';
import { parseCompareState, type SearchParams } from '../view-state';
import { sortRows } from './sort-rows';

/**
 * One compare view from a URL's parameters: parsed once, checked against the data, rows in
 * the order the table shows them. The page, its CSV/JSON export, its embed and its preview
 * image all start here, so they always agree on what "the view" is.
 */
export function buildCompareView(params: SearchParams): CompareData {
  const { state, issues } = parseCompareState(params);
  const data = getCompareData(state, issues);
  const columnIds = data.columns.map((c) => c.id);
  const sorted = sortRows(
    data.rows.map((r) => ({
      ...r,
      id: r.model.id,
      name: r.model.name,
      values: Object.fromEntries(columnIds.map((id) => [id, r.cells[id]?.shown?.value])),
    })),
    columnIds,
    data.urlState.sort,
  );
  return { ...data, rows: sorted.map(({ model, cells }) => ({ model, cells })) };
}
