import { listEndpoint } from '@/lib/api/respond';
import { PLAN_COLUMNS, planRows } from '@/lib/api/resources';

export const dynamic = 'force-dynamic';

export const GET = listEndpoint({
  allowed: [],
  csvName: 'plans',
  csvColumns: PLAN_COLUMNS,
  load: (_q, v) => planRows(v),
  flatten: (p) => ({ ...p, models: p.models.join(' ') }),
});
