import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BenchmarkBars } from '@/components/compare/benchmark-bars';
import { ExternalLink } from '@/components/ui/external-link';
import type { BarPanel } from '@/lib/compare/chart-data';
import { getModelList } from '@/lib/queries/models';
import { getBenchmarks, getScoreViews, type ScoreView } from '@/lib/queries/scores';
import { pageMetadata } from '@/lib/og/meta';
import { resolveVersion } from '@/lib/queries/versions';
import { compareUrl, DEFAULT_COMPARE_STATE } from '@/lib/view-state';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { RankingTable } from './ranking-table';
import { ScoreSources } from '@/components/scores/settings-source-cells';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const { version } = resolveVersion(undefined);
  return getBenchmarks(version.id).map((b) => ({ id: b.id }));
}

function load(id: string) {
  const { version } = resolveVersion(undefined);
  const all = getBenchmarks(version.id);
  const benchmark = all.find((b) => b.id === id);
  return benchmark ? { version, benchmark, all } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = load((await params).id);
  if (!data) return { title: 'Benchmark not found' };
  const description = `${data.benchmark.name}: ${data.benchmark.description} Every model's score, ranked, with its source and settings.`;
  return pageMetadata({ title: data.benchmark.name, description, image: `/og/benchmark/${data.benchmark.id}` });
}

function settingsKey(s: ScoreView): string {
  return s.badges.join(' · ');
}

export default async function BenchmarkPage({ params }: Props) {
  const { id } = await params;
  const data = load(id);
  if (!data) notFound();
  const { version, benchmark, all } = data;
  const scores = getScoreViews(version.id, undefined, [id]);
  const models = new Map(getModelList(version.id).map((m) => [m.id, m]));
  const parent = benchmark.parentId ? all.find((b) => b.id === benchmark.parentId) : undefined;
  const children = all.filter((b) => b.parentId === id);

  const headlines = scores.filter((s) => s.isHeadline);
  const dir = benchmark.higherIsBetter ? -1 : 1;
  const ranked = [...headlines].sort((x, y) => dir * (x.value - y.value) || x.modelId.localeCompare(y.modelId));
  const disputedOnly = [...new Set(scores.filter((s) => s.disputed).map((s) => s.modelId))].filter(
    (m) => !headlines.some((h) => h.modelId === m),
  );
  const settingSets = new Set(ranked.map(settingsKey));
  const mixed = settingSets.size > 1;

  const panel: BarPanel = {
    id,
    title: benchmark.name,
    unit: benchmark.unit,
    higherIsBetter: benchmark.higherIsBetter,
    bars: ranked
      .filter((s) => s.exactness === 'exact' || s.exactness === 'approx')
      .map((s) => ({
        modelId: s.modelId,
        label: models.get(s.modelId)?.name ?? s.modelId,
        org: models.get(s.modelId)?.organization.id ?? 'other',
        orgName: models.get(s.modelId)?.organization.name ?? 'Other',
        value: s.value,
        display: s.display,
        approx: s.exactness === 'approx',
        badges: s.badges,
      })),
    leftOut: [
      ...ranked
        .filter((s) => s.exactness === 'range' || s.exactness === 'lower-bound')
        .map((s) => ({ label: models.get(s.modelId)?.name ?? s.modelId, reason: `given only as ${s.display}` })),
      ...disputedOnly.map((m) => ({ label: models.get(m)?.name ?? m, reason: 'only a disputed value' })),
    ],
  };

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-fg-muted">
          <Link className="link" href="/benchmarks">
            Benchmarks
          </Link>{' '}
          · {benchmark.category} · {benchmark.unit === '%' ? 'percent' : benchmark.unit} ·{' '}
          {benchmark.higherIsBetter ? 'higher is better' : 'lower is better'}
          {parent ? (
            <>
              {' '}
              · part of{' '}
              <Link className="link" href={`/benchmarks/${parent.id}`}>
                {parent.name}
              </Link>
            </>
          ) : null}
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">{benchmark.name}</h1>
        <p className="max-w-3xl text-fg-muted">{benchmark.description}</p>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <ExternalLink href={benchmark.url}>Official page ↗</ExternalLink>
          <Link
            className="link"
            href={compareUrl({
              ...DEFAULT_COMPARE_STATE,
              benchmarks: [id],
              models: ranked.slice(0, 10).map((s) => s.modelId),
              sort: { column: id, desc: benchmark.higherIsBetter },
            })}
          >
            Open in the explorer
          </Link>
          {children.map((c) => (
            <Link key={c.id} className="link" href={`/benchmarks/${c.id}`}>
              {c.name}
            </Link>
          ))}
        </p>
      </header>

      {mixed ? (
        <div role="note" className="rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm" data-testid="not-comparable">
          <strong>Not strictly comparable.</strong> These scores were measured under {settingSets.size} different stated settings
          ({[...settingSets].map((s) => s || 'settings not stated').join('; ')}). Rank order across settings is indicative only.
        </div>
      ) : null}

      <Section id="ranking" title="Ranking" note={`(${ranked.length} models)`} className="space-y-3">
        {ranked.length === 0 ? (
          <EmptyState>No model has a score on this benchmark in data version {version.id}.</EmptyState>
        ) : (
          <>
            <RankingTable version={version.id} benchmark={benchmark} ranked={ranked} models={models} />
            <ScoreSources scores={ranked} />
            <BenchmarkBars panels={[panel]} truncated={0} />
          </>
        )}
        {disputedOnly.length > 0 ? (
          <p className="text-xs text-fg-muted">
            Only a disputed value exists for: {disputedOnly.map((m) => models.get(m)?.name ?? m).join(', ')} (see the model pages
            for the notes).
          </p>
        ) : null}
      </Section>
      <p className="text-xs text-fg-subtle">
        Data version {version.id}. {scores.length} reported values in all, {scores.length - headlines.length} of them alternatives
        to the values ranked here.
      </p>
    </article>
  );
}
