import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartDownload } from '@/components/compare/chart-download';
import { CompareCharts } from '@/components/compare/compare-charts';
import { CompareTable } from '@/components/compare/compare-table';
import { GroupVerdictBox } from '@/components/compare/verdict';
import { CopyLink } from '@/components/compare/copy-link';
import { Picker } from '@/components/compare/picker';
import { pickerCatalogUrl } from '@/lib/compare/picker-options';
import { VersionBanner } from '@/components/layout/version-banner';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { previewMetadata } from '@/lib/og/meta';
import { absoluteUrl, siteUrl } from '@/lib/site-url';
import { yBenchmark } from '@/lib/compare/chart-data';
import { buildCompareView } from '@/lib/compare/view';
import { categoryLabel, type CompareData } from '@/lib/queries/compare';
import type { NoteView } from '@/lib/queries/shared';
import { NotesList } from '@/components/values/notes';
import { LinkPending } from '@/components/ui/link-pending';
import { EmbedSnippet } from '@/components/compare/embed-snippet';
import { barPanels } from '@/lib/compare/chart-data';
import { cn } from '@/lib/cn';
import {
  CATEGORIES,
  CHART_TYPES,
  compareUrl,
  toggleId,
  PRICE_MODES,
  compareExportUrl,
  type CompareState,
  type SearchParams,
} from '@/lib/view-state';

type Props = { searchParams: Promise<SearchParams> };

function describeView(data: CompareData): string {
  const models = data.rows.map((r) => r.model.name);
  const shown = models.length > 4 ? `${models.slice(0, 4).join(', ')} and ${models.length - 4} more` : models.join(', ');
  return `${shown} on ${data.columns.length} benchmark column${data.columns.length === 1 ? '' : 's'} (data ${data.version.id})`;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const data = buildCompareView(await searchParams);
  const canonical = compareUrl({ ...data.urlState, v: data.version.id });
  const description = `Benchmark comparison: ${describeView(data)}. Every value with its source and settings.`;
  return {
    title: 'Compare models',
    description,
    alternates: { canonical },
    ...previewMetadata('Compare models · GLM Compare', description, compareUrl(data.urlState, '/og/compare')),
  };
}

/**
 * A first guess at the embed's height (px) before the browser measures it: frame padding,
 * header and footer, and each chart at its drawn size with its title, key and notes.
 */
function embedEstimate(data: CompareData): number {
  const chrome = 48 + 32 + 40;
  if (data.urlState.chart !== 'bar') return chrome + 380 + 140;
  const { panels } = barPanels(data);
  return chrome + panels.reduce((sum, p) => sum + Math.max(1, p.bars.length) * 24 + 36 + 80 + (p.leftOut.length ? 32 : 0), 0);
}

const CHART_LABEL = { bar: 'Bars by benchmark', price: 'Price vs score', params: 'Size vs score' } as const;

function Chip({
  href,
  active,
  children,
  testId,
  title,
}: {
  href: string;
  active: boolean;
  children: React.ReactNode;
  testId?: string;
  title?: string;
}) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-current={active ? 'true' : undefined}
      data-testid={testId}
      title={title}
      // While its view loads, the chip shows the state it asked for (and a spinner).
      className={cn(
        'inline-flex items-center rounded-full border px-2.5 py-1 text-xs whitespace-nowrap',
        active
          ? 'border-accent bg-accent text-accent-fg has-[[data-link-pending]]:bg-bg has-[[data-link-pending]]:text-fg'
          : 'border-border hover:bg-bg-muted has-[[data-link-pending]]:border-accent has-[[data-link-pending]]:bg-accent has-[[data-link-pending]]:text-accent-fg',
      )}
    >
      {children}
      <LinkPending />
    </Link>
  );
}

export default async function ComparePage({ searchParams }: Props) {
  const data = buildCompareView(await searchParams);
  const { urlState, state, rows } = data;
  const sortedData = data;

  // Links keep the URL's own (unexpanded) state so defaults stay defaults; model and benchmark
  // toggles start from what is on screen.
  const url = (patch: Partial<CompareState>) => compareUrl({ ...urlState, ...patch });
  const shownModels = state.models;
  const shownBenchmarks = data.columns.map((c) => c.benchmark.id).filter((id, i, a) => a.indexOf(id) === i);

  // ---- pickers: long option lists come from the version's catalogue, fetched by the browser
  const catalogUrl = pickerCatalogUrl(data.version.id);
  const withScores = data.modelOptions.filter((m) => m.scoreCount > 0);
  const glm = withScores.filter((m) => m.organization.id === 'zai').map((m) => m.id);
  const open = withScores.filter((m) => m.openWeights).map((m) => m.id);
  const all = withScores.map((m) => m.id);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const launchPicks = data.launchPicks.slice(0, 8).map((p) => ({
    label: p.label,
    href: url({ models: p.models, benchmarks: p.benchmarks, categories: [], sort: null }),
    active: !data.defaultModels && same(shownModels, p.models),
  }));
  const modelQuickPicks = [
    {
      label: data.defaultPick ? `Default: ${data.defaultPick.label}` : 'Default',
      href: url({ models: [], benchmarks: [], categories: [] }),
      active: data.defaultModels,
    },
    ...launchPicks,
    { label: 'GLM family', href: url({ models: glm }), active: !data.defaultModels && same(shownModels, glm) },
    { label: 'Open weights', href: url({ models: open }), active: !data.defaultModels && same(shownModels, open) },
    { label: `All (${all.length})`, href: url({ models: all }), active: !data.defaultModels && same(shownModels, all) },
  ];

  const chartType = urlState.chart;
  const yId = yBenchmark(sortedData);
  const permalink = compareUrl({ ...urlState, v: data.version.id });
  const embedSrc = absoluteUrl(await siteUrl(), compareUrl({ ...urlState, v: data.version.id }, '/embed/compare'));

  // Notes that bear on what is on screen.
  const notes = new Map<string, NoteView>();
  for (const r of data.rows) for (const c of Object.values(r.cells)) for (const n of c.notes) notes.set(n.id, n);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Compare models</h1>
          <p className="text-sm text-fg-muted" data-testid="view-summary">
            {describeView(sortedData)}. Hover, focus or tap a value for its source and settings.
          </p>
        </div>
        <div className="flex items-center gap-2">
          <Picker
            id="version-picker"
            label="Data"
            summary={data.version.id}
            action="v"
            source={{
              groups: [
                {
                  label: 'Data versions',
                  options: [...data.versions]
                    .reverse()
                    .map((v) => ({ id: v.id, label: `${v.id} — ${v.title}`, keywords: v.summary })),
                },
              ],
            }}
            state={urlState}
            shown={[data.version.id]}
            multi={false}
            latest={data.latest.id}
          />
          <CopyLink path={permalink} />
        </div>
      </div>

      <UrlIssuesNotice issues={data.issues} />
      <VersionBanner version={data.version} latest={data.latest} latestHref={url({ v: null })} />

      <section aria-label="View controls" className="space-y-3 rounded-md border border-border bg-bg-subtle p-3">
        <div className="flex flex-wrap gap-2">
          <Picker
            id="model-picker"
            label="Models"
            summary={`${shownModels.length} shown`}
            action="models"
            source={{ catalogUrl, list: 'models' }}
            state={urlState}
            shown={shownModels}
            quickPicks={modelQuickPicks}
          />
          <Picker
            id="benchmark-picker"
            label="Benchmarks"
            summary={`${shownBenchmarks.length} shown`}
            action="benchmarks"
            source={{ catalogUrl, list: 'benchmarks' }}
            state={urlState}
            shown={shownBenchmarks}
            quickPicks={[
              {
                label: 'Default',
                href: url({ benchmarks: [], categories: [] }),
                active: data.defaultBenchmarks && urlState.categories.length === 0,
              },
            ]}
          />
          <Chip
            href={url({ match: data.match === 'like' ? 'all' : 'like' })}
            active={data.match === 'like'}
            testId="match-toggle"
            title="Like-for-like: each column keeps only values one source measured together or measured under the same stated settings. Off: every model's headline value."
          >
            {data.match === 'like' ? '✓ ' : ''}Like-for-like
          </Chip>
          <Chip href={url({ variants: !urlState.variants, sort: null })} active={urlState.variants} testId="variants-toggle">
            {urlState.variants ? '✓ ' : ''}Split setting variants (tools, thinking)
          </Chip>
        </div>
        <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="Benchmark categories">
          <span className="mr-1 text-xs text-fg-muted">Categories:</span>
          <Chip href={url({ categories: [] })} active={urlState.categories.length === 0}>
            All
          </Chip>
          {CATEGORIES.filter((c) => data.benchmarkOptions.some((b) => b.category === c && b.scoreCount > 0)).map((c) => (
            <Chip key={c} href={url({ categories: toggleId(urlState.categories, c) })} active={urlState.categories.includes(c)}>
              {categoryLabel(c)}
            </Chip>
          ))}
        </div>
      </section>

      {data.verdict ? (
        <GroupVerdictBox verdict={data.verdict} nameOf={Object.fromEntries(data.rows.map((r) => [r.model.id, r.model.name]))} />
      ) : null}

      <section aria-labelledby="table-heading" className="space-y-2" data-view-busy="">
        <h2 id="table-heading" className="sr-only">
          Scores
        </h2>
        <CompareTable columns={data.columns} rows={rows} urlState={urlState} />
        <p className="text-xs text-fg-muted">
          {data.match === 'like'
            ? 'Like-for-like: each column shows only values measured together in one source (named under the column) or under the same stated settings; ≠ marks a value left out because it was measured differently (tap it for why). '
            : '“≠ settings” marks columns whose values were measured differently. '}
          Green marks the best exact value per column among the values compared. “≈”, “~” and words like “mid-80s” are the
          source&apos;s own approximations. ⚠ marks values sources disagree on. — means not reported.
        </p>
      </section>

      <section aria-labelledby="chart-heading" className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="chart-heading" className="mr-2 text-lg font-semibold">
            Chart
          </h2>
          <div role="group" aria-label="Chart type" className="flex flex-wrap gap-1.5">
            {CHART_TYPES.map((c) => (
              <Chip key={c} href={url({ chart: c })} active={chartType === c} testId={`chart-${c}`}>
                {CHART_LABEL[c]}
              </Chip>
            ))}
          </div>
        </div>
        {chartType !== 'bar' ? (
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <Picker
              id="y-picker"
              label="Benchmark (y)"
              summary={data.benchmarkOptions.find((b) => b.id === yId)?.name ?? '—'}
              action="y"
              source={{ catalogUrl, list: 'scoredBenchmarks' }}
              state={urlState}
              shown={yId ? [yId] : []}
              multi={false}
            />
            {chartType === 'price' ? (
              <div role="group" aria-label="Price axis" className="flex flex-wrap gap-1.5">
                {PRICE_MODES.map((p) => (
                  <Chip key={p} href={url({ price: p })} active={urlState.price === p}>
                    {p === 'blended' ? 'Blended 3:1' : p === 'input' ? 'Input' : 'Output'}
                  </Chip>
                ))}
                <Chip href={url({ seller: null })} active={urlState.seller === null}>
                  Lab&apos;s price
                </Chip>
                <Chip href={url({ seller: 'cheapest' })} active={urlState.seller === 'cheapest'}>
                  Cheapest seller
                </Chip>
              </div>
            ) : null}
            {data.benchmarkOptions.find((b) => b.id === yId)?.unit === '%' ? (
              <Chip
                href={url({ zoom: !urlState.zoom })}
                active={urlState.zoom}
                testId="zoom-toggle"
                title="Off: the y axis runs from 0 to 100%. On: it spans only the values' range, which makes small gaps look large."
              >
                {urlState.zoom ? '✓ ' : ''}Zoom y axis to the values
              </Chip>
            ) : null}
          </div>
        ) : null}
        <div data-view-busy="">
          <CompareCharts data={sortedData} />
        </div>
        <div className="flex flex-wrap items-center gap-2 border-t border-border pt-3 text-xs" data-testid="share-bar">
          <span className="text-fg-muted">Download this view:</span>
          <a
            className="rounded border border-border px-2 py-1 hover:bg-bg-muted"
            href={compareExportUrl({ ...urlState, v: data.version.id }, 'csv')}
            download
          >
            Table as CSV
          </a>
          <a
            className="rounded border border-border px-2 py-1 hover:bg-bg-muted"
            href={compareExportUrl({ ...urlState, v: data.version.id }, 'json')}
          >
            Table as JSON
          </a>
          <ChartDownload
            containerId="compare-charts"
            filename={`glm-compare-${data.version.id}`}
            heading={describeView(sortedData)}
            version={data.version.id}
          />
          <EmbedSnippet src={embedSrc} estimate={embedEstimate(sortedData)} />
        </div>
      </section>

      {notes.size > 0 ? (
        <section aria-labelledby="notes-heading" className="space-y-2">
          <h2 id="notes-heading" className="text-lg font-semibold">
            Where sources disagree{' '}
            <span className="text-sm font-normal text-fg-muted">
              ({notes.size} note{notes.size === 1 ? '' : 's'} on the values above)
            </span>
          </h2>
          <details className="group rounded-md border border-border p-3" data-testid="notes">
            <summary className="cursor-pointer text-sm text-fg-muted">
              {[...notes.values()]
                .slice(0, 3)
                .map((n) => n.title)
                .join(' · ')}
              {notes.size > 3 ? ` · and ${notes.size - 3} more` : ''} — show all
            </summary>
            <NotesList notes={[...notes.values()]} className="mt-3 space-y-2" />
          </details>
        </section>
      ) : null}
    </div>
  );
}
