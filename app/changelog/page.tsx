import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { formatPartialDate } from '@/lib/format';
import { pageMetadata } from '@/lib/og/meta';
import { diffVersions, type ValueChange } from '@/lib/queries/changelog';
import { getVersions } from '@/lib/queries/versions';
import { parseChangelogState, serializeChangelogState, withQuery, type SearchParams, type ViewIssue } from '@/lib/view-state';
import { Table, Td, THead } from '@/components/ui/table';

const description =
  'Every data version of GLM Compare and, between any two, what was added, removed and changed, value by value.';
export const metadata: Metadata = pageMetadata({ title: 'Changelog', description, image: '/og/page/changelog' });

type Props = { searchParams: Promise<SearchParams> };

function groupByModel(rows: ValueChange[]) {
  const map = new Map<string, ValueChange[]>();
  for (const r of rows) {
    const list = map.get(r.modelName);
    if (list) list.push(r);
    else map.set(r.modelName, [r]);
  }
  return [...map.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

function ChangeTable({ rows, mode }: { rows: ValueChange[]; mode: 'added' | 'removed' | 'changed' }) {
  return (
    <Table
      label={`${mode === 'added' ? 'Added' : mode === 'removed' ? 'Removed' : 'Changed'} values`}
      bordered={false}
      className="min-w-[40rem]"
    >
      <THead
        plain
        columns={[
          'What',
          'Settings / condition',
          { label: mode === 'added' ? 'Value' : mode === 'removed' ? 'Was' : 'Before → after', numeric: true },
          'Source',
        ]}
      />
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} className="border-t border-border align-top">
            <Td plain className="pr-3">
              {r.subject}
            </Td>
            <Td plain className="pr-3 text-xs text-fg-muted">
              {r.detail || '—'}
            </Td>
            <Td plain numeric className="pr-3 whitespace-nowrap">
              {mode === 'changed' ? (
                <>
                  <span className="text-fg-muted">{r.before}</span> → <strong>{r.after}</strong>
                </>
              ) : mode === 'added' ? (
                r.after
              ) : (
                <span className="line-through">{r.before}</span>
              )}
              {r.flags.length > 0 ? <span className="block text-[10px] text-warn">{r.flags.join(', ')}</span> : null}
            </Td>
            <Td plain className="text-xs">
              {r.sourceTitle}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** A data version to compare, as a plain form field (the comparison works without JavaScript). */
function VersionSelect({
  name,
  label,
  value,
  versions,
}: {
  name: string;
  label: string;
  value: string;
  versions: ReadonlyArray<{ id: string }>;
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-xs text-fg-muted">{label}</span>
      <select name={name} defaultValue={value} className="rounded border border-border bg-bg px-2 py-1">
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.id}
          </option>
        ))}
      </select>
    </label>
  );
}

export default async function ChangelogPage({ searchParams }: Props) {
  const versions = getVersions();
  const { state, issues: parseIssues } = parseChangelogState(await searchParams);
  const issues: ViewIssue[] = [...parseIssues];
  const ids = versions.map((v) => v.id);
  const check = (key: 'from' | 'to', id: string | null) => {
    if (id !== null && !ids.includes(id)) {
      issues.push({ param: key, value: id, reason: 'no such data version' });
      return null;
    }
    return id;
  };
  const latest = versions[versions.length - 1]!;
  const previous = versions[versions.length - 2] ?? latest;
  const to = check('to', state.to) ?? latest.id;
  const from = check('from', state.from) ?? (to === latest.id ? previous.id : (versions[ids.indexOf(to) - 1]?.id ?? to));
  const diff = from === to ? null : diffVersions(from, to);
  const modelNames = new Map(diff ? [...diff.added, ...diff.removed, ...diff.changed].map((r) => [r.modelId, r.modelName]) : []);
  let model = state.model;
  if (model !== null && diff && !modelNames.has(model)) {
    issues.push({ param: 'model', value: model, reason: 'no value of this model changed between these versions' });
    model = null;
  }
  const link = (patch: Partial<{ from: string; to: string; model: string | null }>) =>
    withQuery('/changelog', serializeChangelogState({ from, to, model, ...patch }));

  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">Changelog</h1>
        <p className="max-w-3xl text-fg-muted">
          Each data version is a complete snapshot. A permalink that names a version (<code>v=</code>) keeps showing that
          version&apos;s numbers; the newest is used otherwise.
        </p>
      </header>
      <UrlIssuesNotice issues={issues} />
      <Section id="versions-heading" title="Versions">
        <ol className="space-y-2">
          {[...versions].reverse().map((v) => (
            <li key={v.id} className="rounded-md border border-border p-3 text-sm" id={`v-${v.id}`}>
              <p className="font-medium">
                {v.id} · {v.title} <span className="font-normal text-fg-muted">({formatPartialDate(v.date)})</span>
                {v.id === latest.id ? <span className="ml-2 rounded bg-bg-muted px-1.5 py-0.5 text-[10px]">latest</span> : null}
              </p>
              <p className="mt-1 text-fg-muted">{v.summary}</p>
              <p className="mt-1">
                <Link className="link" href={`/compare?v=${v.id}`}>
                  Explore this version
                </Link>
              </p>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="diff-heading" title="What changed" className="space-y-3">
        <form method="get" action="/changelog" className="flex flex-wrap items-end gap-3 text-sm">
          <VersionSelect name="from" label="From" value={from} versions={versions} />
          <VersionSelect name="to" label="To" value={to} versions={versions} />
          <button type="submit" className="rounded border border-border px-3 py-1 hover:bg-bg-muted">
            Compare versions
          </button>
          <Link className="link text-xs" href={link({})}>
            Permalink
          </Link>
        </form>
        {!diff ? (
          <EmptyState>Choose two different versions.</EmptyState>
        ) : (
          <div className="space-y-4" data-testid="diff">
            <p className="text-sm" data-testid="diff-summary">
              From <strong>{diff.from}</strong> to <strong>{diff.to}</strong>: {diff.added.length} values added,{' '}
              {diff.removed.length} removed, {diff.changed.length} changed; {diff.entitiesAdded.length} models, benchmarks,
              sources or notes added and {diff.entitiesRemoved.length} removed.
            </p>
            {diff.entitiesAdded.length + diff.entitiesRemoved.length > 0 ? (
              <details className="rounded-md border border-border p-3 text-sm">
                <summary className="cursor-pointer font-medium">Models, benchmarks, sources and notes</summary>
                <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                  {diff.entitiesAdded.map((e) => (
                    <li key={`a-${e.kind}-${e.id}`}>
                      <span className="text-best-fg">+ {e.kind}</span> {e.label}
                    </li>
                  ))}
                  {diff.entitiesRemoved.map((e) => (
                    <li key={`r-${e.kind}-${e.id}`}>
                      <span className="text-warn">− {e.kind}</span> {e.label}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            {model ? (
              <p className="text-sm">
                Showing every change to <strong>{modelNames.get(model)}</strong>.{' '}
                <Link className="link" href={link({ model: null })}>
                  All models
                </Link>
              </p>
            ) : null}
            {(['changed', 'removed', 'added'] as const).map((mode) => {
              const rows = model ? diff[mode].filter((r) => r.modelId === model) : diff[mode];
              if (rows.length === 0) return null;
              const groups = groupByModel(rows);
              // Added values run to thousands when a version brings new sources: list them per model on demand.
              const listed = mode !== 'added' || model !== null;
              return (
                <div key={mode} className="space-y-2" id={mode}>
                  <h3 className="font-semibold">
                    {mode === 'changed' ? 'Changed values' : mode === 'removed' ? 'Removed values' : 'Added values'} (
                    {rows.length})
                  </h3>
                  {listed ? (
                    groups.map(([name, list]) => (
                      <details
                        key={name}
                        className="rounded-md border border-border p-3"
                        open={model !== null || rows.length <= 40}
                      >
                        <summary className="cursor-pointer text-sm font-medium">
                          {name} <span className="font-normal text-fg-muted">({list.length})</span>
                        </summary>
                        <div className="mt-2">
                          <ChangeTable rows={list} mode={mode} />
                        </div>
                      </details>
                    ))
                  ) : (
                    <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="added-per-model">
                      {groups.map(([name, list]) => (
                        <li key={name} className="flex justify-between gap-2 border-b border-border py-1">
                          <Link className="link" href={`${link({ model: list[0]!.modelId })}#added`}>
                            {name}
                          </Link>
                          <span className="tabular text-fg-muted">+{list.length}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
          </div>
        )}
      </Section>
    </article>
  );
}
