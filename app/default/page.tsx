import HomePage, { metadata as pageMeta } from '../page';
import type { Metadata } from 'next';
import { DefaultView } from '@/components/layout/default-view';

// / with no query, prerendered; the proxy serves / from here (lib/default-views.ts).
export const dynamic = 'force-static';
// Revalidated like the cached views: a request a minute or more after it was made regenerates it, so a
// rebuilt database replaces it (lib/default-views.ts).
export const revalidate = 60;
// The page's own metadata: served at /, it names no other address (Next writes a canonical "/" without its slash).
export const metadata: Metadata = pageMeta;

export default function HomeDefaultView() {
  return <DefaultView page={HomePage} />;
}
