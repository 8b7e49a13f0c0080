import { formatCost } from '@/lib/cost';
import { formatNumber } from '@/lib/format';
import type { CostAnswer } from '@/lib/queries/cost';
import { formatMillions } from '@/lib/self-host';

function millionsRange(b: { low: number; high: number | null }): string {
  if (b.high === null) return `${formatMillions(b.low)} or more`;
  return b.high === b.low ? formatMillions(b.low) : `${formatMillions(b.low)}–${formatMillions(b.high)}`;
}

/** The answer in words: the workload, the cheapest way, and the break-even workload between API and self-hosting. */
export function CostAnswerSummary({ answer }: { answer: CostAnswer }) {
  const w = answer.workload;
  const be = answer.breakEven;
  const mixTotal = w.inputPerDay + w.outputPerDay;
  return (
    <div className="space-y-1 rounded-md border border-accent/40 p-3 text-sm" data-testid="cost-answer">
      <p data-testid="cost-summary">
        {answer.model.name}: {formatNumber(w.inputPerDay)}M input tokens a day ({formatNumber(w.cachePercent)}% from cache) and{' '}
        {formatNumber(w.outputPerDay)}M output tokens a day, {formatNumber(w.days)} days a month = {formatNumber(w.inputPerMonth)}
        M input and {formatNumber(w.outputPerMonth)}M output tokens a month.
      </p>
      <p data-testid="cost-cheapest">
        {answer.cheapest ? (
          <>
            Cheapest way in US dollars: <strong>{answer.cheapest.label}</strong>,{' '}
            {formatCost(answer.cheapest.monthly, answer.cheapest.exactness === 'approx', 'USD')} a month.
            {answer.selfHost && !(answer.selfHost.estimate.ok && answer.selfHost.estimate.exactness === 'exact')
              ? ' Self-hosting is not ranked until a GPU-hour price and a throughput are given.'
              : ''}
          </>
        ) : (
          'No way of buying this model has a US-dollar figure at this workload.'
        )}{' '}
        Coding plans are priced by the month with a quota in prompts, which their sources do not express in tokens, so they are
        listed, not ranked.
      </p>
      <p data-testid="break-even">
        {!be ? (
          'Break-even: no US-dollar API price or no self-hosting line to compare.'
        ) : be.kind === 'at' ? (
          <>
            Break-even against the {be.against} API: <strong>{millionsRange(be.tokensPerDayMillions)} tokens a day</strong> at
            this workload&apos;s mix ({formatNumber(w.inputPerDay)}:{formatNumber(w.outputPerDay)} input to output,{' '}
            {formatNumber(w.cachePercent)}% cached; you have {formatMillions(mixTotal)} a day). Above it one self-hosted
            deployment costs less
            {be.withinCapacity === false
              ? ', but one deployment cannot serve that much at the throughput given'
              : be.withinCapacity === null
                ? ' (whether one deployment keeps up is unknown without a throughput)'
                : ', up to what one deployment serves'}
            .
          </>
        ) : (
          <>
            Break-even against the {be.against} API: none ({be.reason}).
          </>
        )}
      </p>
    </div>
  );
}
