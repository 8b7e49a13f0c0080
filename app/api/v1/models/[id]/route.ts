import { ApiError, errorAnswer, jsonAnswer, readQuery, resolveApiVersion } from '@/lib/api/respond';
import { modelHardwareRows, modelRows, scoreRow } from '@/lib/api/resources';
import type { ModelDetail } from '@/lib/api/schemas';
import { getScoreViews } from '@/lib/queries/scores';
import type { z } from 'zod';

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
    const body: z.output<typeof ModelDetail> = {
      version: version.id,
      data: { ...model, scores: getScoreViews(version.id, [id]).map(scoreRow), hardware: modelHardwareRows(version, id) },
    };
    return jsonAnswer(request, body, pinned);
  } catch (error) {
    return errorAnswer(error);
  }
}
