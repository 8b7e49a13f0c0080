import { listEndpoint } from '@/lib/api/respond';
import { flattenScore, SCORE_COLUMNS, scoreRows } from '@/lib/api/resources';

export const dynamic = 'force-dynamic';

export const GET = listEndpoint({
  allowed: ['models', 'benchmarks', 'headline'],
  csvName: 'scores',
  csvColumns: SCORE_COLUMNS,
  load: (q, v) => scoreRows(v, q),
  flatten: flattenScore,
});
