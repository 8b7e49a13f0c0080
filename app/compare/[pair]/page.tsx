import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { HeadToHeadScores } from '@/components/compare/head-to-head-scores';
import { PairVerdictBox } from '@/components/compare/verdict';
import { OrgDot } from '@/components/ui/org-dot';
import { PriceValue } from '@/components/values/price-value';
import { SpecValueCell } from '@/components/values/spec-value';
import { blendedPrice } from '@/lib/compare/pareto';
import { SPEC_FIELDS, type SpecField } from '@/lib/data/schema';
import { formatMoney, formatNumber } from '@/lib/format';
import { headToHeadPath, parsePair } from '@/lib/head-to-head';
import { pageMetadata } from '@/lib/og/meta';
import { getModel } from '@/lib/queries/models';
import { getListPrices } from '@/lib/queries/prices';
import { getHeadToHead } from '@/lib/queries/head-to-head';
import { resolveVersion } from '@/lib/queries/versions';
import { compareUrl, DEFAULT_COMPARE_STATE } from '@/lib/view-state';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { RowTh, Table, Td, THead } from '@/components/ui/table';

type Props = { params: Promise<{ pair: string }> };

function load(pairSegment: string) {
  const pair = parsePair(pairSegment);
  if (!pair) return null;
  const { version } = resolveVersion(undefined);
  const a = getModel(version.id, pair.a);
  const b = getModel(version.id, pair.b);
  if (!a || !b) return null;
  // Each order is its own page (a − b or b − a), so the canonical URL keeps the order asked for.
  return { version, a, b, canonical: headToHeadPath(a.id, b.id) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = load((await params).pair);
  if (!data) return { title: 'Comparison not found' };
  const title = `${data.a.name} vs ${data.b.name}`;
  const description = `${data.a.name} against ${data.b.name}: benchmark scores and deltas, price ratios and specs, each value with its source.`;
  return {
    ...pageMetadata({ title, description, image: `/og/pair/${data.canonical.slice('/compare/'.length)}` }),
    alternates: { canonical: data.canonical },
  };
}

const SPECS: SpecField[] = ['release-date', 'license', 'total-params', 'active-params', 'context-window', 'max-output'];

export default async function HeadToHeadPage({ params }: Props) {
  const { pair } = await params;
  const data = load(pair);
  if (!data) notFound();
  // Other spellings of the same pair (upper case, %-encoded) go to the one address; the order stays.
  if (`/compare/${decodeURIComponent(pair)}` !== data.canonical) permanentRedirect(data.canonical);
  const { version, a, b } = data;
  const h2h = getHeadToHead(version.id, a.id, b.id, (id) => (id === a.id ? a.name : id === b.id ? b.name : id));
  const bothCount = h2h.rows.filter((r) => r.a && r.b).length;

  const prices = getListPrices(version.id);
  const pa = prices.get(a.id);
  const pb = prices.get(b.id);
  const ratio = (x: number | undefined, y: number | undefined) => (x !== undefined && y !== undefined && y > 0 ? x / y : null);
  const priceRows = (['input', 'cachedInput', 'output'] as const).map((k) => ({
    label: k === 'cachedInput' ? 'Cached input' : k === 'input' ? 'Input' : 'Output',
    kind: k === 'cachedInput' ? 'cached-input' : k,
    pa: pa?.[k] ?? null,
    pb: pb?.[k] ?? null,
  }));
  const sameCurrency = pa && pb && pa.currency === pb.currency;
  const blendedA = pa?.input && pa.output ? blendedPrice(pa.input.value, pa.output.value) : undefined;
  const blendedB = pb?.input && pb.output ? blendedPrice(pb.input.value, pb.output.value) : undefined;

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
          <Link href={`/models/${a.id}`} className="hover:underline">
            {a.name}
          </Link>{' '}
          <span className="text-fg-subtle">vs</span>{' '}
          <Link href={`/models/${b.id}`} className="hover:underline">
            {b.name}
          </Link>
        </h1>
        <p className="text-sm text-fg-muted">
          <OrgDot org={a.organization.id} /> {a.organization.name} · <OrgDot org={b.organization.id} /> {b.organization.name} ·{' '}
          {bothCount} benchmark
          {bothCount === 1 ? '' : 's'} with a value for both · data {version.id}
        </p>
        <p className="text-sm">
          <Link className="link" href={compareUrl({ ...DEFAULT_COMPARE_STATE, models: [a.id, b.id] })}>
            Open both in the explorer
          </Link>
        </p>
      </header>

      <PairVerdictBox verdict={h2h.verdict} nameA={a.name} nameB={b.name} />

      <HeadToHeadScores a={a} b={b} rows={h2h.rows} />

      <Section id="h2h-prices" title="List prices (per 1M tokens, each model's own vendor)">
        {!pa && !pb ? (
          <EmptyState>Neither model has a list price in this data version.</EmptyState>
        ) : (
          <Table label="List prices" className="min-w-[30rem]">
            <THead
              columns={[
                'Kind',
                { label: a.name, numeric: true },
                { label: b.name, numeric: true },
                { label: 'Ratio', numeric: true },
              ]}
            />
            <tbody>
              {priceRows.map((r) => {
                const x = ratio(r.pa?.value, r.pb?.value);
                return (
                  <tr key={r.label}>
                    <RowTh className="font-normal">{r.label}</RowTh>
                    <Td numeric>
                      <PriceValue price={r.pa} modelName={a.name} />
                    </Td>
                    <Td numeric>
                      <PriceValue price={r.pb} modelName={b.name} />
                    </Td>
                    <Td numeric>{sameCurrency && x !== null ? `${formatNumber(Math.round(x * 100) / 100)}×` : '—'}</Td>
                  </tr>
                );
              })}
              <tr>
                <RowTh className="font-normal">Blended 3:1</RowTh>
                <Td numeric>{blendedA !== undefined && pa ? formatMoney(blendedA, pa.currency) : '—'}</Td>
                <Td numeric>{blendedB !== undefined && pb ? formatMoney(blendedB, pb.currency) : '—'}</Td>
                <Td numeric>
                  {sameCurrency && blendedA !== undefined && blendedB
                    ? `${formatNumber(Math.round((blendedA / blendedB) * 100) / 100)}×`
                    : '—'}
                </Td>
              </tr>
            </tbody>
          </Table>
        )}
        {pa && pb && !sameCurrency ? (
          <p className="text-xs text-fg-muted">
            The prices are in different currencies ({pa.currency}, {pb.currency}); no ratio is computed and nothing is converted.
          </p>
        ) : null}
      </Section>

      <Section id="h2h-specs" title="Specifications">
        <Table label="Specifications" className="min-w-[28rem]">
          <tbody>
            {SPECS.map((f) => (
              <tr key={f} className="first:border-0">
                <RowTh className="font-normal text-fg-muted">{SPEC_FIELDS[f].label}</RowTh>
                <Td numeric>
                  <SpecValueCell value={a.specs[f]} />
                </Td>
                <Td numeric>
                  <SpecValueCell value={b.specs[f]} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>
    </article>
  );
}
