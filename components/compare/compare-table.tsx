import Link from 'next/link';
import { ModelNameLink } from '@/components/ui/model-name';
import { DetailTip } from '@/components/ui/source-tip';
import type { CellMatch } from '@/lib/queries/compare';
import type { CompareColumn, CompareRow } from '@/lib/queries/compare';
import { compareUrl, type CompareState, type SortState } from '@/lib/view-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PINNED, RowTh, Table, Th, THead, Td } from '@/components/ui/table';
import { cn } from '@/lib/cn';
import { LinkPending } from '@/components/ui/link-pending';

/** First click sorts best-first (descending for higher-is-better), the second reverses, the third clears. */
function nextSort(current: SortState | null, column: string, higherIsBetter: boolean): SortState | null {
  const first = { column, desc: higherIsBetter };
  if (!current || current.column !== column) return first;
  if (current.desc === first.desc) return { column, desc: !first.desc };
  return null;
}

function ariaSort(current: SortState | null, column: string): 'ascending' | 'descending' | 'none' {
  if (!current || current.column !== column) return 'none';
  return current.desc ? 'descending' : 'ascending';
}

function SortLink({
  state,
  column,
  higherIsBetter,
  children,
}: {
  state: CompareState;
  column: string;
  higherIsBetter: boolean;
  children: React.ReactNode;
}) {
  const sorted = state.sort?.column === column ? state.sort : null;
  const next = nextSort(state.sort, column, higherIsBetter);
  const label = next ? `Sort by this column, ${next.desc ? 'descending' : 'ascending'}` : 'Clear sorting';
  return (
    <Link
      href={compareUrl({ ...state, sort: next })}
      scroll={false}
      className="group inline-flex items-start gap-1 hover:text-fg"
      title={label}
    >
      <span>{children}</span>
      <span aria-hidden="true" className={sorted ? 'text-fg' : 'text-fg-subtle opacity-60 group-hover:opacity-100'}>
        {sorted ? (sorted.desc ? '▼' : '▲') : '↕'}
      </span>
      <span className="sr-only">({label})</span>
      <LinkPending />
    </Link>
  );
}

/** What a cell's panel says about the comparison above the value's own details. */
function whyOf(match: CellMatch | null, column: CompareColumn) {
  if (!match || match.status === 'not-reported') return null;
  const status = match.status === 'unpaired' ? ('alone' as const) : match.status;
  // A reason the column's header already gives is not repeated in each of its cells: the panel reads it there.
  return match.reason === column.comparison?.reason ? { status } : { status, reason: match.reason };
}

/** A benchmark column's header: its sort link, variant or category, unit, and whether its values compare. */
function ColumnHeader({ column: c, urlState }: { column: CompareColumn; urlState: CompareState }) {
  return (
    <Th numeric aria-sort={ariaSort(urlState.sort, c.id)} className="min-w-[6.5rem] align-bottom" data-column={c.id}>
      <span className="flex flex-col items-end gap-0.5">
        <SortLink state={urlState} column={c.id} higherIsBetter={c.benchmark.higherIsBetter}>
          {c.benchmark.name}
        </SortLink>
        <span className="text-[10px] font-normal text-fg-subtle">
          {c.variantLabel ?? c.benchmark.category}
          {c.benchmark.unit !== '%' ? ` · ${c.benchmark.unit}` : ''}
        </span>
        {c.comparison ? (
          <span
            className={`block max-w-[7rem] truncate text-[10px] font-normal sm:max-w-[11rem] ${c.comparison.comparable ? 'text-fg-muted' : 'text-warn'}`}
            title={c.comparison.reason}
            data-testid="column-basis"
          >
            {c.comparison.comparable ? `= ${c.comparison.basis}` : '≠ not comparable'}
            <span className="sr-only"> ({c.comparison.reason})</span>
          </span>
        ) : null}
        <span className="text-[10px] font-normal text-fg-subtle">
          {c.mixedSettings ? (
            <span
              className="ml-1 text-warn"
              title="Values in this column were measured under different settings: compare with care."
            >
              ≠ settings
            </span>
          ) : null}
        </span>
      </span>
    </Th>
  );
}

/** One model's value in one column, its source and settings one focus away; a value left out says why. */
function ScoreCell({ row, column: c }: { row: CompareRow; column: CompareColumn }) {
  const cell = row.cells[c.id];
  const shown = cell?.shown ?? null;
  const isBest = c.best.includes(row.model.id);
  const disputedOnly = !shown && (cell?.others.some((o) => o.disputed) ?? false);
  // The value whose details the cell opens: the one shown, else the first reported (a disputed one).
  const target = shown ?? cell?.others[0] ?? null;
  const title = `${row.model.name} · ${c.benchmark.name}${c.variantLabel ? ` (${c.variantLabel})` : ''}`;
  return (
    <Td numeric className={isBest ? 'best' : undefined} data-column={c.id} data-value={shown ? shown.value : ''}>
      {cell?.match?.status === 'excluded' && cell.leftOut && !shown ? (
        <DetailTip
          href={cell.leftOut.detail}
          why={whyOf(cell.match, c)}
          ariaLabel={`${title}: left out, measured differently. Show why`}
          label={
            <span className="text-fg-subtle" data-testid="left-out">
              ≠<span className="sr-only">left out</span>
            </span>
          }
        />
      ) : cell && target ? (
        <DetailTip
          href={target.detail}
          why={whyOf(cell.match, c)}
          ariaLabel={`${title}: ${shown ? shown.display : disputedOnly ? 'disputed value only' : 'not reported'}${isBest ? ', best shown' : ''}. Show source`}
          label={
            <span className="cell-stack">
              {cell.hasConflict || disputedOnly ? (
                <span>
                  {shown ? shown.display : <span className="text-fg-subtle">—</span>}
                  <span className="ml-0.5 text-warn" aria-hidden="true" title="Sources disagree">
                    ⚠
                  </span>
                </span>
              ) : shown ? (
                // A flex item of its own; no wrapper needed without the mark (a table holds hundreds of these).
                shown.display
              ) : (
                <span className="text-fg-subtle">—</span>
              )}
              {shown && shown.badges.length > 0 ? (
                <span className="cell-badges">{shown.badges.slice(0, 2).join(' · ')}</span>
              ) : null}
              {disputedOnly ? <span className="text-[10px] font-normal text-warn">disputed</span> : null}
            </span>
          }
        />
      ) : (
        <span className="text-fg-subtle" title="not reported">
          —<span className="sr-only">not reported</span>
        </span>
      )}
    </Td>
  );
}

export function CompareTable({
  columns,
  rows,
  urlState,
}: {
  columns: CompareColumn[];
  rows: CompareRow[];
  urlState: CompareState;
}) {
  if (rows.length === 0) {
    return <EmptyState boxed>No models are selected. Pick some with “Models” above.</EmptyState>;
  }
  if (columns.length === 0) {
    return (
      <EmptyState boxed>
        No benchmark with data for these models matches this selection. Choose other benchmarks or categories above.
      </EmptyState>
    );
  }
  return (
    <Table label="Comparison table" scrollerTestId="table-scroller" testId="compare-table" className="cmp border-collapse">
      <caption className="sr-only">
        Benchmark scores of the selected models. Each value opens its source and settings on focus; — means not reported.
      </caption>
      <THead>
        <Th aria-sort={ariaSort(urlState.sort, 'name')} className={cn(PINNED, 'bg-bg-subtle align-bottom')}>
          <SortLink state={urlState} column="name" higherIsBetter={false}>
            Model
          </SortLink>
        </Th>
        {columns.map((c) => (
          <ColumnHeader key={c.id} column={c} urlState={urlState} />
        ))}
      </THead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.model.id} data-model={row.model.id}>
            <RowTh className="pin bg-bg whitespace-nowrap" data-testid="pinned-name">
              <ModelNameLink id={row.model.id} name={row.model.name} org={row.model.organization.id} />
            </RowTh>
            {columns.map((c) => (
              <ScoreCell key={c.id} row={row} column={c} />
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
