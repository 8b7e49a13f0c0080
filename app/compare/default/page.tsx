import ComparePage, { generateMetadata as compareMetadata } from '../page';
import { DefaultView } from '@/components/layout/default-view';
import { NO_QUERY } from '@/lib/default-views';

// /compare with no query, prerendered; the proxy serves /compare from here (lib/default-views.ts).
export const dynamic = 'force-static';
// Revalidated like the cached views: a request a minute or more after it was made regenerates it, so a
// rebuilt database replaces it (lib/default-views.ts).
export const revalidate = 60;

export function generateMetadata() {
  return compareMetadata({ searchParams: NO_QUERY });
}

export default function CompareDefaultView() {
  return <DefaultView page={ComparePage} />;
}
