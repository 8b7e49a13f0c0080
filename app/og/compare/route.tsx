import {
  barPanels,
  formatScatterX,
  logTicks,
  paramsScatter,
  priceScatter,
  scatterLabels,
  scatterXDomain,
  type ScatterData,
} from '@/lib/compare/chart-data';
import { buildCompareView } from '@/lib/compare/view';
import { Bars, Frame, ogImage, ScatterImage } from '@/lib/og/render';
import type { CompareData } from '@/lib/queries/compare';

export const dynamic = 'force-dynamic';

/** At most this many benchmark panels fit the image; the rest are counted ("+k more"). */
const MAX_PANELS = 6;

function barsImage(data: CompareData) {
  const { panels, truncated } = barPanels(data);
  const drawable = panels.filter((p) => p.bars.length > 0);
  const shown = drawable.slice(0, MAX_PANELS);
  const more = drawable.length - shown.length + truncated;
  const columns = shown.length <= 2 ? Math.max(1, shown.length) : shown.length === 4 ? 2 : 3;
  const rows = Math.ceil(shown.length / columns);
  const gap = 24;
  const width = Math.floor((1088 - gap * (columns - 1)) / columns);
  const compact = rows > 1 || columns > 2;
  const maxBars = rows > 1 ? 5 : 7;
  return {
    // What the image draws, for tests and curious readers: the panels and how many were left out.
    described: { 'X-Preview-Chart': `bar:${shown.map((p) => p.id).join(',')}${more > 0 ? `;more=${more}` : ''}` },
    subtitle: `${data.columns.length} benchmark column${data.columns.length === 1 ? '' : 's'}${more > 0 ? `: ${shown.length} shown, +${more} more` : ''}`,
    body: (
      <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: gap, rowGap: 12, width: 1088 }}>
        {shown.map((p) => (
          <Bars
            key={p.id}
            title={p.title}
            width={width}
            compact={compact}
            more={Math.max(0, p.bars.length - maxBars)}
            max={p.unit === '%' ? 100 : Math.max(...p.bars.map((b) => b.value))}
            bars={p.bars
              .slice(0, maxBars)
              .map((b) => ({ label: b.label, org: b.org, value: b.value, display: b.display, approx: b.approx }))}
          />
        ))}
      </div>
    ),
  };
}

function scatterImage(data: CompareData, scatter: ScatterData | null, xFormat: 'usd' | 'params') {
  if (!scatter || scatter.points.length === 0) {
    return {
      described: { 'X-Preview-Chart': `${xFormat === 'usd' ? 'price' : 'params'}:none` },
      subtitle: scatter ? `${scatter.benchmarkName}: no model has both values to plot` : 'No benchmark for the y axis',
      body: null,
    };
  }
  const xDomain = scatterXDomain(scatter.points);
  const ys = scatter.points.map((p) => p.y);
  const zoomed = scatter.unit !== '%' || data.urlState.zoom;
  // Zoomed: four round steps (1, 2 or 5 × 10^k) that cover the values.
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  const power = 10 ** Math.floor(Math.log10((maxY - minY || 1) / 4));
  const step = [1, 2, 5, 10, 20, 50].map((m) => m * power).find((s) => Math.floor(minY / s) * s + 4 * s >= maxY)!;
  const low = Math.floor(minY / step) * step;
  const high = low + 4 * step;
  const yDomain: [number, number] = zoomed ? [low, high] : [0, 100];
  const labels = scatterLabels(scatter.points, xDomain, 0.05, yDomain);
  return {
    described: {
      'X-Preview-Chart': `${xFormat === 'usd' ? 'price' : 'params'}:${scatter.benchmarkId};points=${scatter.points.length}${zoomed ? ';zoomed' : ''}`,
    },
    subtitle: `${scatter.benchmarkName} vs ${xFormat === 'usd' ? 'price' : 'active parameters'}${zoomed ? ' (y axis zoomed, not from 0)' : ''}`,
    body: (
      <ScatterImage
        points={scatter.points}
        frontier={scatter.frontier}
        xDomain={xDomain}
        xTicks={logTicks(...xDomain)}
        yDomain={yDomain}
        xLabel={scatter.xLabel}
        yLabel={`${scatter.benchmarkName}${scatter.unit === '%' ? ' (%)' : ''}`}
        formatX={(v) => formatScatterX(v, xFormat)}
        labels={scatter.points.map((p) => labels.get(p.modelId) ?? p.label)}
        width={1088}
        height={262}
      />
    ),
  };
}

/** The preview image of a /compare permalink: the same parameters, the view's chart (bars for every benchmark shown, or the scatter). */
export function GET(request: Request) {
  const data = buildCompareView(new URL(request.url).searchParams);
  const names = data.rows.map((r) => r.model.name);
  const title =
    names.length === 2
      ? `${names[0]} vs ${names[1]}`
      : names.length > 0
        ? `${names.slice(0, 3).join(', ')}${names.length > 3 ? ` +${names.length - 3}` : ''}`
        : 'Compare models';
  const chart = data.urlState.chart;
  let view: { subtitle: string; body: React.ReactNode; described: Record<string, string> };
  if (chart === 'bar') view = barsImage(data);
  else {
    const yScores = data.yScores;
    view =
      chart === 'price'
        ? scatterImage(data, priceScatter(data, yScores), 'usd')
        : scatterImage(data, paramsScatter(data, yScores), 'params');
  }
  return ogImage(
    <Frame kicker={`Compare · data ${data.version.id}`} title={title} subtitle={view.subtitle}>
      {view.body}
    </Frame>,
    { pinned: data.urlState.v !== null, headers: view.described },
  );
}
