'use client';

import { CartesianGrid, ComposedChart, LabelList, Line, Scatter, Tooltip, XAxis, YAxis, Cell } from 'recharts';
import { axisProps, ChartTooltipBox, chartTheme, orgColor, CHART_FONT_SIZE } from '@/components/ui/chart';
import { scatterLabels, type ScatterData, type ScatterDatum } from '@/lib/compare/chart-data';

/** Mantissas for log-axis ticks, sparse to dense: the densest needed to label a narrow range (prices within 2x of each other). */
const TICK_MANTISSAS = [
  [1, 2, 5],
  [1, 1.5, 2, 3, 5, 7],
  [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9],
];

function logTicks(min: number, max: number): number[] {
  // A log axis has no zero: a non-positive or infinite bound would make the decade loop endless.
  if (!(min > 0) || !Number.isFinite(max) || max < min) return [];
  let ticks: number[] = [];
  for (const mantissas of TICK_MANTISSAS) {
    ticks = [];
    for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
      for (const m of mantissas) {
        const t = m * 10 ** e;
        if (t >= min * 0.999 && t <= max * 1.001) ticks.push(Number(t.toPrecision(3)));
      }
    }
    if (ticks.length >= 3) break;
  }
  return ticks;
}

/** The Recharts part of a scatter plot (./scatter-chart.tsx loads it lazily). */
export default function ScatterPlotChart({ data, xFormat }: { data: ScatterData; xFormat: 'usd' | 'params' }) {
  const xs = data.points.map((p) => p.x);
  const lo = xs.length ? Math.min(...xs) / 1.6 : 0.1;
  const hi = xs.length ? Math.max(...xs) * 1.6 : 10;
  const labels = scatterLabels(data.points, [lo, hi]);
  const points = data.points.map((p) => ({ ...p, pointLabel: labels.get(p.modelId) ?? p.label }));
  const fmt = (v: number) =>
    xFormat === 'usd' ? `$${v < 1 ? v.toPrecision(2) : v < 10 ? String(Number(v.toFixed(2))) : v.toFixed(0)}` : `${v}B`;
  return (
    <ComposedChart
      responsive
      style={{ width: '100%', height: 380 }}
      margin={{ top: 16, right: 24, bottom: 28, left: 8 }}
      accessibilityLayer={false}
    >
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
        label={{
          value: `${data.benchmarkName}${data.unit === '%' ? ' (%)' : ''}`,
          angle: -90,
          position: 'insideLeft',
          fill: chartTheme.text,
          fontSize: CHART_FONT_SIZE,
          dy: 60,
        }}
        {...axisProps}
      />
      <Tooltip
        cursor={{ strokeDasharray: '3 3' }}
        content={({ active, payload }) => {
          const d = payload?.[0]?.payload as ScatterDatum | undefined;
          if (!active || !d) return null;
          return (
            <ChartTooltipBox
              title={d.label}
              lines={[
                d.xDisplay,
                `${data.benchmarkName}: ${d.yDisplay}`,
                d.approx ? 'approximate in its source' : null,
                d.onFrontier ? 'on the Pareto frontier' : null,
              ]}
            />
          );
        }}
      />
      <Line
        data={data.frontier}
        dataKey="y"
        type="stepAfter"
        stroke={chartTheme.frontier}
        strokeDasharray="5 4"
        dot={false}
        isAnimationActive={false}
        legendType="none"
      />
      <Scatter data={points} isAnimationActive={false}>
        {points.map((p) => (
          <Cell
            key={p.modelId}
            fill={p.approx ? 'var(--bg)' : orgColor(p.org)}
            stroke={orgColor(p.org)}
            strokeWidth={2}
            data-model={p.modelId}
          />
        ))}
        <LabelList
          dataKey="pointLabel"
          // One line, centred above the point: Recharts' own label wraps at every space within the dot's width.
          content={({ x, y, width, value }) =>
            value ? (
              <text
                x={Number(x) + Number(width ?? 0) / 2}
                y={Number(y) - 6}
                textAnchor="middle"
                fill={chartTheme.label}
                fontSize={CHART_FONT_SIZE}
              >
                {String(value)}
              </text>
            ) : null
          }
        />
      </Scatter>
    </ComposedChart>
  );
}
