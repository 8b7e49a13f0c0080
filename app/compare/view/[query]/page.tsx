import ComparePage, { generateMetadata as compareMetadata } from '../../page';
import { CachedView, viewQuery } from '@/components/layout/default-view';

// A canonical /compare view, rendered on its first request and then kept by Next's incremental
// cache; the proxy serves /compare?<query> from here (lib/default-views.ts).
export const dynamicParams = true;
export const revalidate = 60;
export function generateStaticParams(): Array<{ query: string }> {
  return [];
}

type Props = { params: Promise<{ query: string }> };

export function generateMetadata({ params }: Props) {
  return compareMetadata({ searchParams: viewQuery(params) });
}

export default function CompareCachedView({ params }: Props) {
  return <CachedView page={ComparePage} params={params} />;
}
