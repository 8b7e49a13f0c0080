import { detailEndpoint } from '@/lib/api/respond';
import { benchmarkRows, scoreRow } from '@/lib/api/resources';
import type { BenchmarkDetail } from '@/lib/api/schemas';
import { getScoreViews } from '@/lib/queries/scores';
import type { z } from 'zod';

export const dynamic = 'force-dynamic';

export const GET = detailEndpoint<z.output<typeof BenchmarkDetail>['data']>({
  what: 'benchmark',
  csvHint: '/api/v1/scores?benchmarks=<id>&format=csv',
  load: (version, id) => {
    const benchmark = benchmarkRows(version).find((b) => b.id === id);
    return benchmark && { ...benchmark, scores: getScoreViews(version.id, undefined, [id]).map(scoreRow) };
  },
});
