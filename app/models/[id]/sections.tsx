import { PublishedFigure } from '@/components/hardware/published';
import Link from 'next/link';
import { PriceHistory } from '@/components/models/price-history';
import type { BenchmarkScores } from '@/components/scores/score-cell';
import { ModelScoreRows } from '@/components/scores/score-rows';
import { ScoreSources, scoreCell, sourceKeys, sourceNumbers } from '@/components/scores/settings-source-cells';
import { EmptyState } from '@/components/ui/empty-state';
import { ExternalLink } from '@/components/ui/external-link';
import { Options } from '@/components/ui/options';
import { OrgDot } from '@/components/ui/org-dot';
import { Section } from '@/components/ui/section';
import { Table, Td, THead } from '@/components/ui/table';
import { PriceValue } from '@/components/values/price-value';
import { SourceLink } from '@/components/values/source-line';
import { SpecValueCell } from '@/components/values/spec-value';
import { SPEC_FIELDS } from '@/lib/data/schema';
import { headToHeadPath } from '@/lib/head-to-head';
import type { HardwareView } from '@/lib/queries/hardware';
import type { ScoreGroup, SpecLine } from '@/lib/queries/model-page';
import type { ModelDetail, ModelSummary } from '@/lib/queries/models';
import type { getPriceHistory } from '@/lib/queries/price-history';
import type { PriceView } from '@/lib/queries/prices';

const AVAILABILITY_LABEL: Record<string, string> = { api: 'API', weights: 'Downloadable weights' };

/** Who made the model, its badges, and the ways on to comparisons with it. */
export function ModelHeader({
  model,
  allModels,
  rivals,
  exploreUrl,
  launchUrl,
}: {
  model: ModelDetail;
  allModels: ModelSummary[];
  rivals: string[];
  exploreUrl: string;
  launchUrl: string | null;
}) {
  const id = model.id;
  return (
    <header className="space-y-2">
      <p className="text-sm text-fg-muted">
        <OrgDot org={model.organization.id} /> {model.organization.name} · family {model.family}
        {model.parent ? (
          <>
            {' '}
            · {model.variantKind} variant of{' '}
            <Link className="link" href={`/models/${model.parent.id}`}>
              {model.parent.name}
            </Link>
          </>
        ) : null}
      </p>
      <h1 className="text-3xl font-semibold tracking-tight">{model.name}</h1>
      <p className="flex flex-wrap gap-2 text-xs">
        <span className="rounded bg-bg-muted px-2 py-0.5">{model.openWeights ? 'Open weights' : 'Closed weights'}</span>
        {model.availability.map((a) => (
          <span key={a} className="rounded bg-bg-muted px-2 py-0.5">
            {AVAILABILITY_LABEL[a] ?? 'Chat app'}
          </span>
        ))}
        <ExternalLink href={model.url}>Model page ↗</ExternalLink>
      </p>
      {model.description ? <p className="max-w-3xl text-fg-muted">{model.description}</p> : null}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {launchUrl ? (
          <Link className="link" href={launchUrl} data-testid="launch-peers-link">
            Compare with its launch peers
          </Link>
        ) : null}
        <Link className="link" href={exploreUrl}>
          Open in the explorer
        </Link>
        {rivals.map((r) => (
          <Link key={r} className="link" href={headToHeadPath(id, r)}>
            {model.name} vs {allModels.find((m) => m.id === r)?.name}
          </Link>
        ))}
      </p>
      <form action="/compare/go" method="get" className="flex flex-wrap items-center gap-2 text-sm">
        <input type="hidden" name="a" value={id} />
        <label htmlFor="vs-select" className="text-fg-muted">
          Compare with
        </label>
        <select id="vs-select" name="b" className="rounded border border-border bg-bg px-2 py-1">
          <Options options={allModels.filter((m) => m.id !== id).map((m) => [m.id, m.name])} />
        </select>
        <button type="submit" className="rounded border border-border px-2 py-1 hover:bg-bg-muted">
          Go
        </button>
      </form>
    </header>
  );
}

export function SpecsSection({ lines, version }: { lines: SpecLine[]; version: string }) {
  return (
    <Section id="specs-heading" title="Specifications">
      {lines.length === 0 ? (
        <EmptyState>No specification is recorded for this model in data version {version}.</EmptyState>
      ) : (
        <dl className="tabular grid gap-x-6 gap-y-1 rounded-md border border-border p-3 text-sm sm:grid-cols-2">
          {lines.map((line) => (
            <div
              key={`${line.field}-${line.qualifier ?? ''}`}
              className="flex justify-between gap-4 border-b border-border py-1.5 last:border-0"
            >
              <dt className="text-fg-muted">
                {SPEC_FIELDS[line.field].label}
                {line.qualifier ? <span className="text-xs text-fg-subtle"> ({line.qualifier})</span> : null}
              </dt>
              <dd className="text-right">
                <SpecValueCell value={line.shown ?? line.others[0]} />
                {line.others.length > 0 && line.shown ? (
                  <span className="block text-[10px] text-fg-subtle">
                    also: {line.others.map((o) => `${o.display} (${o.source.title})`).join('; ')}
                  </span>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}

/** A value's "disputed" mark, after the value. */
function Disputed({ disputed }: { disputed: boolean }) {
  return disputed ? <span className="ml-1 text-[10px] text-warn">disputed</span> : null;
}

/** Every score per benchmark: the headline first, then the values other sources report. */
export function ScoresSection({
  model,
  groups,
  count,
  version,
}: {
  model: ModelDetail;
  groups: ScoreGroup[];
  count: number;
  version: string;
}) {
  // Per benchmark the headline first, then what other sources report; sources numbered in that order.
  const ordered = groups.map(({ benchmark, scores }) => ({
    benchmark,
    rows: [...scores.filter((r) => r.isHeadline), ...scores.filter((r) => !r.isHeadline)],
  }));
  const inOrder = ordered.flatMap((g) => g.rows);
  const numbers = sourceNumbers(inOrder);
  const rows: BenchmarkScores[] = ordered.map(({ benchmark, rows }) => [
    benchmark.id,
    benchmark.name,
    rows.map((s) => scoreCell(s, numbers)),
  ]);
  return (
    <Section id="scores-heading" title="Benchmark scores" note={`(${count} values on ${groups.length} benchmarks)`}>
      {count === 0 ? (
        <EmptyState>No benchmark score is recorded for this model in data version {version}.</EmptyState>
      ) : (
        <Table label="Scores table" className="min-w-[40rem]">
          <THead
            // Narrow first column on a phone, so the values show before the table scrolls sideways.
            columns={[
              { label: 'Benchmark', className: 'w-36 sm:w-auto' },
              { label: 'Value', numeric: true },
              'Settings',
              'Source',
            ]}
          />
          <tbody>
            <ModelScoreRows version={version} modelName={model.name} groups={rows} sources={sourceKeys(inOrder)} />
          </tbody>
        </Table>
      )}
      <ScoreSources scores={inOrder} />
    </Section>
  );
}

/** Every listed price of the model, its history, and the way on to buying it. */
export function PricesSection({
  model,
  prices,
  history,
  version,
}: {
  model: ModelDetail;
  prices: PriceView[];
  history: ReturnType<typeof getPriceHistory>;
  version: string;
}) {
  const id = model.id;
  return (
    <Section id="prices-heading" title="API prices">
      {prices.length === 0 ? (
        <EmptyState>No API price is recorded for this model in data version {version}.</EmptyState>
      ) : (
        <Table label="Prices table" className="min-w-[36rem]">
          <THead columns={['Seller', 'Kind', { label: 'Price per 1M tokens', numeric: true }, 'Condition', 'As of', 'Source']} />
          <tbody>
            {prices.map((p, i) => (
              <tr key={i} {...(p.disputed ? { className: 'text-fg-muted' } : null)}>
                <Td>{p.provider.name}</Td>
                <Td>{p.kind}</Td>
                <Td numeric>
                  <PriceValue price={p} modelName={model.name} />
                  <Disputed disputed={p.disputed} />
                </Td>
                <Td className="text-xs">{p.condition ?? '—'}</Td>
                <Td className="text-xs">{p.asOf ?? (p.source.retrieved ? `read ${p.source.retrieved}` : '—')}</Td>
                <Td className="text-xs" data-testid="price-source">
                  <SourceLink source={p.source} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <PriceHistory {...history} />
      <p className="text-xs">
        <Link className="link" href={`/pricing?model=${id}`}>
          Every way of buying {model.name}, side by side
        </Link>
      </p>
    </Section>
  );
}

export function HardwareSection({
  modelId,
  modelName,
  hardware,
}: {
  modelId: string;
  modelName: string;
  hardware: HardwareView[];
}) {
  return (
    <Section id="hw-heading" title="GPU requirements (as published)">
      {hardware.length === 0 ? (
        <EmptyState>
          No published GPU requirement is recorded for this model. The{' '}
          <Link className="link" href={`/hardware?model=${modelId}`}>
            hardware planner
          </Link>{' '}
          can estimate one where the architecture is known.
        </EmptyState>
      ) : (
        <ul className="space-y-1 text-sm">
          {hardware.map((h, i) => (
            <li key={i}>
              <span className="mr-2 rounded bg-bg-muted px-1.5 py-0.5 text-xs">{h.precision}</span>
              <span className="mr-2 text-xs text-fg-muted">{h.profile === 'full-context' ? 'full context' : 'standard'}</span>
              <PublishedFigure row={h} modelName={modelName} />
              {h.condition ? <span className="ml-2 text-xs text-fg-muted">{h.condition}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

const FAMILY_LINK = 'rounded border border-border px-2 py-1 hover:bg-bg-muted';

/** Links to the model's variants and family members; nothing when it has none. */
export function FamilySection({ model }: { model: ModelDetail }) {
  if (model.variants.length === 0 && model.familyMembers.length === 0) return null;
  return (
    <Section id="family-heading" title="Variants and family">
      <ul className="flex flex-wrap gap-2 text-sm">
        {model.familyMembers.map((m) => (
          <li key={m.id}>
            <Link className={FAMILY_LINK} href={`/models/${m.id}`}>
              {m.name}
              {m.variantKind ? <span className="ml-1 text-xs text-fg-subtle">{m.variantKind}</span> : null}
            </Link>
          </li>
        ))}
        {model.variants
          .filter((v) => !model.familyMembers.some((m) => m.id === v.id))
          .map((v) => (
            <li key={v.id}>
              <Link className={FAMILY_LINK} href={`/models/${v.id}`}>
                {v.name}
              </Link>
            </li>
          ))}
      </ul>
    </Section>
  );
}
