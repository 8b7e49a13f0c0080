/**
 * The default views of the pages that read their query. /, /compare, /models, /pricing and
 * /hardware render per request because their view is in the URL; their default view (no query at
 * all) is the same for every reader of a build, so it is also prerendered at a twin path and the
 * proxy (proxy.ts) serves a query-less request from it. Only when the server's SITE_URL is the one
 * the build was made with: a prerendered page carries the site address in its canonical,
 * preview-image and embed URLs. A twin's canonical URL is its page's. (The proxy also sees the
 * rewritten request, so a twin path cannot be told from a direct request for it there.)
 * Shared by the proxy and the twins' pages: no server-only imports.
 */
export const DEFAULT_VIEW_TWINS: Readonly<Record<string, string>> = {
  '/': '/default',
  '/compare': '/compare/default',
  '/models': '/models/default',
  '/pricing': '/pricing/default',
  '/hardware': '/hardware/default',
};

/** The twin a request may be served from: a page above, asked for with no query at all. */
export function defaultViewTwin(pathname: string, search: string): string | null {
  return search === '' || search === '?' ? (DEFAULT_VIEW_TWINS[pathname] ?? null) : null;
}

/**
 * Views of these pages with a query are rendered once per canonical URL and then kept by Next's
 * incremental cache: the proxy rewrites a canonical request (after redirecting any other spelling) to
 * `<page>/view/<the query, encoded>`, a route prerendered on demand (app/<page>/view/[query]). Longer
 * queries than this render per request, so a cache key stays a sane path segment.
 */
export const CACHED_VIEW_PAGES: Readonly<Record<string, string>> = {
  '/compare': '/compare/view',
  '/pricing': '/pricing/view',
};
export const MAX_CACHED_QUERY = 1024;

/** Where a canonical view with a query is cached (null: rendered per request). */
export function cachedViewPath(pathname: string, search: string): string | null {
  const base = CACHED_VIEW_PAGES[pathname];
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (!base || query === '' || query.length > MAX_CACHED_QUERY) return null;
  return `${base}/${encodeURIComponent(query)}`;
}

/**
 * The query a cached view's path segment holds. Next hands a route prerendered on demand its
 * segment still percent-encoded (a query's "=" as %3D), where a route rendered per request gets it
 * decoded; a canonical query always has an "=", so one without it is still encoded.
 */
export function segmentQuery(segment: string): string {
  if (segment.includes('=')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

const PAGE_OF_TWIN = new Map(Object.entries(DEFAULT_VIEW_TWINS).map(([page, twin]) => [twin, page]));

/**
 * The public view a twin or cached-view path stands for. The proxy sees the rewritten request too
 * (and any direct request for such a path): it answers both as the public view would be answered
 * (the same Cache-Control; a non-canonical query redirected to the canonical public URL).
 */
export function publicViewOf(pathname: string): { pathname: string; search: string } | null {
  const page = PAGE_OF_TWIN.get(pathname);
  if (page) return { pathname: page, search: '' };
  for (const [view, base] of Object.entries(CACHED_VIEW_PAGES)) {
    if (!pathname.startsWith(`${base}/`)) continue;
    const segment = pathname.slice(base.length + 1);
    if (segment === '' || segment.includes('/')) return null;
    const query = segmentQuery(segment);
    return query === '' ? null : { pathname: view, search: `?${query}` };
  }
  return null;
}

/** The query every twin renders with: none. */
export const NO_QUERY: Promise<Record<string, string | string[] | undefined>> = Promise.resolve({});

function normalized(siteUrl: string | undefined): string | null {
  return siteUrl?.trim().replace(/\/+$/, '').toLowerCase() || null;
}

/** Whether this build was made with a SITE_URL; without one its twins are 404s (never served). */
export function twinsBuilt(): boolean {
  return normalized(process.env.GLM_BUILD_SITE_URL) !== null;
}

/** Whether this server's SITE_URL is the one its build was made with (so the twins name the right site). */
export function twinsServeThisSite(runtimeSiteUrl = process.env.SITE_URL): boolean {
  // A server that renders every view per request, to measure rendering (npm run bench).
  if (process.env.GLM_VIEW_CACHE === 'off') return false;
  // GLM_BUILD_SITE_URL is written into the build by next.config.ts; spelled out so it is inlined.
  const built = normalized(process.env.GLM_BUILD_SITE_URL);
  return built !== null && normalized(runtimeSiteUrl) === built;
}
