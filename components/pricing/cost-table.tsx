import Link from 'next/link';
import { OrgDot } from '@/components/ui/org-dot';
import { SourceTip } from '@/components/ui/source-tip';
import { PriceValue } from '@/components/values/price-value';
import { SourceLine } from '@/components/values/source-line';
import { clean, compareCost, formatCost, type CostEstimate, type CostKind, type CostLine } from '@/lib/cost';
import { formatListedMoney, formatMoney, formatNumber } from '@/lib/format';
import type { CalculatorEntry } from '@/lib/queries/pricing';
import type { NoteView } from '@/lib/queries/shared';
import { TableScroller } from '@/components/ui/table-scroller';

export interface CostRow {
  entry: CalculatorEntry;
  estimate: CostEstimate;
}

const KIND_LABEL: Record<CostKind, string> = { input: 'input', 'cached-input': 'cached input', output: 'output' };
const LINE_LABEL: Record<CostKind, string> = {
  input: 'uncached input tokens',
  'cached-input': 'cached input tokens',
  output: 'output tokens',
};

function priceOf(entry: CalculatorEntry, kind: CostKind) {
  return kind === 'input' ? entry.input : kind === 'cached-input' ? entry.cachedInput : entry.output;
}

function lineMoney(line: CostLine, currency: string): string {
  const { low, high } = line.cost;
  if (high === null) return `≥ ${formatMoney(low, currency)}`;
  if (high !== low) return `${formatMoney(low, currency)}–${formatMoney(high, currency)}`;
  return formatMoney(low, currency);
}

function missingReason(entry: CalculatorEntry, missing: CostKind[]): string {
  // Kinds sharing the same conditions are named together: "no input or cached input price without a condition (…)".
  const byConditions = new Map<string, CostKind[]>();
  for (const kind of missing) {
    const key = (entry.conditionalOnly[kind] ?? []).join('\u0000');
    byConditions.set(key, [...(byConditions.get(key) ?? []), kind]);
  }
  return [...byConditions.entries()]
    .map(([key, kinds]) => {
      const names = kinds.map((k) => KIND_LABEL[k]).join(' or ');
      return key === ''
        ? `no ${names} price listed`
        : `no ${names} price without a condition (listed only for ${key
            .split('\u0000')
            .map((c) => `“${c}”`)
            .join(', ')})`;
    })
    .join('; ');
}

/** The calculator's result for one currency: cheapest first, each total one tap from its arithmetic and sources. */
export function CostTable({
  currency,
  rows,
  notes,
  idPrefix,
}: {
  currency: string;
  rows: CostRow[];
  notes: Map<string, NoteView[]>;
  idPrefix: string;
}) {
  // Equal totals share a rank (1, 2, 2, 4).
  const ranks = rows.map(() => 0);
  rows.forEach((r, i) => {
    if (!r.estimate.ok) return;
    const prev = rows[i - 1];
    ranks[i] = i > 0 && prev && prev.estimate.ok && compareCost(prev.estimate, r.estimate) === 0 ? ranks[i - 1]! : i + 1;
  });
  return (
    <TableScroller label={`Monthly cost in ${currency}`}>
      <table className="tabular w-full text-sm" data-testid={`cost-table-${currency}`}>
        <caption className="sr-only">Estimated monthly cost per model in {currency}, cheapest first</caption>
        <thead className="bg-[var(--bg-subtle)] text-left text-xs text-[var(--fg-muted)]">
          <tr>
            <th scope="col" className="w-8 px-3 py-2 text-right font-medium">
              #
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Model
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Monthly cost
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              List prices per 1M tokens
              <span className="block font-normal">input · cached · output</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, estimate }, i) => {
            const id = `${idPrefix}-${entry.modelId}`.replace(/[^a-z0-9-]/gi, '_');
            return (
              <tr
                key={entry.modelId}
                className="border-t border-[var(--border)] align-top"
                data-model={entry.modelId}
                data-currency={currency}
              >
                <td className="px-3 py-2 text-right text-xs text-[var(--fg-subtle)]">{estimate.ok ? ranks[i] : ''}</td>
                <th scope="row" className="min-w-[7.5rem] px-3 py-2 text-left font-medium">
                  <OrgDot org={entry.organization.id} />{' '}
                  <Link href={`/models/${entry.modelId}`} className="hover:underline">
                    {entry.modelName}
                  </Link>
                  <span className="block text-xs font-normal text-[var(--fg-muted)]">{entry.organization.name}</span>
                </th>
                <td className="px-3 py-2 text-right" data-testid="cost" data-sort={estimate.ok ? estimate.total.low : ''}>
                  {estimate.ok ? (
                    <>
                      <SourceTip
                        id={`${id}-total`}
                        className="font-semibold"
                        ariaLabel={`${entry.modelName}: ${formatCost(estimate.total, estimate.approx, currency)} a month. Show the arithmetic and sources`}
                        label={formatCost(estimate.total, estimate.approx, currency)}
                      >
                        <span className="mb-1 block font-semibold">
                          {entry.modelName} · {formatCost(estimate.total, estimate.approx, currency)} a month
                        </span>
                        {estimate.lines.length === 0 ? <span className="block">No tokens, no cost.</span> : null}
                        {estimate.lines.map((line) => (
                          <span key={line.kind} className="mt-1 block">
                            {formatNumber(line.tokensMillions)}M {LINE_LABEL[line.kind]} ×{' '}
                            {line.price.exactness === 'approx' ? '≈ ' : ''}
                            {line.price.exactness === 'range' && line.price.upper !== null
                              ? `${formatListedMoney(line.price.value, currency)}–${formatListedMoney(line.price.upper, currency)}`
                              : `${line.price.exactness === 'lower-bound' ? '≥ ' : ''}${formatListedMoney(line.price.value, currency)}`}{' '}
                            (
                            {line.chargedAs === line.kind
                              ? KIND_LABEL[line.chargedAs]
                              : `${KIND_LABEL[line.chargedAs]} price: no cached-input price listed`}
                            ) = {lineMoney(line, currency)}
                            {(() => {
                              const p = priceOf(entry, line.chargedAs);
                              return p ? (
                                <span className="block pl-3 text-[var(--fg-muted)]">
                                  <SourceLine source={p.source} locator={p.locator} />
                                  {p.exactness !== 'exact' && p.text ? (
                                    <span className="block">as printed: “{p.text}”</span>
                                  ) : null}
                                </span>
                              ) : null;
                            })()}
                          </span>
                        ))}
                        <span className="mt-2 block border-t border-[var(--border)] pt-1 text-[var(--fg-muted)]">
                          Before rounding to the cent: {clean(estimate.total.low)}
                          {estimate.total.high === null
                            ? ' or more'
                            : estimate.total.high !== estimate.total.low
                              ? ` to ${clean(estimate.total.high)}`
                              : ''}{' '}
                          {currency}.
                        </span>
                      </SourceTip>
                      {estimate.cachedAtInputPrice ? (
                        <span className="block text-[10px] text-[var(--warn)]" data-testid="cache-assumption">
                          cached at input price
                        </span>
                      ) : null}
                      {estimate.exactness !== 'exact' ? (
                        <span className="block text-[10px] text-[var(--fg-muted)]">
                          {estimate.exactness === 'range'
                            ? 'range: a price is a range'
                            : estimate.exactness === 'lower-bound'
                              ? 'lower bound'
                              : 'approximate price'}
                        </span>
                      ) : null}
                    </>
                  ) : (
                    <span className="text-[var(--fg-subtle)]" data-testid="cost-missing">
                      <span aria-hidden="true">—</span>
                      <span className="ml-auto block max-w-[12rem] text-right text-[10px] whitespace-normal">
                        <span className="sr-only">not computed: </span>
                        {missingReason(entry, estimate.missing)}
                      </span>
                    </span>
                  )}
                </td>
                <td className="px-3 py-2 text-right text-xs whitespace-nowrap">
                  {(['input', 'cached-input', 'output'] as const).map((kind, k) => (
                    <span key={kind}>
                      {k > 0 ? <span className="px-1 text-[var(--fg-subtle)]">·</span> : null}
                      <PriceValue
                        id={`${id}-${kind}-${i}`}
                        price={priceOf(entry, kind)}
                        modelName={entry.modelName}
                        notes={notes.get(`${entry.modelId}\u0000${kind}`) ?? []}
                      />
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroller>
  );
}
