import fs from 'node:fs';
import { NextResponse, type NextRequest } from 'next/server';
import { databasePath } from './lib/db/path';

/**
 * A whole-page cache for /compare permalinks, so a link that has been opened before is served
 * like a prerendered page instead of being rendered again.
 *
 * Why here: /compare renders on demand (every view lives in its query string), its HTML is
 * large (every model and benchmark is a link in the pickers), and rendering it costs far more
 * than reading its data. Next caches no on-demand page output, and only the proxy runs before
 * the render and may answer instead of it.
 *
 * How: the first request for a URL renders as usual. The second one is the page that is being
 * shared: the proxy renders it by requesting it from this same server (marked so it passes
 * through), keeps the HTML and answers with it; from then on the kept HTML is the answer. Only
 * plain document GETs are kept (never the RSC payloads of client navigations, which depend on
 * the router state the browser sends), and only successful answers.
 *
 * Freshness: a page shows one database file. The file's inode and mtime are read on every
 * request (a stat, microseconds); when a rebuild renamed a new file into place everything kept
 * is dropped, and a page rendered while the file changed is not kept.
 *
 * Memory: at most CACHE_BYTES of HTML (least recently used goes first) and a bounded list of
 * URLs seen once. Security headers come from next.config.ts as for any response.
 */

// Client-side navigations (RSC requests) never reach the proxy: it would answer them with
// NextResponse.next() anyway, and a request that passes through a proxy comes back to the
// browser with its URL re-encoded (the ~ of a permalink's lists as %7E).
export const config = {
  matcher: [
    {
      source: '/compare',
      missing: [
        { type: 'header', key: 'rsc' },
        { type: 'header', key: 'next-router-prefetch' },
      ],
    },
  ],
};

const FILL_HEADER = 'x-glm-compare-fill';
const CACHE_BYTES = Number(process.env.COMPARE_CACHE_MB ?? 64) * 1024 * 1024;
const MAX_PAGE_BYTES = 8 * 1024 * 1024;
const MAX_SEEN = 5000;
const MAX_QUERY_LENGTH = 4096;
/** The app's database handle notices a new file within a second (lib/db/client.ts): pages rendered sooner might show the old one. */
const SETTLE_MS = 1500;

interface Page {
  body: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
}

const pages = new Map<string, Page>();
let cachedBytes = 0;
const seen = new Map<string, true>();
const filling = new Map<string, Promise<Page | null>>();
let stamp = '';
let stampChangedAt = 0;

function databaseStamp(): string {
  try {
    const s = fs.statSync(databasePath());
    return `${s.ino}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function checkFreshness(): string {
  const now = databaseStamp();
  if (now !== stamp) {
    // The first file this process sees needs no settling: nothing older was ever read.
    stampChangedAt = stamp === '' ? 0 : Date.now();
    stamp = now;
    pages.clear();
    cachedBytes = 0;
    seen.clear();
  }
  return now;
}

function remember(key: string, page: Page) {
  if (page.body.byteLength > MAX_PAGE_BYTES) return;
  const old = pages.get(key);
  if (old) cachedBytes -= old.body.byteLength;
  pages.delete(key);
  pages.set(key, page);
  cachedBytes += page.body.byteLength;
  for (const [k, p] of pages) {
    if (cachedBytes <= CACHE_BYTES) break;
    pages.delete(k);
    cachedBytes -= p.body.byteLength;
  }
}

function answer(page: Page, state: 'hit' | 'fill'): Response {
  const headers = new Headers(page.headers);
  headers.set('x-compare-cache', state);
  return new Response(page.body, { status: 200, headers });
}

async function fill(request: NextRequest, key: string, startStamp: string): Promise<Page | null> {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const res = await fetch(new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, origin), {
    headers: { [FILL_HEADER]: '1', 'accept-encoding': 'identity', accept: 'text/html' },
    cache: 'no-store',
    redirect: 'manual',
  });
  if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith('text/html')) {
    await res.body?.cancel();
    return null;
  }
  const body = new Uint8Array(await res.arrayBuffer());
  const headers: [string, string][] = [];
  for (const name of ['content-type', 'cache-control', 'vary']) {
    const value = res.headers.get(name);
    if (value !== null) headers.push([name, value]);
  }
  const page = { body, headers };
  // Keep it only if the database stayed the same file, long enough for the app to be reading it.
  if (checkFreshness() === startStamp && Date.now() - stampChangedAt > SETTLE_MS) remember(key, page);
  return page;
}

function isDocumentRequest(request: NextRequest): boolean {
  const h = request.headers;
  return (
    request.method === 'GET' &&
    !h.has(FILL_HEADER) &&
    !h.has('rsc') &&
    !h.has('next-router-state-tree') &&
    !h.has('next-router-prefetch') &&
    !h.has('next-router-segment-prefetch') &&
    !h.has('next-action') &&
    !request.nextUrl.searchParams.has('_rsc') &&
    request.nextUrl.search.length <= MAX_QUERY_LENGTH
  );
}

export async function proxy(request: NextRequest): Promise<Response> {
  if (!isDocumentRequest(request)) return NextResponse.next();
  const current = checkFreshness();
  const key = request.nextUrl.search;
  const page = pages.get(key);
  if (page) {
    // Most recently used last.
    pages.delete(key);
    pages.set(key, page);
    return answer(page, 'hit');
  }
  if (!seen.has(key)) {
    if (seen.size >= MAX_SEEN) seen.delete(seen.keys().next().value ?? '');
    seen.set(key, true);
    return NextResponse.next();
  }
  let pending = filling.get(key);
  if (!pending) {
    pending = fill(request, key, current)
      .catch(() => null)
      .finally(() => filling.delete(key));
    filling.set(key, pending);
  }
  const filled = await pending;
  return filled ? answer(filled, 'fill') : NextResponse.next();
}
