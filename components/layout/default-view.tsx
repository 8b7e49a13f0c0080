import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { NO_QUERY, twinsBuilt } from '@/lib/default-views';
import type { SearchParams } from '@/lib/view-state';

/**
 * A page's default view, for its prerendered twin (lib/default-views.ts). A build made without
 * SITE_URL has no site address to write into it, and the proxy never serves it: a 404 then.
 */
export function DefaultView({ page: Page }: { page: (props: { searchParams: Promise<SearchParams> }) => Promise<ReactNode> }) {
  if (!twinsBuilt()) notFound();
  return <Page searchParams={NO_QUERY} />;
}
