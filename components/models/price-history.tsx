import { SourceLink } from '@/components/values/source-line';
import { formatPartialDate } from '@/lib/format';
import { PRICE_KIND_NAME } from '@/lib/price-kinds';
import type { PriceHistorySeries } from '@/lib/queries/price-history';

/**
 * A model's prices over the data versions, as a small timeline per seller and kind. Only series
 * where something changed (or a dated condition) are drawn; the rest is one sentence.
 */
export function PriceHistory({ series, versionIds }: { series: PriceHistorySeries[]; versionIds: string[] }) {
  const changed = series.filter((s) => s.points.length > 1);
  const span =
    versionIds.length > 1
      ? `data versions ${versionIds[0]} to ${versionIds[versionIds.length - 1]}`
      : `data version ${versionIds[0] ?? ''}`;
  return (
    <div className="space-y-2 text-sm" data-testid="price-history">
      <h3 className="font-semibold">Price history</h3>
      {changed.length === 0 ? (
        <p className="text-xs text-fg-muted">
          No price of this model changed across {span}
          {series.length > 0 ? '' : ' (none is recorded)'}.
        </p>
      ) : (
        <ol className="space-y-2">
          {changed.map((s) => (
            <li key={`${s.provider.id}-${s.kind}-${s.currency}`} data-series={`${s.provider.id}-${s.kind}`}>
              <p className="text-xs text-fg-muted">
                {s.provider.name} · {PRICE_KIND_NAME[s.kind]} · {s.currency} per 1M tokens
              </p>
              <ol className="mt-1 flex flex-wrap items-stretch gap-1 text-xs">
                {s.points.map((p, i) => (
                  <li key={i} className="rounded border border-border px-2 py-1" data-testid="price-history-point">
                    <span className="tabular font-semibold">{p.display}</span>
                    {p.condition ? <span className="block text-fg-muted">{p.condition}</span> : null}
                    <span className="block text-fg-muted">
                      {p.asOf ? `as of ${formatPartialDate(p.asOf)}; ` : ''}
                      {p.firstVersion.id === p.lastVersion.id
                        ? `in data ${p.firstVersion.id}`
                        : `in data ${p.firstVersion.id} to ${p.lastVersion.id}`}
                    </span>
                    <span className="block">
                      <SourceLink source={p.source} />
                    </span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
