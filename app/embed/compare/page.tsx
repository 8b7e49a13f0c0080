import type { Metadata } from 'next';
import { CompareCharts } from '@/components/compare/compare-charts';
import { buildCompareView } from '@/lib/compare/view';
import { compareUrl, type SearchParams } from '@/lib/view-state';

type Props = { searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: 'Embedded chart', robots: { index: false } };

/**
 * A compare view's chart with minimal chrome, for other sites' iframes (the only route they
 * may frame). The same parameters as /compare; a link leads back to the full view.
 */
export default async function EmbedComparePage({ searchParams }: Props) {
  const data = buildCompareView(await searchParams);
  const back = compareUrl({ ...data.urlState, v: data.version.id });
  const names = data.rows.map((r) => r.model.name);
  return (
    <div className="space-y-3" data-testid="embed">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm font-semibold">
          {names.slice(0, 5).join(', ')}
          {names.length > 5 ? ` +${names.length - 5}` : ''}
        </p>
        <a className="link text-xs" href={back} target="_blank" rel="noopener">
          Open in GLM Compare ↗
        </a>
      </div>
      {data.issues.length > 0 ? (
        <p className="text-xs text-warn">Some of this link&apos;s parameters were ignored; open the full view for details.</p>
      ) : null}
      <CompareCharts data={data} id="embed-charts" />
      <p className="text-[11px] text-fg-muted">
        GLM Compare · data {data.version.id} · every value with its source on the{' '}
        <a className="link" href={back} target="_blank" rel="noopener">
          full view
        </a>
        .
      </p>
    </div>
  );
}
