import { ApiError, errorAnswer, jsonAnswer, readQuery, resolveApiVersion } from '@/lib/api/respond';
import { modelRows, scoreRow } from '@/lib/api/resources';
import { getHardware } from '@/lib/queries/hardware';
import { getScoreViews } from '@/lib/queries/scores';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const query = readQuery(new URL(request.url), ['v']);
    if (query.format === 'csv')
      throw new ApiError(400, 'this endpoint answers JSON only; use /api/v1/scores?models=<id>&format=csv', 'format');
    const { version, pinned } = resolveApiVersion(query);
    const model = modelRows(version).find((m) => m.id === id);
    if (!model) throw new ApiError(404, `unknown model id: ${id.slice(0, 100)}`);
    const scores = getScoreViews(version.id, [id]).map(scoreRow);
    const hardware = getHardware(version.id, id).map((h) => ({
      precision: h.precision,
      profile: h.profile,
      gpuId: h.gpu?.id ?? null,
      count: h.count,
      memoryGb: h.memoryGb,
      upper: h.upper,
      exactness: h.exactness,
      text: h.text,
      condition: h.condition,
      sourceId: h.source.id,
      sourceUrl: h.source.url,
    }));
    return jsonAnswer(request, { version: version.id, data: { ...model, scores, hardware } }, pinned);
  } catch (error) {
    return errorAnswer(error);
  }
}
