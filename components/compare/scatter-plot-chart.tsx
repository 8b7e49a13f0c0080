'use client';

import { CartesianGrid, ComposedChart, LabelList, Line, Scatter, Tooltip, XAxis, YAxis, Cell } from 'recharts';
import { axisProps, ChartTooltipBox, chartTheme, orgColor, CHART_FONT_SIZE } from '@/components/ui/chart';
import {
  formatScatterX,
  logTicks,
  scatterLabels,
  scatterXDomain,
  type ScatterData,
  type ScatterDatum,
} from '@/lib/compare/chart-data';

/** The Recharts part of a scatter plot (./scatter-chart.tsx loads it lazily). */
export default function ScatterPlotChart({
  data,
  xFormat,
  zoom,
}: {
  data: ScatterData;
  xFormat: 'usd' | 'params';
  /** Percentages: the y axis spans the values' range (said so in the chart's description) instead of 0–100. */
  zoom: boolean;
}) {
  const [lo, hi] = scatterXDomain(data.points);
  const labels = scatterLabels(data.points, [lo, hi]);
  const points = data.points.map((p) => ({ ...p, pointLabel: labels.get(p.modelId) ?? p.label }));
  const fmt = (v: number) => formatScatterX(v, xFormat);
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
        domain={data.unit === '%' && !zoom ? [0, 100] : ['auto', 'auto']}
        width={60}
        // Rotated, centred on the axis and at its far left: clear of the tick labels, which are right-aligned.
        label={{
          value: `${data.benchmarkName}${data.unit === '%' ? ' (%)' : ''}`,
          angle: -90,
          position: 'insideLeft',
          offset: 2,
          textAnchor: 'middle',
          fill: chartTheme.text,
          fontSize: CHART_FONT_SIZE,
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
