import Link from 'next/link';
import { Table, THead } from '@/components/ui/table';
import { EmptyState } from '@/components/ui/empty-state';
import { AutoSubmit } from '@/components/ui/auto-submit';
import { ModelRows } from './model-rows';
import type { ModelRow, SpecCell } from './model-row';
import { cn } from '@/lib/cn';
import { specOf, type ModelTable, type ModelTableColumn, type ModelTableRow } from '@/lib/queries/model-table';
import { serializeModelListState, SIZE_BOUNDS, withQuery, type ModelListColumn, type ModelListState } from '@/lib/view-state';

/**
 * The sortable, filterable model list of / and /models. Sorting and filtering are links and a GET
 * form (state in the URL, server-rendered), so they work without JavaScript. `sources` puts each
 * value's source one tap away; without it values are plain text (the home page's size budget).
 */

function sortHref(path: string, state: ModelListState, column: ModelListColumn): string {
  const current = state.sort ?? { column: 'released', desc: true };
  const desc = current.column === column ? !current.desc : column === 'released' || column === 'scores';
  return withQuery(path, serializeModelListState({ ...state, sort: { column, desc } }));
}

function HeaderCell({ column, path, state }: { column: ModelTableColumn; path: string; state: ModelListState }) {
  const current = state.sort ?? { column: 'released', desc: true };
  const active = current.column === column.id;
  return (
    <th
      scope="col"
      aria-sort={active ? (current.desc ? 'descending' : 'ascending') : undefined}
      className={cn(column.numeric && 'text-right', column.id === 'name' && 'sticky left-0 z-[1] bg-bg-subtle')}
    >
      <Link href={sortHref(path, state, column.id)} scroll={false} className="hover:text-fg hover:underline">
        {column.label}
        {active ? <span aria-hidden="true">{current.desc ? ' ↓' : ' ↑'}</span> : null}
      </Link>
    </th>
  );
}

function modelRow(row: ModelTableRow, columns: readonly ModelListColumn[]): ModelRow {
  const cells = columns.map((c): SpecCell | null => {
    const value = specOf(row, c);
    return value ? [value.id, value.display, value.hasConflict] : null;
  });
  return [row.id, row.name, row.organization.id, row.organization.name, row.openWeights, row.benchmarksScored, cells];
}

function Filters({ table, path, formId }: { table: ModelTable; path: string; formId: string }) {
  const { state } = table;
  const select = 'rounded-md border border-border bg-bg px-2 py-1';
  return (
    <form id={formId} action={path} method="get" className="flex flex-wrap items-end gap-3 text-sm" data-testid="model-filters">
      <label className="grid gap-1">
        <span className="text-xs text-fg-muted">Organization</span>
        <select name="org" defaultValue={state.org.length === 1 ? state.org[0] : ''} className={select}>
          <option value="">All organizations</option>
          {table.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.count})
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1">
        <span className="text-xs text-fg-muted">Weights</span>
        <select name="weights" defaultValue={state.weights} className={select}>
          <option value="all">Open and closed</option>
          <option value="open">Open weights</option>
          <option value="closed">Closed weights</option>
        </select>
      </label>
      <label className="grid gap-1">
        <span className="text-xs text-fg-muted">Size</span>
        <select name="size" defaultValue={state.size} className={select}>
          <option value="any">Any size</option>
          {(Object.keys(SIZE_BOUNDS) as Array<keyof typeof SIZE_BOUNDS>).map((k) => (
            <option key={k} value={k}>
              {SIZE_BOUNDS[k].label}
            </option>
          ))}
        </select>
      </label>
      {state.sort ? <input type="hidden" name="sort" value={`${state.sort.desc ? '-' : ''}${state.sort.column}`} /> : null}
      <button type="submit" className="rounded-md border border-border px-3 py-1 hover:bg-bg-muted">
        Apply
      </button>
      <AutoSubmit formId={formId} view="models" delayMs={0} />
    </form>
  );
}

export function ModelList({
  table,
  path,
  sources = false,
  headingLevel = 2,
}: {
  table: ModelTable;
  path: '/' | '/models';
  sources?: boolean;
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const formId = `model-filters-${path === '/' ? 'home' : 'models'}`;
  const filtered = table.matching !== table.total;
  const more = table.matching - table.rows.length;
  const bodyColumns = table.columns.slice(1).map((c) => c.id);
  return (
    <section aria-labelledby="model-list-heading" className="space-y-3" data-testid="model-list">
      <Heading
        id="model-list-heading"
        className={cn('font-semibold tracking-tight', headingLevel === 1 ? 'text-3xl' : 'text-lg')}
      >
        Models{' '}
        <span className="text-sm font-normal text-fg-muted" data-testid="model-count">
          ({filtered ? `${table.matching} of ${table.total}` : table.total})
        </span>
      </Heading>
      <Filters table={table} path={path} formId={formId} />
      {table.emptyColumns.length > 0 ? (
        <p className="text-xs text-fg-muted" data-testid="hidden-columns">
          Not shown, as no model listed has a value: {table.emptyColumns.join(', ')}.
        </p>
      ) : null}
      {table.rows.length === 0 ? (
        <EmptyState>
          No model matches these filters.{' '}
          <Link href={path} className="link">
            Show every model
          </Link>
          .
        </EmptyState>
      ) : (
        <Table
          label="Models table"
          testId="models-table"
          // Cell styles live on the table: a hundred rows would otherwise repeat them in the HTML and the RSC payload.
          className="[&_.r]:text-right [&_tbody_th]:sticky [&_tbody_th]:left-0 [&_tbody_th]:z-[1] [&_tbody_th]:bg-bg [&_tbody_th]:text-left [&_tbody_th]:font-medium [&_tbody_tr]:border-t [&_tbody_tr]:border-border [&_td]:px-3 [&_td]:py-1.5 [&_td]:whitespace-nowrap [&_th]:px-3 [&_th]:py-1.5"
        >
          <caption className="sr-only">
            {sources
              ? 'Models with their specifications; each value opens its source; — means not reported.'
              : 'Models with their specifications; — means not reported.'}
          </caption>
          <THead className="font-medium">
            {table.columns.map((c) => (
              <HeaderCell key={c.id} column={c} path={path} state={table.state} />
            ))}
          </THead>
          <tbody>
            <ModelRows
              version={table.version}
              columns={table.columns.slice(1).map((c) => [c.id, c.numeric, c.label] as const)}
              rows={table.rows.map((m) => modelRow(m, bodyColumns))}
              sources={sources}
            />
          </tbody>
        </Table>
      )}
      {more > 0 ? (
        <p className="text-sm">
          <Link href={withQuery('/models', serializeModelListState(table.state))} className="link" data-testid="all-models-link">
            Show all {table.matching} models in this order on the models page
          </Link>
          <span className="text-fg-muted"> ({more} more, each value with its source)</span>
        </p>
      ) : null}
    </section>
  );
}
