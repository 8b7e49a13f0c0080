import {
  parseChangelogState,
  parseCompareState,
  parseCostState,
  parseHardwareState,
  parseModelListState,
  parseSearchState,
  parseVersionOnly,
  serializeChangelogState,
  serializeCompareState,
  serializeCostState,
  serializeHardwareState,
  serializeModelListState,
  serializeSearchState,
  serializeVersionOnly,
  type ViewIssue,
} from './view-state';

/*
 * How long a response may be kept, and which spelling of a view is the one to keep. Shared by the
 * proxy (pages) and the API (lib/api/respond.ts). Pure: the proxy imports it.
 */

/** Data pinned to a version (API answers, source panels) never changes: anyone may keep it for good. */
export const CACHE_PINNED_DATA = 'public, max-age=31536000, immutable';
/**
 * A page pinned to a data version (v=…) shows data that never changes: shared caches (a CDN) keep it
 * for good, browsers for a day, because a page also names this build's script files, which the next
 * deployment replaces (a CDN is purged on deployment: README › Deploy).
 */
export const CACHE_PINNED_PAGE = 'public, max-age=86400, s-maxage=31536000, immutable';
/** The latest data may be rebuilt at any time: a minute fresh, then served stale while it revalidates. */
export const CACHE_UNPINNED = 'public, max-age=60, stale-while-revalidate=600';
/**
 * A page of a server without SITE_URL names the host each request gave in its absolute URLs
 * (lib/site-url.ts): no shared cache may keep it, or one reader's Host header would reach the next.
 */
export const CACHE_PAGE_PER_HOST = 'private, no-cache';

/** Cache-Control of a data answer (API, panel JSON). */
export function cacheControl(pinned: boolean): string {
  return pinned ? CACHE_PINNED_DATA : CACHE_UNPINNED;
}

type Parsed = { query: string; issues: ViewIssue[]; pinned: boolean };

/** Pages whose view is their query string, with the parser and serializer that define its one spelling. */
const compareView = (p: URLSearchParams): Parsed => {
  const { state, issues } = parseCompareState(p);
  return { query: serializeCompareState(state), issues, pinned: state.v !== null };
};

const modelListView = (p: URLSearchParams): Parsed => {
  const { state, issues } = parseModelListState(p);
  return { query: serializeModelListState(state), issues, pinned: false };
};

const versionOnlyView = (p: URLSearchParams): Parsed => {
  const { v, issues } = parseVersionOnly(p);
  return { query: serializeVersionOnly(v), issues, pinned: v !== null };
};

const VIEWS: Record<string, (params: URLSearchParams) => Parsed> = {
  '/compare': compareView,
  '/embed/compare': compareView,
  '/pricing': (p) => {
    const { state, issues } = parseCostState(p);
    return { query: serializeCostState(state), issues, pinned: state.v !== null };
  },
  '/hardware': (p) => {
    const { state, issues } = parseHardwareState(p);
    return { query: serializeHardwareState(state), issues, pinned: state.v !== null };
  },
  '/': modelListView,
  '/models': modelListView,
  '/history': versionOnlyView,
  '/sources': versionOnlyView,
  '/changelog': (p) => {
    const { state, issues } = parseChangelogState(p);
    return { query: serializeChangelogState(state), issues, pinned: false };
  },
  '/search': (p) => {
    const { state, issues } = parseSearchState(p);
    return { query: serializeSearchState(state), issues, pinned: false };
  },
};

export interface PagePolicy {
  /** Where to send the request when it spells a view differently from its canonical URL; null to answer it. */
  redirect: string | null;
  cacheControl: string;
}

/**
 * The caching policy of a page request. Another spelling of the same view (parameters in another
 * order, upper case, parameters the page does not read such as utm_*) is redirected to the canonical
 * URL, so every cache holds one entry per view. A query the page has to warn about is not
 * redirected: the page shows the notice and the working view, and the notice must survive.
 */
export function pagePolicy(pathname: string, rawSearch: string, siteUrlSet: boolean): PagePolicy {
  const view = VIEWS[pathname];
  if (!view) return { redirect: null, cacheControl: siteUrlSet ? CACHE_UNPINNED : CACHE_PAGE_PER_HOST };
  const params = new URLSearchParams(rawSearch);
  const { query, issues, pinned } = view(params);
  // The proxy sees "~" and ":" percent-encoded whatever the reader typed (Next re-encodes the URL before
  // it), so those two spellings are one view here: they reach the same render and the same cache entry.
  const current = (rawSearch.startsWith('?') ? rawSearch.slice(1) : rawSearch).replace(/%7E/gi, '~').replace(/%3A/gi, ':');
  const redirect = issues.length === 0 && current !== query ? (query ? `${pathname}?${query}` : pathname) : null;
  return { redirect, cacheControl: !siteUrlSet ? CACHE_PAGE_PER_HOST : pinned ? CACHE_PINNED_PAGE : CACHE_UNPINNED };
}
