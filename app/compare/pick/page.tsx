import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { quickPickView } from '@/lib/queries/compare';
import { compareUrl, parseQuickPick, type SearchParams } from '@/lib/view-state';

export const metadata: Metadata = { title: 'Quick pick', robots: { index: false } };

/**
 * A quick pick by name (lib/view-state.ts › quickPickUrl), answered with a redirect to the view
 * with the pick applied and spelled out in full, so the address bar and any shared link carry the
 * permalink. A pick the version does not have is a 404.
 */
export default async function QuickPickPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { pick, state } = parseQuickPick(await searchParams);
  const view = pick ? quickPickView(state, pick) : null;
  if (!view) notFound();
  redirect(compareUrl(view));
}
