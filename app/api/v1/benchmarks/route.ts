import { listEndpoint } from '@/lib/api/respond';
import { BENCHMARK_COLUMNS, benchmarkRows } from '@/lib/api/resources';

export const dynamic = 'force-dynamic';

export const GET = listEndpoint({
  allowed: [],
  csvName: 'benchmarks',
  csvColumns: BENCHMARK_COLUMNS,
  load: (_q, v) => benchmarkRows(v),
});
