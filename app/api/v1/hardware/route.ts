import { listEndpoint } from '@/lib/api/respond';
import { HARDWARE_COLUMNS, hardwareRows } from '@/lib/api/resources';

export const dynamic = 'force-dynamic';

export const GET = listEndpoint({
  allowed: ['models'],
  csvName: 'hardware',
  csvColumns: HARDWARE_COLUMNS,
  load: (q, v) => hardwareRows(v, q),
});
