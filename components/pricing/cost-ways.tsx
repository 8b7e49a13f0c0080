import Link from 'next/link';
import { RowTh, Table, Td, THead } from '@/components/ui/table';
import { SourceTip } from '@/components/ui/source-tip';
import { NoteCallouts } from '@/components/values/notes';
import { SourceLine } from '@/components/values/source-line';
import { formatCost } from '@/lib/cost';
import { formatListedMoney, formatNumber, formatPartialDate, formatTokens } from '@/lib/format';
import { formatGb, PRECISION_LABEL } from '@/lib/gpu-planner';
import type { ApiWay, CostAnswer, SelfHostWay } from '@/lib/queries/cost';
import type { NoteView } from '@/lib/queries/shared';
import { formatMillions } from '@/lib/self-host';

function money(e: ApiWay['monthly'], currency: string): string {
  return e.ok ? formatCost(e.total, e.approx, currency) : '—';
}

const KINDS = ['input', 'cachedInput', 'output'] as const;
const KIND_LABEL: Record<(typeof KINDS)[number], string> = { input: 'Input', cachedInput: 'Cached input', output: 'Output' };

const MISSING_LABEL: Record<string, string> = { input: 'input', 'cached-input': 'cached input', output: 'output' };

/** Every seller's API for the chosen model: its listed prices (each one tap from its source) and the month's cost. */
export function ApiWaysTable({ answer, notes }: { answer: CostAnswer; notes: Map<string, NoteView[]> }) {
  const name = answer.model.name;
  return (
    // On a phone the seller column stays narrow (its words wrap), so the prices show beside it.
    <Table label={`${name}: cost by seller`} testId="api-ways" className="sm:min-w-[46rem]">
      <caption className="sr-only">
        {name} bought per token from each seller that lists it: prices per 1M tokens and the monthly cost, cheapest first within a
        currency
      </caption>
      <THead
        columns={[
          'Seller',
          { label: 'Input · cached · output per 1M', numeric: true },
          { label: 'Context served', numeric: true },
          { label: 'Monthly cost', numeric: true },
          'Source',
        ]}
      />
      <tbody>
        {answer.apis.map((a, i) => {
          const s = a.seller;
          return (
            <tr key={`${s.provider.id}-${s.currency}`} className="align-top" data-provider={s.provider.id}>
              <RowTh className="py-2">
                <span className="block max-w-[8rem] sm:max-w-none">
                  {s.provider.name}
                  <span className="block text-xs font-normal text-fg-muted">
                    {s.isLab ? 'the lab’s own API' : 'third-party host (not the lab’s list price)'} · {s.currency}
                  </span>
                </span>
              </RowTh>
              <Td numeric className="py-2 text-xs whitespace-nowrap">
                {KINDS.map((k, j) => {
                  const p = s[k];
                  return (
                    <span key={k}>
                      {j > 0 ? <span className="px-1 text-fg-subtle">·</span> : null}
                      {p ? (
                        <span className="tabular">
                          {p.display}
                          {p.hasConflict ? <span className="text-warn"> ⚠</span> : null}
                        </span>
                      ) : (
                        <span className="text-fg-subtle">
                          —<span className="sr-only"> no {KIND_LABEL[k]} price listed</span>
                        </span>
                      )}
                    </span>
                  );
                })}
              </Td>
              <Td numeric className="py-2 text-xs">
                {s.contextTokens !== null ? formatTokens(s.contextTokens) : <span className="text-fg-subtle">not stated</span>}
              </Td>
              <Td numeric className="py-2" data-testid="way-cost" data-sort={a.monthly.ok ? a.monthly.total.low : ''}>
                <span className="font-semibold">{money(a.monthly, s.currency)}</span>
                {a.monthly.ok ? (
                  a.monthly.cachedAtInputPrice ? (
                    <span className="block text-[10px] text-fg-muted">cached at input price (none listed)</span>
                  ) : null
                ) : (
                  <span className="block text-[10px] text-fg-muted">
                    no {a.monthly.missing.map((m) => MISSING_LABEL[m] ?? m).join(' or ')} price listed
                  </span>
                )}
              </Td>
              <Td className="py-2 text-xs">
                <SourceTip
                  id={`way-${i}`}
                  ariaLabel={`${name} from ${s.provider.name}: sources of the prices`}
                  label={<span className="link">{a.sources.map((src) => src.title).join('; ')}</span>}
                >
                  <span className="mb-1 block font-semibold">
                    {name} · Seller: {s.provider.name} · {s.currency} per 1M tokens
                  </span>
                  {KINDS.map((k) => {
                    const p = s[k];
                    if (!p) return null;
                    return (
                      <span key={k} className="mt-1 block">
                        {KIND_LABEL[k]}: {p.display}
                        {p.exactness !== 'exact' && p.text ? ` (“${p.text}”)` : ''}
                        {p.asOf ? `, as of ${formatPartialDate(p.asOf)}` : ''}
                        <SourceLine source={p.source} locator={p.locator} />
                      </span>
                    );
                  })}
                  {[...new Set(KINDS.map((k) => s[k]?.note).filter((n): n is string => !!n))].map((n) => (
                    <span key={n} className="mt-1 block text-fg-muted">
                      {n}
                    </span>
                  ))}
                  <NoteCallouts
                    notes={[
                      ...new Map(
                        KINDS.flatMap((k) => notes.get(`${s.modelId}\u0000${s[k]?.kind ?? ''}`) ?? []).map((n) => [n.id, n]),
                      ).values(),
                    ]}
                  />
                </SourceTip>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/** The self-hosting line: the planner's GPUs, the user's GPU-hour price and throughput, and what they cost. */
export function SelfHostLine({
  selfHost,
  modelName,
  hardwareHref,
}: {
  selfHost: SelfHostWay;
  modelName: string;
  hardwareHref: string;
}) {
  const { plan, estimate } = selfHost;
  return (
    <div className="space-y-1 rounded-md border border-border p-3 text-sm" data-testid="self-host">
      <p>
        <span className="font-semibold">Self-hosting {modelName}</span> in {PRECISION_LABEL[selfHost.precision]} with{' '}
        {formatTokens(selfHost.contextTokens)} of context:{' '}
        {plan.ok ? (
          <>
            the{' '}
            <Link className="link" href={hardwareHref}>
              hardware planner
            </Link>{' '}
            proposes{' '}
            <strong data-testid="self-host-gpus">
              {selfHost.gpus} × {selfHost.gpu.name}
            </strong>{' '}
            ({formatGb(plan.totalGb)} needed, {plan.gpus} GPU{plan.gpus === 1 ? '' : 's'} at least, rounded up to a
            tensor-parallel group of {plan.typicalGpus}).
          </>
        ) : (
          <>the planner cannot estimate it: {plan.reason}.</>
        )}
      </p>
      <p data-testid="self-host-cost">
        {estimate.ok ? (
          <>
            <strong>{formatCost(estimate.monthly, false, 'USD')}</strong> a month: {estimate.deployments} deployment
            {estimate.deployments === 1 ? '' : 's'} × {selfHost.gpus} GPUs × {formatListedMoney(selfHost.gpuHour ?? 0, 'USD')} an
            hour × 24 h × the month&apos;s days ({formatNumber(estimate.gpuHoursPerMonth)} GPU-hours).{' '}
            {estimate.capacityPerDayMillions !== null
              ? `One deployment serves ${formatMillions(estimate.capacityPerDayMillions)} tokens a day at ${formatNumber(selfHost.tps ?? 0)} tokens/s.`
              : 'No throughput given: this is one deployment, whether it keeps up with the workload is unknown, so the figure is a lower bound.'}
          </>
        ) : (
          <span className="text-fg-muted">
            No figure: {estimate.missing.join(' and ')} not given. No source in the data states a GPU-hour price or a throughput
            for this model, so these fields start empty; enter your own above.
          </span>
        )}
      </p>
      {selfHost.published.length > 0 ? (
        <p className="text-xs text-fg-muted">
          Published requirements for this model: {selfHost.published.map((h) => h.display).join('; ')} (sources on{' '}
          <Link className="link" href="/hardware">
            /hardware
          </Link>
          ).
        </p>
      ) : null}
    </div>
  );
}
