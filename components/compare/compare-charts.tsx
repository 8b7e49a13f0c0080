import { barPanels, paramsScatter, PRICE_MODE_NAME, priceScatter, sellerPhrase } from '@/lib/compare/chart-data';
import type { CompareData } from '@/lib/queries/compare';
import { BenchmarkBars } from './benchmark-bars';
import { ScatterPlot } from './scatter-chart';

/** The chart a compare view asks for (bars, price vs score, size vs score), shared by the page and its embed. */
export function CompareCharts({ data, id = 'compare-charts' }: { data: CompareData; id?: string }) {
  const chartType = data.urlState.chart;
  const yScores = data.yScores;
  const bars = chartType === 'bar' ? barPanels(data) : null;
  const scatter =
    chartType === 'price' ? priceScatter(data, yScores) : chartType === 'params' ? paramsScatter(data, yScores) : null;
  return (
    <div id={id}>
      {bars ? <BenchmarkBars panels={bars.panels} truncated={bars.truncated} /> : null}
      {scatter ? (
        <ScatterPlot
          id={`scatter-${chartType}`}
          data={scatter}
          xFormat={chartType === 'price' ? 'usd' : 'params'}
          zoom={data.urlState.zoom}
          title={
            chartType === 'price'
              ? `${scatter.benchmarkName} vs ${PRICE_MODE_NAME[data.urlState.price]}, ${sellerPhrase(data.urlState.seller, data.prices)}`
              : `${scatter.benchmarkName} vs active parameters`
          }
        />
      ) : chartType !== 'bar' ? (
        <p className="text-sm text-fg-muted">Choose a benchmark for the y axis.</p>
      ) : null}
    </div>
  );
}
