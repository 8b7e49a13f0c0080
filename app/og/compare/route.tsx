import { barPanels } from '@/lib/compare/chart-data';
import { buildCompareView } from '@/lib/compare/view';
import { Bars, Frame, ogImage } from '@/lib/og/render';

export const dynamic = 'force-dynamic';

/** The preview image of a /compare permalink: the same parameters, the view's first charts. */
export function GET(request: Request) {
  const data = buildCompareView(new URL(request.url).searchParams);
  const names = data.rows.map((r) => r.model.name);
  const title =
    names.length === 2
      ? `${names[0]} vs ${names[1]}`
      : names.length > 0
        ? `${names.slice(0, 3).join(', ')}${names.length > 3 ? ` +${names.length - 3}` : ''}`
        : 'Compare models';
  const { panels } = barPanels(data);
  const shown = panels.filter((p) => p.bars.length > 0).slice(0, 2);
  const width = shown.length === 1 ? 1088 : 532;
  return ogImage(
    <Frame
      kicker={`Compare · data ${data.version.id}`}
      title={title}
      subtitle={`${data.columns.length} benchmark column${data.columns.length === 1 ? '' : 's'}: ${data.columns
        .slice(0, 4)
        .map((c) => c.benchmark.name)
        .join(', ')}${data.columns.length > 4 ? '…' : ''}`}
    >
      <div style={{ display: 'flex', gap: 24 }}>
        {shown.map((p) => (
          <Bars
            key={p.id}
            title={p.title}
            width={width}
            max={p.unit === '%' ? 100 : Math.max(...p.bars.map((b) => b.value))}
            bars={p.bars
              .slice(0, 7)
              .map((b) => ({ label: b.label, org: b.org, value: b.value, display: b.display, approx: b.approx }))}
          />
        ))}
      </div>
    </Frame>,
    { pinned: data.urlState.v !== null },
  );
}
