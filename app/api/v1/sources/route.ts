import { listEndpoint } from '@/lib/api/respond';
import { SOURCE_COLUMNS, sourceRows } from '@/lib/api/resources';

export const dynamic = 'force-dynamic';

export const GET = listEndpoint({ allowed: [], csvName: 'sources', csvColumns: SOURCE_COLUMNS, load: (_q, v) => sourceRows(v) });
