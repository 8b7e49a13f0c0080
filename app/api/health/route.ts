import { getHealth } from '@/lib/health';

export const dynamic = 'force-dynamic';

/** Health check for load balancers and the Docker HEALTHCHECK: 200 with the data stamp, or 503. */
export function GET() {
  const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
  try {
    return new Response(`${JSON.stringify(getHealth())}\n`, { headers });
  } catch (error) {
    return new Response(`${JSON.stringify({ status: 'error', error: (error as Error).message })}\n`, { status: 503, headers });
  }
}
