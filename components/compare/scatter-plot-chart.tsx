'use client';

import { useRef } from 'react';
import { CartesianGrid, ComposedChart, LabelList, Line, Scatter, Tooltip, XAxis, YAxis, Cell } from 'recharts';
import {
  axisProps,
  ChartTooltipBox,
  chartTheme,
  orgColor,
  textWidth,
  useElementWidth,
  CHART_FONT_SIZE,
} from '@/components/ui/chart';
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
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const [lo, hi] = scatterXDomain(data.points);
  // Points closer than a label's width (about 90 px) on a narrow chart share one label.
  const fromZero = data.unit === '%' && !zoom;
  const labels = scatterLabels(data.points, [lo, hi], width ? Math.max(0.05, 90 / width) : 0.05, fromZero ? [0, 100] : undefined);
  const points = data.points.map((p) => ({ ...p, pointLabel: labels.get(p.modelId) ?? p.label }));
  const fmt = (v: number) => formatScatterX(v, xFormat);
  return (
    <div ref={box}>
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
          domain={fromZero ? [0, 100] : ['auto', 'auto']}
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
            // Kept inside the chart: a cluster's label near an edge shifts inward rather than being cut.
            content={({ x, y, width: dot, value }) =>
              value ? (
                <text
                  x={
                    width
                      ? Math.min(
                          Math.max(Number(x) + Number(dot ?? 0) / 2, textWidth(String(value)) / 2 + 2),
                          width - textWidth(String(value)) / 2 - 2,
                        )
                      : Number(x) + Number(dot ?? 0) / 2
                  }
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
    </div>
  );
}
