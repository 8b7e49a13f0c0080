import { listEndpoint } from '@/lib/api/respond';
import { flattenModel, MODEL_COLUMNS, modelRows } from '@/lib/api/resources';

export const dynamic = 'force-dynamic';

export const GET = listEndpoint({
  allowed: ['models'],
  csvName: 'models',
  csvColumns: MODEL_COLUMNS,
  load: (q, v) => modelRows(v, q),
  flatten: flattenModel,
});
