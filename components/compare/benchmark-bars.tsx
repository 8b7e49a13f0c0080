'use client';

import dynamic from 'next/dynamic';
import { ChartFrame, StaticBars } from '@/components/ui/chart';
import { ChartSlot } from './chart-slot';
import { chartLegend, type BarPanel } from '@/lib/compare/chart-data';
import { cx } from '@/lib/cx';

// Recharts is most of the page's JavaScript; it renders only in the browser anyway (it measures
// its container), so it loads after the page, when the chart comes into view (ChartSlot).
const BarPanelChart = dynamic(() => import('./bar-panel-chart'), { ssr: false });

const ROW_HEIGHT = 24;

function Panel({ panel, interactive }: { panel: BarPanel; interactive: boolean }) {
  const height = Math.max(1, panel.bars.length) * ROW_HEIGHT + 36;
  const max = panel.unit === '%' ? 100 : undefined;
  return (
    <ChartFrame
      id={`bars-${panel.id}`}
      title={panel.title}
      leftOut={panel.leftOut}
      legend={chartLegend(panel.bars)}
      alternative={
        <table>
          <caption>{panel.title}</caption>
          <tbody>
            {panel.bars.map((b) => (
              <tr key={b.modelId}>
                <th scope="row">{b.label}</th>
                <td>{b.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {panel.bars.length === 0 ? (
        <p className="rounded border border-dashed border-border p-3 text-xs text-fg-muted">No plottable values.</p>
      ) : interactive ? (
        <ChartSlot height={height}>
          <BarPanelChart panel={panel} height={height} max={max} />
        </ChartSlot>
      ) : (
        <StaticBars bars={panel.bars} max={max} rowHeight={ROW_HEIGHT} />
      )}
    </ChartFrame>
  );
}

/**
 * Small multiples: one horizontal bar panel per benchmark, bars coloured by organization; a single panel
 * takes the full width. `interactive={false}` draws them as plain HTML bars with the page (no Recharts,
 * no tooltips): for a chart read at a glance, linked to where it can be explored.
 */
export function BenchmarkBars({
  panels,
  truncated,
  interactive = true,
}: {
  panels: BarPanel[];
  truncated: number;
  interactive?: boolean;
}) {
  return (
    <div>
      <div className={cx('grid gap-6', panels.length > 1 && 'md:grid-cols-2')} data-testid="bar-chart">
        {panels.map((p) => (
          <Panel key={p.id} panel={p} interactive={interactive} />
        ))}
      </div>
      {truncated > 0 ? (
        <p className="mt-2 text-xs text-fg-muted">{truncated} more benchmark(s) are in the table but not charted.</p>
      ) : null}
    </div>
  );
}
