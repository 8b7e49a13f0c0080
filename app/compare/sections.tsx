import { ChartDownload } from '@/components/compare/chart-download';
import { CompareCharts } from '@/components/compare/compare-charts';
import { CompareTable } from '@/components/compare/compare-table';
import { CopyLink } from '@/components/compare/copy-link';
import { EmbedSnippet } from '@/components/compare/embed-snippet';
import { Picker } from '@/components/compare/picker';
import { Chip } from '@/components/ui/chip';
import { Section } from '@/components/ui/section';
import { NotesList } from '@/components/values/notes';
import { barPanels, yBenchmark } from '@/lib/compare/chart-data';
import { pickerCatalogUrl } from '@/lib/compare/picker-options';
import { groupModelIds, type ModelGroup } from '@/lib/compare/quick-picks';
import { categoryLabel, type CompareData } from '@/lib/queries/compare';
import type { NoteView } from '@/lib/queries/shared';
import {
  CATEGORIES,
  CHART_TYPES,
  compareExportUrl,
  PRICE_MODES,
  quickPickUrl,
  toggleId,
  type CompareState,
} from '@/lib/view-state';

/** Builds a link to this view with some of its URL state changed. */
export type ViewUrl = (patch: Partial<CompareState>) => string;

/** The view in one line: which models, how many columns, which data. */
export function describeView(data: CompareData): string {
  const models = data.rows.map((r) => r.model.name);
  const shown = models.length > 4 ? `${models.slice(0, 4).join(', ')} and ${models.length - 4} more` : models.join(', ');
  return `${shown} on ${data.columns.length} benchmark column${data.columns.length === 1 ? '' : 's'} (data ${data.version.id})`;
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

/** The title, what is shown, the data version picker and the permalink. */
export function CompareHeader({ data, permalink }: { data: CompareData; permalink: string }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Compare models</h1>
        <p className="text-sm text-fg-muted" data-testid="view-summary">
          {describeView(data)}. Hover, focus or tap a value for its source and settings.
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
          state={data.urlState}
          shown={[data.version.id]}
          multi={false}
          latest={data.latest.id}
        />
        <CopyLink path={permalink} />
      </div>
    </div>
  );
}

/** Quick picks for the model picker: the default, the launch charts' line-ups, GLM, open weights, all. */
function modelQuickPicks(data: CompareData, url: ViewUrl) {
  const shownModels = data.state.models;
  const { urlState } = data;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const launchPicks = data.launchPicks.slice(0, 8).map((p) => ({
    label: p.label,
    href: quickPickUrl({ launch: p.modelId }, urlState),
    active: !data.defaultModels && same(shownModels, p.models),
  }));
  const group = (label: string, name: ModelGroup) => {
    const ids = groupModelIds(data.modelOptions, name);
    return {
      label: name === 'all' ? `${label} (${ids.length})` : label,
      href: quickPickUrl({ group: name }, urlState),
      active: !data.defaultModels && same(shownModels, ids),
    };
  };
  return [
    {
      label: data.defaultPick ? `Default: ${data.defaultPick.label}` : 'Default',
      href: url({ models: [], benchmarks: [], categories: [] }),
      active: data.defaultModels,
    },
    ...launchPicks,
    group('GLM family', 'glm'),
    group('Open weights', 'open'),
    group('All', 'all'),
  ];
}

/**
 * Model and benchmark pickers, the like-for-like and variant toggles, and the categories. Long
 * option lists come from the version's catalogue, fetched by the browser.
 */
export function ViewControls({ data, url }: { data: CompareData; url: ViewUrl }) {
  const { urlState } = data;
  const catalogUrl = pickerCatalogUrl(data.version.id);
  const shownBenchmarks = data.columns.map((c) => c.benchmark.id).filter((id, i, a) => a.indexOf(id) === i);
  return (
    <section aria-label="View controls" className="space-y-3 rounded-md border border-border bg-bg-subtle p-3">
      <div className="flex flex-wrap gap-2">
        <Picker
          id="model-picker"
          label="Models"
          summary={`${data.state.models.length} shown`}
          action="models"
          source={{ catalogUrl, list: 'models' }}
          state={urlState}
          shown={data.state.models}
          quickPicks={modelQuickPicks(data, url)}
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
  );
}

/** The table, with the legend for its marks. */
export function ScoresSection({ data }: { data: CompareData }) {
  return (
    <Section id="table-heading" title="Scores" headingClassName="sr-only" data-view-busy="">
      <CompareTable columns={data.columns} rows={data.rows} urlState={data.urlState} />
      <p className="text-xs text-fg-muted">
        {data.match === 'like'
          ? 'Like-for-like: each column shows only values measured together in one source (named under the column) or under the same stated settings; ≠ marks a value left out because it was measured differently (tap it for why). '
          : '“≠ settings” marks columns whose values were measured differently. '}
        Green marks the best exact value per column among the values compared. “≈”, “~” and words like “mid-80s” are the
        source&apos;s own approximations. ⚠ marks values sources disagree on. — means not reported.
      </p>
    </Section>
  );
}

/** The scatters' axis choices: the benchmark on y, the price axis, the zoom. */
function ScatterControls({ data, url, yId }: { data: CompareData; url: ViewUrl; yId: string | null }) {
  const { urlState } = data;
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <Picker
        id="y-picker"
        label="Benchmark (y)"
        summary={data.benchmarkOptions.find((b) => b.id === yId)?.name ?? '—'}
        action="y"
        source={{ catalogUrl: pickerCatalogUrl(data.version.id), list: 'scoredBenchmarks' }}
        state={urlState}
        shown={yId ? [yId] : []}
        multi={false}
      />
      {urlState.chart === 'price' ? (
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
  );
}

/** The chart type, its controls, the charts, and the ways to take the view away (downloads, embed). */
export function ChartSection({ data, url, embedSrc }: { data: CompareData; url: ViewUrl; embedSrc: string }) {
  const { urlState } = data;
  const exportState = { ...urlState, v: data.version.id };
  return (
    <section aria-labelledby="chart-heading" className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="chart-heading" className="mr-2 text-lg font-semibold">
          Chart
        </h2>
        <div role="group" aria-label="Chart type" className="flex flex-wrap gap-1.5">
          {CHART_TYPES.map((c) => (
            <Chip key={c} href={url({ chart: c })} active={urlState.chart === c} testId={`chart-${c}`}>
              {CHART_LABEL[c]}
            </Chip>
          ))}
        </div>
      </div>
      {urlState.chart !== 'bar' ? <ScatterControls data={data} url={url} yId={yBenchmark(data)} /> : null}
      <div data-view-busy="">
        <CompareCharts data={data} />
      </div>
      <div className="flex flex-wrap items-center gap-2 border-t border-border pt-3 text-xs" data-testid="share-bar">
        <span className="text-fg-muted">Download this view:</span>
        <a
          className="rounded border border-border px-2 py-1 hover:bg-bg-muted"
          href={compareExportUrl(exportState, 'csv')}
          download
        >
          Table as CSV
        </a>
        <a className="rounded border border-border px-2 py-1 hover:bg-bg-muted" href={compareExportUrl(exportState, 'json')}>
          Table as JSON
        </a>
        <ChartDownload
          containerId="compare-charts"
          filename={`glm-compare-${data.version.id}`}
          heading={describeView(data)}
          version={data.version.id}
        />
        <EmbedSnippet src={embedSrc} estimate={embedEstimate(data)} />
      </div>
    </section>
  );
}

/** The notes that bear on the values on screen, folded. */
export function NotesSection({ data }: { data: CompareData }) {
  const notes = new Map<string, NoteView>();
  for (const r of data.rows) for (const c of Object.values(r.cells)) for (const n of c.notes) notes.set(n.id, n);
  if (notes.size === 0) return null;
  return (
    <Section
      id="notes-heading"
      title="Where sources disagree"
      note={`(${notes.size} note${notes.size === 1 ? '' : 's'} on the values above)`}
    >
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
    </Section>
  );
}
