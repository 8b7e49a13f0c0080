'use client';

import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import {
  axisProps,
  CategoryTick,
  categoryAxisWidth,
  ChartTooltipBox,
  chartTheme,
  orgColor,
  useElementWidth,
  CHART_FONT_SIZE,
} from '@/components/ui/chart';
import type { BarPanel } from '@/lib/compare/chart-data';

/** The widest the model-name axis gets (px, and share of the chart); longer names are abbreviated (full name in the tick's tooltip). */
const MAX_LABEL_WIDTH = 180;
const MAX_LABEL_SHARE = 0.36;

/** The Recharts part of a bar panel (./benchmark-bars.tsx loads it lazily). */
export default function BarPanelChart({ panel, height, max }: { panel: BarPanel; height: number; max: number | undefined }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const labelWidth = categoryAxisWidth(
    panel.bars.map((b) => b.label),
    width ? Math.min(MAX_LABEL_WIDTH, Math.round(width * MAX_LABEL_SHARE)) : MAX_LABEL_WIDTH,
  );
  return (
    <div ref={box}>
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
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          interval={0}
          {...axisProps}
          tick={(props) => <CategoryTick {...props} width={labelWidth} />}
        />
        <Tooltip
          cursor={{ fill: 'var(--bg-muted)' }}
          content={({ active, payload }) => {
            const d = payload?.[0]?.payload as BarPanel['bars'][number] | undefined;
            if (!active || !d) return null;
            return (
              <ChartTooltipBox
                title={d.label}
                lines={[
                  `${panel.title}: ${d.display}`,
                  d.approx ? 'approximate in its source' : null,
                  d.badges.join(' · ') || null,
                ]}
              />
            );
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
    </div>
  );
}
