import type { Metadata } from 'next';
import Link from 'next/link';
import { Section } from '@/components/ui/section';
import { BenchmarkBars } from '@/components/compare/benchmark-bars';
import { ScatterPlot } from '@/components/compare/scatter-chart';
import { GroupVerdictBox } from '@/components/compare/verdict';
import { ModelList } from '@/components/models/model-list';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { OrgDot } from '@/components/ui/org-dot';
import { barPanels } from '@/lib/compare/chart-data';
import { previewMetadata } from '@/lib/og/meta';
import { getCompareData, type CompareData } from '@/lib/queries/compare';
import { getHomeExtras } from '@/lib/queries/home';
import { getModelTable } from '@/lib/queries/model-table';
import { compareUrl, DEFAULT_COMPARE_STATE, parseModelListState, type SearchParams } from '@/lib/view-state';

export const metadata: Metadata = previewMetadata(
  'GLM Compare',
  "Compare Z.ai's GLM models with DeepSeek, Qwen, Kimi, MiniMax and proprietary models, like-for-like: every number with its source and settings.",
  '/og/page/home',
);

/** Panels drawn on the home page; the full chart is one click away on /compare. */
const HOME_PANELS = 4;
/** Rows of the model list on the home page (the page's size budget); /models lists them all. */
const HOME_ROWS = 30;

function Answer({ data }: { data: CompareData }) {
  const focus = data.rows[0]?.model;
  const { panels } = barPanels(data);
  const nameOf = Object.fromEntries(data.modelOptions.map((m) => [m.id, m.name]));
  const href = compareUrl({ ...DEFAULT_COMPARE_STATE, models: data.state.models, benchmarks: data.state.benchmarks });
  return (
    <Section
      id="answer-heading"
      title={focus ? `${focus.name} against its launch peers` : 'The default comparison'}
      className="space-y-3"
      data-testid="home-answer"
    >
      {data.verdict ? <GroupVerdictBox verdict={data.verdict} nameOf={nameOf} /> : null}
      {/* Drawn with the page, without Recharts: the answer is read at a glance and the page responds at once; the link below opens it in the explorer's charts. */}
      <BenchmarkBars
        panels={panels.slice(0, HOME_PANELS)}
        truncated={Math.max(0, data.columns.length - HOME_PANELS)}
        interactive={false}
      />
      <p className="text-sm">
        <Link href={href} className="link" data-testid="answer-link">
          Open this comparison: {data.rows.length} models on {data.columns.length} benchmarks
        </Link>
        <span className="text-fg-muted"> · like-for-like, data version {data.version.id}</span>
      </p>
    </Section>
  );
}

function Leaders({ leaders }: { leaders: ReturnType<typeof getHomeExtras>['leaders'] }) {
  return (
    <Section id="leaders-heading" title="Open-weights leaders by category" data-testid="home-leaders">
      <p className="text-xs text-fg-muted">
        Per category, the benchmark on which the most open-weights models were measured together or under equal stated settings;
        only those values are ranked. Ties name every leader.
      </p>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {leaders.map((l) => (
          <li key={l.category} className="rounded-md border border-border p-3 text-sm" data-category={l.category}>
            <p className="text-xs text-fg-muted">
              {l.label} · {l.benchmark.name}
            </p>
            <p className="font-medium">
              {l.leaders.map((m) => m.name).join(', ')} <span className="tabular">{l.display}</span>
            </p>
            <p className="text-xs text-fg-muted">
              Best of {l.compared} compared on: {l.basis}.{' '}
              <Link href={l.href} className="link">
                See the comparison
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Releases({ releases }: { releases: ReturnType<typeof getHomeExtras>['releases'] }) {
  return (
    <Section id="releases-heading" title="Latest releases" data-testid="home-releases">
      <ol className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {releases.map((r) => (
          <li key={r.id} data-model={r.id}>
            <time dateTime={r.date} className="tabular text-fg-muted">
              {r.dateLabel}
            </time>{' '}
            <OrgDot org={r.org} />{' '}
            <Link href={`/models/${r.id}`} className="link font-medium">
              {r.name}
            </Link>{' '}
            <span className="text-fg-muted">
              {r.organization}
              {r.openWeights ? ', open weights' : ''}
            </span>
            {r.compareHref ? (
              <>
                {' · '}
                <Link href={r.compareHref} className="link">
                  launch chart
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const parsed = parseModelListState(await searchParams);
  const data = getCompareData(DEFAULT_COMPARE_STATE);
  const version = data.version;
  const extras = getHomeExtras(version.id);
  const table = getModelTable(version.id, parsed.state, parsed.issues, HOME_ROWS);
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">GLM Compare</h1>
        <p className="text-fg-muted">
          Z.ai&apos;s GLM models next to DeepSeek, Qwen, Kimi, MiniMax and proprietary models, compared like-for-like: every
          number carries its source and settings, and missing values stay missing (—). Data version {version.id}: {version.title}.
        </p>
      </section>
      <UrlIssuesNotice issues={table.issues} />
      <Answer data={data} />
      <div className="grid gap-10 lg:grid-cols-2">
        {extras.frontier ? (
          <Section id="frontier-heading" title="Price vs score, open weights" data-testid="home-frontier">
            <ScatterPlot
              id="home-frontier"
              data={extras.frontier.data}
              xFormat="usd"
              title={`${extras.frontier.data.benchmarkName} vs blended price`}
            />
            <p className="text-xs text-fg-muted">
              Values compared on: {extras.frontier.basis}.{' '}
              <Link href={extras.frontier.href} className="link">
                See it on /compare
              </Link>
            </p>
          </Section>
        ) : null}
        <Releases releases={extras.releases} />
      </div>
      <Leaders leaders={extras.leaders} />
      <ModelList table={table} path="/" />
    </div>
  );
}
