import { NextResponse, type NextRequest } from 'next/server';
import { headToHeadPath } from '@/lib/head-to-head';

/** The "Compare with" form posts here; we answer with the canonical head-to-head URL. */
export function GET(request: NextRequest) {
  const a = request.nextUrl.searchParams.get('a') ?? '';
  const b = request.nextUrl.searchParams.get('b') ?? '';
  const slug = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
  if (!slug.test(a) || !slug.test(b) || a === b) {
    return NextResponse.redirect(new URL('/compare', request.url), 303);
  }
  return NextResponse.redirect(new URL(headToHeadPath(a, b), request.url), 303);
}
