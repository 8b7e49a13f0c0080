import { listEndpoint } from '@/lib/api/respond';
import { VERSION_COLUMNS, versionRows } from '@/lib/api/resources';

export const dynamic = 'force-dynamic';

export const GET = listEndpoint({ allowed: [], csvName: 'versions', csvColumns: VERSION_COLUMNS, load: () => versionRows() });
