import PricingPage, { metadata as pageMeta } from '../page';
import type { Metadata } from 'next';
import { DefaultView } from '@/components/layout/default-view';

// /pricing with no query, prerendered; the proxy serves /pricing from here (lib/default-views.ts).
export const dynamic = 'force-static';
// Revalidated like the cached views: a request a minute or more after it was made regenerates it, so a
// rebuilt database replaces it (lib/default-views.ts).
export const revalidate = 60;
// The page's metadata, with its canonical URL: the twin is served at /pricing.
export const metadata: Metadata = { ...pageMeta, alternates: { ...pageMeta.alternates, canonical: '/pricing' } };

export default function PricingDefaultView() {
  return <DefaultView page={PricingPage} />;
}
