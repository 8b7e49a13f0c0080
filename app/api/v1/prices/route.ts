import { listEndpoint } from '@/lib/api/respond';
import { PRICE_COLUMNS, priceRows } from '@/lib/api/resources';

export const dynamic = 'force-dynamic';

export const GET = listEndpoint({
  allowed: ['models'],
  csvName: 'prices',
  csvColumns: PRICE_COLUMNS,
  load: (q, v) => priceRows(v, q),
});
