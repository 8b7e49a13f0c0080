import { ApiError, csvAnswer, errorAnswer, jsonAnswer } from '@/lib/api/respond';
import { EXPORT_COLUMNS, exportRows } from '@/lib/compare/export';
import { buildCompareView } from '@/lib/compare/view';
import { compareUrl } from '@/lib/view-state';

export const dynamic = 'force-dynamic';

/**
 * CSV or JSON of exactly the table a /compare URL shows: same parameters, same rows, same order.
 * format is csv (the default) or json, anything else a 400; bom=1 starts the CSV with a UTF-8
 * byte order mark. Every other parameter is the view's, read as /compare reads it.
 */
export function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const formatRaw = url.searchParams.getAll('format');
    if (formatRaw.length > 1) throw new ApiError(400, 'parameter "format" is given more than once', 'format');
    const format = formatRaw[0] ?? 'csv';
    if (format !== 'csv' && format !== 'json') throw new ApiError(400, 'format must be csv or json', 'format');
    const bomRaw = url.searchParams.getAll('bom');
    if (bomRaw.length > 1 || (bomRaw[0] !== undefined && bomRaw[0] !== '0' && bomRaw[0] !== '1'))
      throw new ApiError(400, 'bom must be 0 or 1, once', 'bom');
    const bom = bomRaw[0] === '1';
    if (bom && format !== 'csv') throw new ApiError(400, 'bom=1 applies to format=csv only', 'bom');
    const params = new URLSearchParams(url.searchParams);
    params.delete('format');
    params.delete('bom');
    // Every row and column the URL asks for: the page cuts large views and points here for the rest.
    const data = buildCompareView(params, { limit: false });
    const rows = exportRows(data);
    const permalink = compareUrl({ ...data.urlState, v: data.version.id });
    const pinned = data.urlState.v !== null;
    if (format === 'json') {
      return jsonAnswer(request, { version: data.version.id, view: permalink, ignored: data.issues, data: rows }, pinned);
    }
    return csvAnswer(request, `glm-compare-${data.version.id}.csv`, EXPORT_COLUMNS, rows, pinned, bom);
  } catch (error) {
    return errorAnswer(error);
  }
}
