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
  // GLM_BUILD_SITE_URL is written into the build by next.config.ts; spelled out so it is inlined.
  const built = normalized(process.env.GLM_BUILD_SITE_URL);
  return built !== null && normalized(runtimeSiteUrl) === built;
}
