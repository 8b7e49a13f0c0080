import { costAnswer, COST_COLUMNS, COST_PARAMS } from '@/lib/api/cost';
import { csvAnswer, errorAnswer, jsonAnswer, readQuery, resolveApiVersion } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

/** The cost table of /pricing for one model and workload, as JSON (or its ways as CSV). */
export function GET(request: Request): Response {
  try {
    const query = readQuery(new URL(request.url), ['v', ...COST_PARAMS]);
    const { version, pinned } = resolveApiVersion(query);
    const body = costAnswer(query, version.id);
    if (query.format === 'csv')
      return csvAnswer(request, `cost-${body.model.id}-${version.id}.csv`, COST_COLUMNS, body.ways, pinned);
    return jsonAnswer(request, { version: version.id, data: body }, pinned);
  } catch (error) {
    return errorAnswer(error);
  }
}
