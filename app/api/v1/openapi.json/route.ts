import { OPENAPI } from '@/lib/api/openapi';
import { API_HEADERS } from '@/lib/api/respond';

// Per request: the document names the server's SITE_URL, which may be set at start rather than at build.
export const dynamic = 'force-dynamic';

export function GET() {
  return new Response(`${JSON.stringify(OPENAPI, null, 2)}\n`, {
    headers: { ...API_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
