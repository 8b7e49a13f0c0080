import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { NO_QUERY, segmentQuery, twinsBuilt } from '@/lib/default-views';
import type { SearchParams } from '@/lib/view-state';

/**
 * A page's default view, for its prerendered twin (lib/default-views.ts). A build made without
 * SITE_URL has no site address to write into it, and the proxy never serves it: a 404 then.
 */
export function DefaultView({ page: Page }: { page: (props: { searchParams: Promise<SearchParams> }) => Promise<ReactNode> }) {
  if (!twinsBuilt()) notFound();
  return <Page searchParams={NO_QUERY} />;
}

/** The query a cached view's path carries (lib/default-views.ts, cachedViewPath). */
export function viewQuery(params: Promise<{ query: string }>): Promise<SearchParams> {
  return params.then(({ query }) => new URLSearchParams(segmentQuery(query)));
}

/**
 * A canonical view with a query, for its route under <page>/view/ that Next caches after the first
 * request. Like the twins, only a build with SITE_URL serves these.
 */
export function CachedView({
  page: Page,
  params,
}: {
  page: (props: { searchParams: Promise<SearchParams> }) => Promise<ReactNode>;
  params: Promise<{ query: string }>;
}) {
  if (!twinsBuilt()) notFound();
  return <Page searchParams={viewQuery(params)} />;
}
