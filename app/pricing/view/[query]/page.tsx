import type { Metadata } from 'next';
import PricingPage, { metadata as pageMeta } from '../../page';
import { CachedView } from '@/components/layout/default-view';

// A canonical /pricing view (a calculator state), rendered on its first request and then kept by
// Next's incremental cache; the proxy serves /pricing?<query> from here (lib/default-views.ts).
export const dynamicParams = true;
export const revalidate = 60;
export function generateStaticParams(): Array<{ query: string }> {
  return [];
}

export const metadata: Metadata = pageMeta;

export default function PricingCachedView({ params }: { params: Promise<{ query: string }> }) {
  return <CachedView page={PricingPage} params={params} />;
}
