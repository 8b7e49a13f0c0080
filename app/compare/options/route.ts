import { ApiError, errorAnswer, jsonAnswer, readQuery, resolveApiVersion } from '@/lib/api/respond';
import { getPickerCatalog } from '@/lib/queries/compare';

export const dynamic = 'force-dynamic';

/**
 * The /compare pickers' options for one data version (lib/compare/picker-options.ts). Pickers
 * ask with v= always, so the answer is cached for good; bad or unknown versions get the API's
 * 400 and 404 answers.
 */
export function GET(request: Request) {
  try {
    const query = readQuery(new URL(request.url), ['v']);
    if (query.format === 'csv') throw new ApiError(400, 'the picker options are JSON only', 'format');
    const { version, pinned } = resolveApiVersion(query);
    return jsonAnswer(request, getPickerCatalog(version.id), pinned);
  } catch (error) {
    return errorAnswer(error);
  }
}
