import ComparePage, { generateMetadata as compareMetadata } from '../page';
import { DefaultView } from '@/components/layout/default-view';
import { NO_QUERY } from '@/lib/default-views';

// /compare with no query, prerendered; the proxy serves /compare from here (lib/default-views.ts).
export const dynamic = 'force-static';

export function generateMetadata() {
  return compareMetadata({ searchParams: NO_QUERY });
}

export default function CompareDefaultView() {
  return <DefaultView page={ComparePage} />;
}
