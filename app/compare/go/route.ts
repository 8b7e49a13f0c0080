import type { NextRequest } from 'next/server';
import { headToHeadPath } from '@/lib/head-to-head';

/**
 * The "Compare with" form posts here; we answer with the canonical head-to-head URL. The
 * Location is relative, so the redirect stays on whatever address the reader used.
 */
export function GET(request: NextRequest) {
  const a = request.nextUrl.searchParams.get('a') ?? '';
  const b = request.nextUrl.searchParams.get('b') ?? '';
  const slug = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
  const location = !slug.test(a) || !slug.test(b) || a === b ? '/compare' : headToHeadPath(a, b);
  return new Response(null, { status: 303, headers: { Location: location } });
}
