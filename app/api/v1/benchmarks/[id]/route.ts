import { ApiError, errorAnswer, jsonAnswer, readQuery, resolveApiVersion } from '@/lib/api/respond';
import { benchmarkRows, scoreRow } from '@/lib/api/resources';
import type { BenchmarkDetail } from '@/lib/api/schemas';
import { getScoreViews } from '@/lib/queries/scores';
import type { z } from 'zod';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const query = readQuery(new URL(request.url), ['v']);
    if (query.format === 'csv')
      throw new ApiError(400, 'this endpoint answers JSON only; use /api/v1/scores?benchmarks=<id>&format=csv', 'format');
    const { version, pinned } = resolveApiVersion(query);
    const benchmark = benchmarkRows(version).find((b) => b.id === id);
    if (!benchmark) throw new ApiError(404, `unknown benchmark id: ${id.slice(0, 100)}`);
    const body: z.output<typeof BenchmarkDetail> = {
      version: version.id,
      data: { ...benchmark, scores: getScoreViews(version.id, undefined, [id]).map(scoreRow) },
    };
    return jsonAnswer(request, body, pinned);
  } catch (error) {
    return errorAnswer(error);
  }
}
