import { NextResponse, type NextRequest } from 'next/server';
import { cachedViewPath, defaultViewTwin, publicViewOf, twinsServeThisSite } from './lib/default-views';
import { pagePolicy } from './lib/http-cache';
import { securityHeaders } from './lib/security-headers';

/**
 * Requests the app's routes cannot answer well by themselves, answered before routing:
 *
 * - A malformed percent-encoding in the path (/models/%ZZ, /benchmarks/%E0%A4%A) is a 400.
 *   Upstream cause (next 16.4.6): the router throws a DecodeError while decoding the dynamic
 *   segment, and next/dist/server/lib/router-server.js answers it by rendering the page "/400",
 *   which an App Router build does not have; that render fails too and the client gets a bare
 *   "Internal Server Error" 500 without the security headers.
 * - CORS preflights (OPTIONS) on /api/v1/* answer 204 with the CORS headers; Next's automatic
 *   OPTIONS answer has none.
 * - Methods other than GET and HEAD (and OPTIONS on the API) are a 405 with an Allow header. Next
 *   renders a page for a POST, PUT or DELETE as for a GET (the app has no server actions).
 *
 * - Pages get their Cache-Control (lib/http-cache.ts): for good for views pinned to a data version,
 *   briefly otherwise; a view spelled differently from its canonical URL is redirected to it.
 * - A page's default view (no query) is served from its prerendered twin (lib/default-views.ts).
 *
 * Everything else passes through untouched. Client navigations (RSC requests, prefetches) never
 * reach the proxy: a request that passes through a proxy comes back to the browser with its URL
 * re-encoded (the ~ of a permalink's lists as %7E). Static build files never reach it either.
 */
export const config = {
  matcher: [
    {
      source: '/((?!_next/).*)',
      missing: [
        { type: 'header', key: 'rsc' },
        { type: 'header', key: 'next-router-prefetch' },
      ],
    },
  ],
};

const API_CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
};
const API_METHODS = 'GET, HEAD, OPTIONS';
const PAGE_METHODS = 'GET, HEAD';

function isApi(path: string): boolean {
  return path === '/api/v1' || path.startsWith('/api/v1/');
}

/** Route handlers (API, previews, exports, panels' JSON) and files set their own caching; pages get it here. */
const NOT_PAGES = /^\/(?:api\/|og\/|compare\/(?:export|go|options)$|search\/index$|details\/.+\/panel$)|\.[a-z0-9]+$/i;

function isPage(path: string): boolean {
  return !NOT_PAGES.test(path);
}

function malformed(path: string): boolean {
  if (!path.includes('%')) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

function apiError(status: 400 | 404 | 405, message: string, extra: Record<string, string> = {}): NextResponse {
  return new NextResponse(`${JSON.stringify({ error: { status, message } })}\n`, {
    status,
    headers: {
      ...securityHeaders(),
      ...API_CORS,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...extra,
    },
  });
}

function pageError(status: 400 | 405, message: string, extra: Record<string, string> = {}): NextResponse {
  return new NextResponse(`${message}\n`, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
}

export function proxy(request: NextRequest): NextResponse {
  const path = request.nextUrl.pathname;
  const method = request.method;
  if (isApi(path)) {
    if (method === 'OPTIONS') {
      return new NextResponse(null, {
        status: 204,
        headers: {
          ...API_CORS,
          'Access-Control-Allow-Methods': API_METHODS,
          // Any request header (non-credentialed requests: the wildcard is honoured), If-None-Match included.
          'Access-Control-Allow-Headers': '*',
          'Access-Control-Max-Age': '86400',
          Allow: API_METHODS,
        },
      });
    }
    if (method !== 'GET' && method !== 'HEAD') {
      return apiError(405, `method ${method} not allowed; the API answers ${API_METHODS}`, { Allow: API_METHODS });
    }
    if (malformed(path)) return apiError(400, 'malformed percent-encoding in the path');
    return NextResponse.next();
  }
  if (method !== 'GET' && method !== 'HEAD') {
    return pageError(405, `Method ${method} not allowed: this site answers ${PAGE_METHODS}.`, { Allow: PAGE_METHODS });
  }
  if (malformed(path)) return pageError(400, 'Bad request: malformed percent-encoding in the path.');
  if (!isPage(path)) return NextResponse.next();
  // SITE_URL as the server was started with it (checked then, instrumentation.ts).
  const siteUrlSet = !!process.env.SITE_URL?.trim();
  const search = request.nextUrl.search;
  // A twin or cached view (lib/default-views.ts), rewritten below or asked for directly: answered as its public view.
  const internal = publicViewOf(path);
  const policy = internal ? pagePolicy(internal.pathname, internal.search, siteUrlSet) : pagePolicy(path, search, siteUrlSet);
  const redirect = policy.redirect;
  if (redirect) {
    // On the request's own host, which Next turns into a relative Location: right behind any proxy.
    const response = NextResponse.redirect(new URL(redirect, request.url), 308);
    for (const [key, value] of Object.entries(securityHeaders())) response.headers.set(key, value);
    response.headers.set('Cache-Control', policy.cacheControl);
    return response;
  }
  const served = internal || !twinsServeThisSite() ? null : (defaultViewTwin(path, search) ?? cachedViewPath(path, search));
  const response = served ? NextResponse.rewrite(new URL(served, request.url)) : NextResponse.next();
  response.headers.set('Cache-Control', policy.cacheControl);
  return response;
}
