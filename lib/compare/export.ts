import type { CsvValue } from '../csv';
import type { CompareData } from '../queries/compare';

/** One line per cell of the table on screen, in its row and column order, with the source. */
export const EXPORT_COLUMNS = [
  'row',
  'modelId',
  'model',
  'organization',
  'benchmarkId',
  'benchmark',
  'variant',
  'status',
  'value',
  'upper',
  'exactness',
  'display',
  'best',
  'thinking',
  'tools',
  'harness',
  'metric',
  'window',
  'context',
  'opponent',
  'sourceId',
  'sourceTitle',
  'sourceUrl',
  'locator',
  'note',
] as const;

export function exportRows(data: CompareData): Array<Record<(typeof EXPORT_COLUMNS)[number], CsvValue>> {
  return data.rows.flatMap((row, i) =>
    data.columns.map((column) => {
      const cell = row.cells[column.id];
      const s = cell?.shown ?? null;
      const disputedOnly = !s && (cell?.others.some((o) => o.disputed) ?? false);
      return {
        row: i + 1,
        modelId: row.model.id,
        model: row.model.name,
        organization: row.model.organization.name,
        benchmarkId: column.benchmark.id,
        benchmark: column.benchmark.name,
        variant: column.variantLabel,
        status: s ? 'reported' : disputedOnly ? 'disputed value only' : 'not reported',
        value: s?.value ?? null,
        upper: s?.upper ?? null,
        exactness: s?.exactness ?? null,
        display: s?.display ?? null,
        best: column.best.includes(row.model.id),
        thinking: s?.settings.thinking ?? null,
        tools: s?.settings.tools ?? null,
        harness: s?.settings.harness ?? null,
        metric: s?.settings.metric ?? null,
        window: s?.settings.window ?? null,
        context: s?.settings.context ?? null,
        opponent: s?.settings.opponent?.id ?? null,
        sourceId: s?.source.id ?? null,
        sourceTitle: s?.source.title ?? null,
        sourceUrl: s?.source.url ?? null,
        locator: s?.locator ?? null,
        note: s?.note ?? null,
      };
    }),
  );
}
