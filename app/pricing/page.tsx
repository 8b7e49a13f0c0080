import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/og/meta';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { VersionBanner } from '@/components/layout/version-banner';
import { CostAnswerSummary } from '@/components/pricing/cost-answer';
import { CostForm } from '@/components/pricing/cost-form';
import { ApiWaysTable, SelfHostLine } from '@/components/pricing/cost-ways';
import { PlanTiers } from '@/components/pricing/plan-tiers';
import { PriceLinesTable, PriceNotes } from '@/components/pricing/price-lines-table';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { getCostAnswer } from '@/lib/queries/cost';
import { getGpus } from '@/lib/queries/hardware';
import { getPricingData, PRICE_KINDS, type PriceLine } from '@/lib/queries/pricing';
import type { NoteView } from '@/lib/queries/shared';
import { resolveVersion } from '@/lib/queries/versions';
import {
  parseCostState,
  serializeCostState,
  serializeHardwareState,
  withQuery,
  type CostState,
  type SearchParams,
  type ViewIssue,
} from '@/lib/view-state';

type Props = { searchParams: Promise<SearchParams> };

const description =
  'What it costs to use a model: every seller’s API price with its source, the coding-plan tiers, and self-hosting on the GPUs the planner proposes, for your workload, with the cheapest way and the break-even volume.';

export const metadata: Metadata = pageMetadata({
  title: 'What it costs: API, coding plans, self-hosting',
  description,
  image: '/og/page/pricing',
  cardTitle: 'What it costs',
});

/** A price line the sellers table does not already show in full: a condition, cache storage, or several sources. */
function beyondTable(line: PriceLine): boolean {
  return line.condition !== null || line.cells['cache-storage'].length > 0 || PRICE_KINDS.some((k) => line.cells[k].length > 1);
}

export default async function PricingPage({ searchParams }: Props) {
  const { state, issues: parseIssues } = parseCostState(await searchParams);
  const resolved = resolveVersion(state.v ?? undefined);
  const version = resolved.version;
  const { answer, issues: idIssues, modelId, gpuId } = getCostAnswer(version.id, state);
  const issues: ViewIssue[] = [...parseIssues, ...idIssues];
  if (resolved.unknown) issues.push({ param: 'v', value: resolved.unknown, reason: 'no such data version; showing the latest' });
  const urlState: CostState = {
    ...state,
    model: state.model === modelId ? state.model : null,
    gpu: state.gpu === gpuId ? state.gpu : null,
    v: resolved.unknown ? null : state.v,
  };
  const href = (patch: Partial<CostState>) => withQuery('/pricing', serializeCostState({ ...urlState, ...patch }));
  const data = getPricingData(version.id);
  const chosen = data.organizations.flatMap((g) => g.models).find((m) => m.id === modelId);
  const priceNotes = new Map<string, NoteView>();
  for (const kind of PRICE_KINDS) for (const n of data.priceNotes.get(`${modelId}\u0000${kind}`) ?? []) priceNotes.set(n.id, n);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">What it costs to use a model</h1>
        <p className="max-w-3xl text-sm text-fg-muted">
          One model, every way of buying it, side by side: each seller&apos;s API at its listed prices (every price with its
          seller and source; a third-party host&apos;s price is never the lab&apos;s list price), the coding-plan tiers that
          include it, and self-hosting on the GPUs the planner proposes. Prices stay in their own currency. Data version{' '}
          {version.id}.{' '}
          <Link className="link" href={href({ v: version.id })}>
            Permalink
          </Link>
          . To compare models with each other by price, see the explorer&apos;s{' '}
          <Link className="link" href="/compare?chart=price&seller=cheapest">
            price vs score chart
          </Link>
          .
        </p>
      </header>

      <UrlIssuesNotice issues={issues} />
      <VersionBanner version={version} latest={resolved.latest} latestHref={href({ v: null })} />

      {!answer || !modelId ? (
        <EmptyState>No model has a price in data version {version.id}.</EmptyState>
      ) : (
        <>
          <CostForm
            state={state}
            modelId={modelId}
            choices={answer.choices}
            gpus={getGpus(version.id)}
            gpuId={gpuId}
            version={urlState.v}
          />
          <CostAnswerSummary answer={answer} />

          <Section
            className="space-y-3"
            id="api-heading"
            title={`Pay per token: ${answer.model.name} from ${answer.apis.length} seller${answer.apis.length === 1 ? '' : 's'}`}
            description="Each seller's prices with no condition attached, per 1M tokens (tap a source for where each price was read, and when). Cost = input × (1 − cache share) × input price + input × cache share × cached-input price + output × output price. With no cached-input price listed, cached tokens are charged at the input price, which can only overstate."
          >
            <ApiWaysTable answer={answer} notes={data.priceNotes} />
          </Section>

          <Section
            className="space-y-3"
            id="plans-heading"
            title="Coding plans"
            description="Subscription tiers whose sources name this model, in their sources' own words: price, quota and what the source says about it. An approximate price stays approximate."
          >
            {answer.plans.length === 0 ? (
              <p className="text-sm text-fg-muted" data-testid="no-plans">
                No coding plan in data version {version.id} names {answer.model.name}.
              </p>
            ) : (
              <PlanTiers plans={answer.plans} />
            )}
          </Section>

          <Section className="space-y-3" id="self-host-heading" title="Self-hosting">
            {answer.selfHost ? (
              <SelfHostLine
                selfHost={answer.selfHost}
                modelName={answer.model.name}
                hardwareHref={withQuery(
                  '/hardware',
                  serializeHardwareState({
                    model: modelId,
                    precision: state.precision,
                    context: state.context,
                    gpu: gpuId,
                    v: urlState.v,
                  }),
                )}
              />
            ) : (
              <p className="text-sm text-fg-muted" data-testid="self-host">
                No self-hosting line: {answer.selfHostMissing}.
              </p>
            )}
          </Section>

          {chosen && chosen.lines.some(beyondTable) ? (
            <Section
              className="space-y-3"
              id="all-prices-heading"
              title={`Every listed price of ${answer.model.name}`}
              description="What the table above does not show: conditional prices (long-context tiers, off-peak or batch rates, cache writes), cache storage, and other sources' values for the same price, one line per seller, currency and condition, per 1M tokens (cache storage per 1M tokens per hour where marked /h)."
            >
              <PriceLinesTable
                group={{ organization: chosen.organization, models: [{ ...chosen, lines: chosen.lines.filter(beyondTable) }] }}
                notes={data.priceNotes}
              />
              <PriceNotes notes={[...priceNotes.values()]} />
            </Section>
          ) : null}
        </>
      )}
    </div>
  );
}
