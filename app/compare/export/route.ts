import { csvAnswer, errorAnswer, jsonAnswer } from '@/lib/api/respond';
import { EXPORT_COLUMNS, exportRows } from '@/lib/compare/export';
import { buildCompareView } from '@/lib/compare/view';
import { compareUrl } from '@/lib/view-state';

export const dynamic = 'force-dynamic';

/** CSV or JSON of exactly the table a /compare URL shows: same parameters, same rows, same order. */
export function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const format = url.searchParams.get('format') === 'json' ? 'json' : 'csv';
    const params = new URLSearchParams(url.searchParams);
    params.delete('format');
    const data = buildCompareView(params);
    const rows = exportRows(data);
    const permalink = compareUrl({ ...data.urlState, v: data.version.id });
    const pinned = data.urlState.v !== null;
    if (format === 'json') {
      return jsonAnswer(request, { version: data.version.id, view: permalink, ignored: data.issues, data: rows }, pinned);
    }
    return csvAnswer(request, `glm-compare-${data.version.id}.csv`, EXPORT_COLUMNS, rows, pinned);
  } catch (error) {
    return errorAnswer(error);
  }
}
