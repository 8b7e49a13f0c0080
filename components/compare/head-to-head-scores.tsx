import Link from 'next/link';
import { ScoreValue } from '@/components/values/score-value';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { PINNED, RowTh, Table, Td, THead } from '@/components/ui/table';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import type { HeadToHeadRow } from '@/lib/queries/head-to-head';
import type { ScoreView } from '@/lib/queries/scores';

interface Side {
  id: string;
  name: string;
}

function Value({ model, row, score, others }: { model: Side; row: HeadToHeadRow; score: ScoreView | null; others: ScoreView[] }) {
  const bench = row.benchmark;
  if (!score) {
    const disputed = others.some((r) => r.disputed);
    const what = disputed ? 'only a disputed value' : 'not reported';
    return (
      <span className="text-fg-subtle" title={what}>
        —<span className="sr-only">{what}</span>
      </span>
    );
  }
  return <ScoreValue title={`${model.name} · ${bench.name}`} score={score} />;
}

function Delta({ row }: { row: HeadToHeadRow }) {
  if (row.gap === null || !row.a || !row.b) {
    if (row.a && row.b && row.reason) {
      return (
        <span className="text-xs text-fg-subtle" title={row.reason} data-testid="not-comparable">
          not comparable
        </span>
      );
    }
    return <span className="text-fg-subtle">—</span>;
  }
  const approx = row.a.exactness !== 'exact' || row.b.exactness !== 'exact';
  const gap = row.gap;
  const tone = row.leader === 'tie' ? '' : row.leader === 'a' ? 'text-best-fg' : 'text-warn';
  return (
    <span className={tone} title={row.reason ?? undefined} data-testid="delta">
      {approx ? '≈' : ''}
      {gap > 0 ? '+' : gap < 0 ? '−' : '±'}
      {formatNumber(Math.abs(Math.round(gap * 100) / 100))}
      {row.benchmark.unit === '%' ? ' pts' : ''}
    </span>
  );
}

/**
 * Both models' values per benchmark in the URL's order, with Δ = a − b only where the two values
 * were measured like-for-like; the others say why not.
 */
export function HeadToHeadScores({ a, b, rows }: { a: Side; b: Side; rows: HeadToHeadRow[] }) {
  const notComparable = rows.filter((r) => !r.comparable && r.a && r.b);
  return (
    <Section id="h2h-scores" title="Scores and differences">
      {rows.length === 0 ? (
        <EmptyState>Neither model has a recorded score.</EmptyState>
      ) : (
        <Table label="Head-to-head scores" testId="h2h-table">
          <THead
            columns={[
              { label: 'Benchmark', className: cn(PINNED, 'bg-bg-subtle') },
              { label: a.name, numeric: true, className: 'min-w-[5.5rem] break-words' },
              { label: b.name, numeric: true, className: 'min-w-[5.5rem] break-words' },
              { label: `Δ (${a.name} − ${b.name})`, numeric: true },
            ]}
          />
          <tbody>
            {rows.map((row) => (
              <tr key={row.benchmark.id} data-benchmark={row.benchmark.id}>
                {/* Narrow on a phone (names truncate, the full name is the link's title) so both values show beside it. */}
                <RowTh className={cn(PINNED, 'bg-bg font-normal whitespace-nowrap')}>
                  <Link
                    href={`/benchmarks/${row.benchmark.id}`}
                    className="block max-w-[8rem] truncate hover:underline focus-visible:whitespace-normal sm:max-w-none"
                    title={row.benchmark.name}
                  >
                    {row.benchmark.name}
                  </Link>
                </RowTh>
                <Td numeric>
                  <Value model={a} row={row} score={row.a} others={row.aOthers} />
                </Td>
                <Td numeric>
                  <Value model={b} row={row} score={row.b} others={row.bOthers} />
                </Td>
                <Td numeric>
                  <Delta row={row} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p className="text-xs text-fg-muted">
        Δ is given only where one source measured both models or their stated settings match (the values shown are then the ones
        compared); “≈” when either value is approximate in its source.
      </p>
      {notComparable.length > 0 ? (
        <details className="rounded-md border border-border p-3 text-sm" data-testid="not-comparable-list">
          <summary className="cursor-pointer">
            {notComparable.length} benchmark{notComparable.length === 1 ? '' : 's'} both report but could not be compared
          </summary>
          <ul className="mt-2 space-y-1 text-xs text-fg-muted">
            {notComparable.map((r) => (
              <li key={r.benchmark.id}>
                <span className="font-medium text-fg">{r.benchmark.name}</span>: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Section>
  );
}
