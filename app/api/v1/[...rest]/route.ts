import { ApiError, errorAnswer } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

/** Any other path under /api/v1: the API's JSON 404 (with its CORS headers), not the site's HTML 404 page. */
export function GET(request: Request) {
  const path = new URL(request.url).pathname;
  return errorAnswer(new ApiError(404, `no such API path: ${path.slice(0, 200)}; see /api/v1`));
}
