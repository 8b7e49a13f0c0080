import HomePage, { metadata as pageMeta } from '../page';
import type { Metadata } from 'next';
import { DefaultView } from '@/components/layout/default-view';

// / with no query, prerendered; the proxy serves / from here (lib/default-views.ts).
export const dynamic = 'force-static';
// The page's metadata, with its canonical URL: the twin is served at /.
export const metadata: Metadata = { ...pageMeta, alternates: { ...pageMeta.alternates, canonical: '/' } };

export default function HomeDefaultView() {
  return <DefaultView page={HomePage} />;
}
