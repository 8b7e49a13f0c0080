import 'server-only';
import { cache } from 'react';
import { getCompareData, type CompareData } from '../queries/compare';
import { parseCompareState, type SearchParams } from '../view-state';
import { sortRows } from './sort-rows';

function build(params: SearchParams, limit: boolean): CompareData {
  const { state, issues } = parseCompareState(params);
  const data = getCompareData(state, issues, { limit });
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

/** The parameters as a query string, every value of a repeated key in order (parse* reads the last). */
function queryKey(params: SearchParams): string {
  if (params instanceof URLSearchParams) return params.toString();
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) out.append(key, item);
  }
  return out.toString();
}

// A page builds its view twice per request (generateMetadata, then the page itself): React's
// per-request cache makes that once. Outside a server render (route handlers, tests) it is a plain call.
const buildForQuery = cache((query: string, limit: boolean) => build(new URLSearchParams(query), limit));

/**
 * One compare view from a URL's parameters: parsed once, checked against the data, rows in
 * the order the table shows them. The page, its CSV/JSON export, its embed and its preview
 * image all start here, so they always agree on what "the view" is. The drawn views are cut to
 * lib/compare/view-limit.ts's limits; the export (`limit: false`) gives every row and column.
 */
export function buildCompareView(params: SearchParams, { limit = true }: { limit?: boolean } = {}): CompareData {
  return buildForQuery(queryKey(params), limit);
}
