import type { Metadata } from 'next';
import Link from 'next/link';
import { VersionBanner } from '@/components/layout/version-banner';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { Section } from '@/components/ui/section';
import { ExternalLink } from '@/components/ui/external-link';
import { OrgDot } from '@/components/ui/org-dot';
import { formatPartialDate } from '@/lib/format';
import { pageMetadata } from '@/lib/og/meta';
import { getModelList } from '@/lib/queries/models';
import {
  getOlderOnlySources,
  getSourceGroups,
  SOURCE_KIND_LABEL,
  type SourceEntry,
  type SourceUsage,
} from '@/lib/queries/sources';
import { resolveVersion } from '@/lib/queries/versions';
import { parseVersionOnly, type ViewIssue } from '@/lib/view-state';

const title = 'Sources';
const description =
  'Every document GLM Compare reads its numbers from: technical reports, model cards, vendor pages, leaderboards and the overview article, with dates, links, and how many scores, specs, prices, hardware rows, plans and history events cite each one.';

export const metadata: Metadata = pageMetadata({ title, description, image: '/og/page/sources' });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const USAGE_LABELS: Array<[keyof SourceUsage, string]> = [
  ['scores', 'Scores'],
  ['specs', 'Specs'],
  ['prices', 'Prices'],
  ['hardware', 'Hardware'],
  ['plans', 'Plans'],
  ['history', 'History events'],
];

function SourceCard({ source, linkable, extra }: { source: SourceEntry; linkable: Set<string>; extra?: string }) {
  const kind = SOURCE_KIND_LABEL[source.kind];
  const usage: Array<[string, number]> = USAGE_LABELS.map(([k, label]) => [label, source.usage[k]]);
  if (source.usage.gpus > 0) usage.push(['GPUs', source.usage.gpus]);
  return (
    <article
      id={source.id}
      data-source={source.id}
      aria-labelledby={`${source.id}-title`}
      className="min-w-0 scroll-mt-4 space-y-2 rounded-md border border-border p-3 break-words target:border-accent target:ring-2 target:ring-accent/40"
    >
      <h3 id={`${source.id}-title`} className="font-semibold break-words">
        <ExternalLink href={source.url} fallback={source.title}>
          {source.title}
        </ExternalLink>{' '}
        <a
          href={`#${source.id}`}
          className="text-xs font-normal text-fg-subtle hover:text-fg"
          aria-label={`Link to this source (${source.id})`}
        >
          #
        </a>
      </h3>
      <p className="text-sm text-fg-muted">
        {source.publisher} · {kind.singular}
        {source.language === 'zh' ? ' · in Chinese' : ''}
        {extra ? ` · ${extra}` : ''}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        <dt className="text-fg-subtle">Published</dt>
        <dd className="tabular">
          {source.published ? (
            <time dateTime={source.published}>{formatPartialDate(source.published)}</time>
          ) : (
            <span className="text-fg-subtle">not stated</span>
          )}
        </dd>
        <dt className="text-fg-subtle">Retrieved</dt>
        <dd className="tabular">
          {source.retrieved ? (
            <time dateTime={source.retrieved}>{formatPartialDate(source.retrieved)}</time>
          ) : (
            <span className="text-fg-subtle">not recorded</span>
          )}
        </dd>
        <dt className="text-fg-subtle">Address</dt>
        <dd className="min-w-0 break-all">
          <ExternalLink href={source.url} fallback={<span className="text-fg-subtle">no public address</span>}>
            {source.url}
          </ExternalLink>
        </dd>
        <dt className="text-fg-subtle">Id</dt>
        <dd>
          <code className="break-all">{source.id}</code>
        </dd>
      </dl>
      {source.note ? <p className="text-sm">{source.note}</p> : null}
      <div>
        <p className="text-xs font-medium text-fg-muted">
          Cited by {source.citedRows} {source.citedRows === 1 ? 'row' : 'rows'}
        </p>
        <ul className="tabular mt-1 flex flex-wrap gap-1.5 text-xs" data-testid="source-counts">
          {usage.map(([label, n]) => (
            <li key={label} data-count={label} className={`rounded px-1.5 py-0.5 ${n > 0 ? 'bg-bg-muted' : 'text-fg-subtle'}`}>
              {label} <strong className="font-semibold">{n}</strong>
            </li>
          ))}
        </ul>
      </div>
      {source.models.length > 0 ? (
        <div className="text-xs">
          <p className="font-medium text-fg-muted">
            Covers {source.models.length} {source.models.length === 1 ? 'model' : 'models'}
          </p>
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
            {source.models.map((m) => (
              <li key={m.id} className="whitespace-nowrap">
                <OrgDot org={m.organizationId} />{' '}
                {linkable.has(m.id) ? (
                  <Link className="link" href={`/models/${m.id}`}>
                    {m.name}
                  </Link>
                ) : (
                  m.name
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {source.notes.length > 0 ? (
        <details className="rounded border border-warn/40 bg-warn-bg px-2 py-1.5 text-xs" open={source.notes.length <= 2}>
          <summary className="cursor-pointer font-medium">
            {source.notes.length} {source.notes.length === 1 ? 'note' : 'notes'} about this source
          </summary>
          <ul className="mt-1 space-y-1.5">
            {source.notes.map((n) => (
              <li key={n.id}>
                <span className="font-semibold">
                  {n.kind === 'correction' ? 'Correction' : n.kind === 'conflict' ? 'Conflict' : 'Caveat'}: {n.title}.
                </span>{' '}
                {n.body}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}

export default async function SourcesPage({ searchParams }: Props) {
  const parsed = parseVersionOnly(await searchParams);
  const resolved = resolveVersion(parsed.v ?? undefined);
  const issues: ViewIssue[] = [...parsed.issues];
  if (resolved.unknown) issues.push({ param: 'v', value: resolved.unknown, reason: 'no such data version; showing the latest' });
  const { version, latest } = resolved;

  const groups = getSourceGroups(version.id);
  const older = getOlderOnlySources(version.id);
  const linkable = new Set(getModelList(latest.id).map((m) => m.id));
  const total = groups.reduce((n, g) => n + g.sources.length, 0);

  return (
    <article className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">Sources</h1>
        <p className="text-fg-muted">
          Every document the numbers of data version {version.id} are read from: {total} sources. Primary sources (technical
          reports, model cards, vendor pages) come first. When a primary source and the secondary overview article give different
          values, the primary source&apos;s value is the one shown and the disagreement is noted next to the number;{' '}
          <Link className="link" href="/about#choosing">
            how values are chosen
          </Link>
          .
        </p>
      </header>

      <UrlIssuesNotice issues={issues} />
      <VersionBanner version={version} latest={latest} latestHref="/sources" />

      <nav aria-label="Kinds of source" className="text-sm">
        <ul className="flex flex-wrap gap-2">
          {groups.map((g) => (
            <li key={g.kind}>
              <a href={`#kind-${g.kind}`} className="inline-block rounded-md border border-border px-2 py-1 hover:bg-bg-muted">
                {g.label} <span className="tabular text-fg-muted">{g.sources.length}</span>
              </a>
            </li>
          ))}
          {older.length > 0 ? (
            <li>
              <a href="#older-versions" className="inline-block rounded-md border border-border px-2 py-1 hover:bg-bg-muted">
                Older versions only <span className="tabular text-fg-muted">{older.length}</span>
              </a>
            </li>
          ) : null}
        </ul>
      </nav>

      {groups.map((g) => (
        <Section
          key={g.kind}
          id={`kind-${g.kind}`}
          title={g.label}
          note={
            <>
              ({g.sources.length})
              {g.primary ? (
                <span className="ml-2 rounded bg-bg-muted px-1.5 py-0.5 align-middle text-[10px] font-normal text-fg-muted">
                  primary
                </span>
              ) : null}
            </>
          }
          className="space-y-3"
          headingClassName="scroll-mt-4"
        >
          {g.kind === 'leaderboard' ? (
            <p className="max-w-3xl text-sm text-fg-muted">
              Third-party measurements: their settings often differ from the vendors&apos; own runs.
            </p>
          ) : null}
          {g.kind === 'article' ? (
            <p className="max-w-3xl text-sm text-fg-muted">
              Secondary sources summarise other documents. A value taken from one is outranked by the same value in a primary
              source, and one believed wrong is kept as disputed, with its note, and never charted.
            </p>
          ) : null}
          <div className="grid items-start gap-3 lg:grid-cols-2">
            {g.sources.map((s) => (
              <SourceCard key={s.id} source={s} linkable={linkable} />
            ))}
          </div>
        </Section>
      ))}

      {older.length > 0 ? (
        <Section
          id="older-versions"
          title="Sources of older data versions only"
          note={`(${older.length})`}
          description={`Cited by an older data version but not by ${version.id}; listed so that links from old permalinks still resolve. Counts are from the version named on each.`}
          className="space-y-3"
          headingClassName="scroll-mt-4"
        >
          <div className="grid items-start gap-3 lg:grid-cols-2">
            {older.map((s) => (
              <SourceCard key={s.id} source={s} linkable={linkable} extra={`in data version ${s.lastVersion}`} />
            ))}
          </div>
        </Section>
      ) : null}
    </article>
  );
}
