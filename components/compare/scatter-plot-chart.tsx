'use client';

import { CartesianGrid, ComposedChart, LabelList, Line, Scatter, Tooltip, XAxis, YAxis, Cell } from 'recharts';
import { axisProps, ChartTooltipBox, chartTheme, orgColor, CHART_FONT_SIZE } from '@/components/ui/chart';
import type { ScatterData, ScatterDatum } from '@/lib/compare/chart-data';

function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const t = m * 10 ** e;
      if (t >= min * 0.999 && t <= max * 1.001) ticks.push(Number(t.toPrecision(3)));
    }
  }
  return ticks;
}

/** The Recharts part of a scatter plot (./scatter-chart.tsx loads it lazily). */
export default function ScatterPlotChart({ data, xFormat }: { data: ScatterData; xFormat: 'usd' | 'params' }) {
  const xs = data.points.map((p) => p.x);
  const lo = xs.length ? Math.min(...xs) / 1.6 : 0.1;
  const hi = xs.length ? Math.max(...xs) * 1.6 : 10;
  const fmt = (v: number) => (xFormat === 'usd' ? `$${v < 1 ? v.toPrecision(2) : v.toFixed(v < 10 ? 1 : 0)}` : `${v}B`);
  return (
    <ComposedChart responsive style={{ width: '100%', height: 380 }} margin={{ top: 16, right: 24, bottom: 28, left: 8 }} accessibilityLayer={false}>
      <CartesianGrid stroke={chartTheme.grid} />
      <XAxis
        type="number"
        dataKey="x"
        scale="log"
        domain={[lo, hi]}
        ticks={logTicks(lo, hi)}
        tickFormatter={fmt}
        allowDataOverflow
        label={{ value: data.xLabel, position: 'insideBottom', offset: -16, fill: chartTheme.text, fontSize: CHART_FONT_SIZE }}
        {...axisProps}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={['auto', 'auto']}
        width={44}
        label={{ value: `${data.benchmarkName}${data.unit === '%' ? ' (%)' : ''}`, angle: -90, position: 'insideLeft', fill: chartTheme.text, fontSize: CHART_FONT_SIZE, dy: 60 }}
        {...axisProps}
      />
      <Tooltip
        cursor={{ strokeDasharray: '3 3' }}
        content={({ active, payload }) => {
          const d = payload?.[0]?.payload as ScatterDatum | undefined;
          if (!active || !d) return null;
          return <ChartTooltipBox title={d.label} lines={[d.xDisplay, `${data.benchmarkName}: ${d.yDisplay}`, d.approx ? 'approximate in its source' : null, d.onFrontier ? 'on the Pareto frontier' : null]} />;
        }}
      />
      <Line data={data.frontier} dataKey="y" type="stepAfter" stroke={chartTheme.frontier} strokeDasharray="5 4" dot={false} isAnimationActive={false} legendType="none" />
      <Scatter data={data.points} isAnimationActive={false}>
        {data.points.map((p) => (
          <Cell
            key={p.modelId}
            fill={p.approx ? 'var(--bg)' : orgColor(p.org)}
            stroke={orgColor(p.org)}
            strokeWidth={2}
            data-model={p.modelId}
          />
        ))}
        <LabelList dataKey="label" position="top" fill={chartTheme.label} fontSize={CHART_FONT_SIZE} />
      </Scatter>
    </ComposedChart>
  );
}
