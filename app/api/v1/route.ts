import { OPENAPI } from '@/lib/api/openapi';
import { API_HEADERS } from '@/lib/api/respond';
import type { ApiIndex } from '@/lib/api/schemas';
import type { z } from 'zod';

export const dynamic = 'force-static';

/** The API's front door: where each resource lives and where the description is. */
export function GET() {
  const body: z.output<typeof ApiIndex> = {
    name: OPENAPI.info.title,
    documentation: '/api',
    openapi: '/api/v1/openapi.json',
    endpoints: Object.keys(OPENAPI.paths),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { ...API_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
