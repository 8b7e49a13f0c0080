'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { axisProps, ChartFrame, ChartTooltipBox, chartTheme, orgColor, CHART_FONT_SIZE } from '@/components/ui/chart';
import type { BarPanel } from '@/lib/compare/chart-data';

const ROW_HEIGHT = 24;

function Panel({ panel }: { panel: BarPanel }) {
  const height = Math.max(1, panel.bars.length) * ROW_HEIGHT + 36;
  const max = panel.unit === '%' ? 100 : undefined;
  return (
    <ChartFrame
      id={`bars-${panel.id}`}
      title={panel.title}
      leftOut={panel.leftOut}
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
        <p className="rounded border border-dashed border-[var(--border)] p-3 text-xs text-[var(--fg-muted)]">No plottable values.</p>
      ) : (
        <BarChart
          responsive
          style={{ width: '100%', height }}
          data={panel.bars}
          layout="vertical"
          margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={chartTheme.grid} />
          <XAxis type="number" domain={[0, max ?? 'auto']} {...axisProps} />
          <YAxis type="category" dataKey="label" width={172} interval={0} {...axisProps} />
          <Tooltip
            cursor={{ fill: 'var(--bg-muted)' }}
            content={({ active, payload }) => {
              const d = payload?.[0]?.payload as BarPanel['bars'][number] | undefined;
              if (!active || !d) return null;
              return <ChartTooltipBox title={d.label} lines={[`${panel.title}: ${d.display}`, d.approx ? 'approximate in its source' : null, d.badges.join(' · ') || null]} />;
            }}
          />
          <Bar dataKey="value" isAnimationActive={false} barSize={16}>
            {panel.bars.map((b) => (
              <Cell
                key={b.modelId}
                fill={orgColor(b.org)}
                fillOpacity={b.approx ? 0.35 : 1}
                stroke={orgColor(b.org)}
                strokeDasharray={b.approx ? '3 2' : undefined}
                data-model={b.modelId}
                data-value={b.value}
              />
            ))}
            <LabelList dataKey="display" position="right" fill={chartTheme.label} fontSize={CHART_FONT_SIZE} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}

/** Small multiples: one horizontal bar panel per benchmark, bars coloured by organization. */
export function BenchmarkBars({ panels, truncated }: { panels: BarPanel[]; truncated: number }) {
  return (
    <div>
      <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3" data-testid="bar-chart">
        {panels.map((p) => (
          <Panel key={p.id} panel={p} />
        ))}
      </div>
      {truncated > 0 ? <p className="mt-2 text-xs text-[var(--fg-muted)]">{truncated} more benchmark(s) are in the table but not charted.</p> : null}
    </div>
  );
}
