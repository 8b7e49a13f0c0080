import type { Metadata } from 'next';
import { previewMetadata } from '@/lib/og/meta';
import Link from 'next/link';
import { VersionBanner } from '@/components/layout/version-banner';
import { CostTable, type CostRow } from '@/components/pricing/cost-table';
import { PlanCards } from '@/components/pricing/plan-cards';
import { PriceLinesTable, PriceNotes } from '@/components/pricing/price-lines-table';
import { AutoSubmit } from '@/components/ui/auto-submit';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { compareCost, estimateCost, groupByCurrency } from '@/lib/cost';
import { formatNumber } from '@/lib/format';
import { getModelList } from '@/lib/queries/models';
import { getPlans } from '@/lib/queries/prices';
import { getPricingData, PRICE_KINDS } from '@/lib/queries/pricing';
import type { NoteView } from '@/lib/queries/shared';
import { resolveVersion } from '@/lib/queries/versions';
import { parseCostState, serializeCostState, withQuery, type SearchParams, type ViewIssue } from '@/lib/view-state';

type Props = { searchParams: Promise<SearchParams> };

const description =
  'Every API price in the data with its source, condition and date (CNY kept in CNY), the GLM Coding Plan tiers, and a monthly cost calculator ranking models cheapest first.';

export const metadata: Metadata = {
  title: 'API pricing and cost calculator',
  description,
  ...previewMetadata('API pricing and cost calculator · GLM Compare', description, '/og/page/pricing'),
};

const CURRENCY_NAME: Record<string, string> = { USD: 'US dollars', CNY: 'Chinese yuan (CNY)' };

/** One of the calculator's inputs: a plain form field, so the calculator works without JavaScript. */
function NumberField({
  name,
  label,
  max,
  value,
  narrow = false,
}: {
  name: string;
  label: string;
  max: number;
  value: number;
  narrow?: boolean;
}) {
  return (
    <label className="flex w-full flex-col gap-1 sm:w-auto">
      <span className="text-xs text-[var(--fg-muted)]">{label}</span>
      <input
        name={name}
        type="number"
        inputMode="decimal"
        min={0}
        max={max}
        step="any"
        required
        defaultValue={value}
        className={`tabular w-full rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1.5 ${narrow ? 'sm:w-32' : 'sm:w-40'}`}
      />
    </label>
  );
}

export default async function PricingPage({ searchParams }: Props) {
  const { state, issues: parseIssues } = parseCostState(await searchParams);
  const issues: ViewIssue[] = [...parseIssues];
  const resolved = resolveVersion(state.v ?? undefined);
  if (resolved.unknown) issues.push({ param: 'v', value: resolved.unknown, reason: 'no such data version; showing the latest' });
  const urlState = { ...state, v: resolved.unknown ? null : state.v };
  const version = resolved.version;

  const data = getPricingData(version.id);
  const plans = getPlans(version.id);
  const modelNames = new Map(getModelList(version.id).map((m) => [m.id, m.name]));

  const usage = { inputMillions: state.input, outputMillions: state.output, cachePercent: state.cache };
  const rows: CostRow[] = data.calculator.map((entry) => ({ entry, estimate: estimateCost(entry, usage) }));
  const groups = groupByCurrency(rows.map((r) => ({ ...r, currency: r.entry.currency }))).map((g) => ({
    currency: g.currency,
    rows: [...g.rows].sort((a, b) => compareCost(a.estimate, b.estimate) || a.entry.modelName.localeCompare(b.entry.modelName)),
  }));
  const anyCacheAssumption = rows.some((r) => r.estimate.ok && r.estimate.cachedAtInputPrice);
  // Every note about a listed price, in the order the tables reach them.
  const priceNotes = new Map<string, NoteView>();
  for (const g of data.organizations) {
    for (const m of g.models)
      for (const kind of PRICE_KINDS) for (const n of data.priceNotes.get(`${m.id}\u0000${kind}`) ?? []) priceNotes.set(n.id, n);
  }
  const permalink = withQuery('/pricing', serializeCostState({ ...urlState, v: version.id }));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">API pricing</h1>
        <p className="max-w-3xl text-sm text-[var(--fg-muted)]">
          {data.priceRowCount} listed prices per 1M tokens, each with its seller, condition, date and source (hover, focus or tap
          a price). Prices stay in the currency they were published in: CNY is never converted. Data version {version.id}.
        </p>
      </header>

      <UrlIssuesNotice issues={issues} />
      <VersionBanner
        version={version}
        latest={resolved.latest}
        latestHref={withQuery('/pricing', serializeCostState({ ...urlState, v: null }))}
      />

      <section aria-labelledby="calc-heading" className="space-y-3">
        <h2 id="calc-heading" className="text-lg font-semibold">
          Monthly cost calculator
        </h2>
        <form
          id="cost-form"
          method="get"
          action="/pricing"
          className="flex flex-wrap items-end gap-3 rounded-md border border-[var(--border)] bg-[var(--bg-subtle)] p-3 text-sm"
        >
          <NumberField name="in" label="Input tokens a month (millions)" max={1000000} value={state.input} />
          <NumberField name="out" label="Output tokens a month (millions)" max={1000000} value={state.output} />
          <NumberField name="cache" label="Input served from cache (%)" max={100} value={state.cache} narrow />
          {urlState.v ? <input type="hidden" name="v" value={urlState.v} /> : null}
          <button
            type="submit"
            className="rounded border border-[var(--border)] bg-[var(--bg)] px-3 py-1.5 hover:bg-[var(--bg-muted)]"
          >
            Calculate
          </button>
          <AutoSubmit formId="cost-form" view="cost" />
        </form>

        <p className="text-sm" data-testid="cost-summary">
          {formatNumber(state.input)}M input tokens ({formatNumber(state.cache)}% from cache) and {formatNumber(state.output)}M
          output tokens a month.{' '}
          <Link className="link text-xs" href={permalink}>
            Permalink
          </Link>
        </p>

        {groups.length === 0 ? (
          <p className="text-sm text-[var(--fg-muted)]">No model has a list price in data version {version.id}.</p>
        ) : (
          groups.map((g) => (
            <div key={g.currency} className="space-y-1" data-testid={`cost-group-${g.currency}`}>
              <h3 className="text-sm font-semibold">
                Priced in {CURRENCY_NAME[g.currency] ?? g.currency}{' '}
                <span className="font-normal text-[var(--fg-muted)]">({g.rows.length} models, ranked on their own)</span>
              </h3>
              <CostTable currency={g.currency} rows={g.rows} notes={data.priceNotes} idPrefix={`cost-${g.currency}`} />
            </div>
          ))
        )}

        {data.excluded.length > 0 ? (
          <details className="rounded-md border border-[var(--border)] p-3 text-sm">
            <summary className="cursor-pointer">
              {data.excluded.length} priced model{data.excluded.length === 1 ? '' : 's'} without a list price the calculator can
              use
            </summary>
            <ul className="mt-2 space-y-1" data-testid="cost-excluded">
              {data.excluded.map((x) => (
                <li key={x.modelId}>
                  <Link className="link" href={`/models/${x.modelId}`}>
                    {x.modelName}
                  </Link>
                  : {x.reason}. Its prices are in the full table below.
                </li>
              ))}
            </ul>
          </details>
        ) : null}

        <div
          className="rounded-md border border-[var(--border)] p-3 text-xs leading-relaxed text-[var(--fg-muted)]"
          data-testid="cost-method"
        >
          <p className="font-semibold text-[var(--fg)]">How the calculator counts</p>
          <p>
            Cost = input × (1 − cache share) × input price + input × cache share × cached-input price + output × output price,
            with token volumes in millions and prices per 1M tokens.
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-4">
            <li>
              <strong>List price</strong>: each model&apos;s own vendor&apos;s price with no condition attached. Tiered or
              conditional prices (“input &gt; 200K tokens”, off-peak hours, cache writes, turbo) and resellers&apos; prices are
              listed in the full table below but not used here.
            </li>
            <li>
              <strong>No cached-input price</strong>: cached tokens are charged at the model&apos;s input price and the row says
              “cached at input price”. That is the undiscounted price the vendor does list, so the figure can only overstate.
              {anyCacheAssumption ? ' Some rows above use this.' : ''}
            </li>
            <li>
              <strong>Approximate or range prices</strong> give an approximate (≈) or range result, never one exact figure; ranges
              rank by their lower end.
            </li>
            <li>
              <strong>Currencies</strong> are ranked separately and never converted. A vendor listing both USD and CNY appears in
              both rankings, each from its own list.
            </li>
            <li>A missing price needed for your volumes gives “—” and says which; a price of 0 (a free model) is a real zero.</li>
            <li>Not included: cache writes, cache storage, taxes, and anything not listed as a per-token price.</li>
          </ul>
        </div>
      </section>

      <section aria-labelledby="plans-heading" className="space-y-3">
        <h2 id="plans-heading" className="text-lg font-semibold">
          Coding Plan tiers
        </h2>
        <p className="max-w-3xl text-sm text-[var(--fg-muted)]">
          Subscriptions for coding tools, shown in their sources&apos; own words: an approximate price stays approximate. Where
          two sources describe the same tier, both are shown.
        </p>
        {plans.length === 0 ? (
          <p className="text-sm text-[var(--fg-muted)]">No subscription plan is recorded in data version {version.id}.</p>
        ) : (
          <PlanCards plans={plans} modelNames={modelNames} />
        )}
      </section>

      <section aria-labelledby="all-prices-heading" className="space-y-4">
        <div>
          <h2 id="all-prices-heading" className="text-lg font-semibold">
            Every listed price
          </h2>
          <p className="max-w-3xl text-sm text-[var(--fg-muted)]">
            Per 1M tokens (cache storage per 1M tokens per hour where marked /h), grouped by the model&apos;s organization. Each
            line is one seller, currency and condition. Other sources&apos; values for the same price are listed under it;
            disputed ones are struck through and marked, with the note that explains them.
          </p>
        </div>
        {data.organizations.length === 0 ? (
          <p className="text-sm text-[var(--fg-muted)]">No API price is recorded in data version {version.id}.</p>
        ) : (
          data.organizations.map((g) => <PriceLinesTable key={g.organization.id} group={g} notes={data.priceNotes} />)
        )}
        <PriceNotes notes={[...priceNotes.values()]} />
      </section>
    </div>
  );
}
