'use client';

import dynamic from 'next/dynamic';
import { ChartFrame } from '@/components/ui/chart';
import { ChartSlot } from './chart-slot';
import { chartLegend, type ScatterData } from '@/lib/compare/chart-data';

// Recharts loads after the page, when the chart comes into view (see ./benchmark-bars.tsx).
const ScatterPlotChart = dynamic(() => import('./scatter-plot-chart'), { ssr: false });

/**
 * A scatter of a benchmark (y) against price or size (x, log scale), with the Pareto frontier
 * drawn and the models on it named.
 */
export function ScatterPlot({
  id,
  data,
  title,
  xFormat,
  zoom = false,
}: {
  id: string;
  data: ScatterData;
  title: string;
  xFormat: 'usd' | 'params';
  zoom?: boolean;
}) {
  const frontierNames = data.frontier.map((p) => p.label);
  const zoomed = data.unit !== '%' || zoom;
  return (
    <ChartFrame
      id={id}
      title={title}
      description={
        <>
          Each dot is a model, coloured by organization; hollow dots are approximate values. The line joins the Pareto frontier:
          models no other shown model beats on both axes{frontierNames.length ? ` (${frontierNames.join(', ')})` : ''}.{' '}
          {zoomed ? (
            <strong className="font-medium text-warn" data-testid="y-zoomed">
              The y axis is zoomed to the values&apos; range: it does not start at 0, so gaps look larger than they are.
            </strong>
          ) : (
            'The y axis runs from 0 to 100%.'
          )}
        </>
      }
      leftOut={data.leftOut}
      legend={chartLegend(data.points)}
      alternative={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th>Model</th>
              <th>{data.xLabel}</th>
              <th>{data.benchmarkName}</th>
              <th>On the frontier</th>
            </tr>
          </thead>
          <tbody>
            {data.points.map((p) => (
              <tr key={p.modelId}>
                <th scope="row">{p.label}</th>
                <td>{p.xDisplay}</td>
                <td>{p.yDisplay}</td>
                <td>{p.onFrontier ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {data.points.length === 0 ? (
        <p className="rounded border border-dashed border-border p-3 text-xs text-fg-muted">No model has both values to plot.</p>
      ) : (
        <ChartSlot height={380}>
          <ScatterPlotChart data={data} xFormat={xFormat} zoom={zoom} />
        </ChartSlot>
      )}
    </ChartFrame>
  );
}
