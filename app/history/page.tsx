import { EventSourceValue } from '@/components/values/source-values';
import type { Metadata } from 'next';
import Link from 'next/link';
import { HistoryTimeline, type TimelineEvent } from '@/components/history/history-timeline';
import { VersionBanner } from '@/components/layout/version-banner';
import { EmptyState } from '@/components/ui/empty-state';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { Section } from '@/components/ui/section';
import { HISTORY_KIND_LABEL, precisionNote } from '@/lib/history/timeline';
import { pageMetadata } from '@/lib/og/meta';
import { getHistory } from '@/lib/queries/history';
import { getModelList } from '@/lib/queries/models';
import { resolveVersion } from '@/lib/queries/versions';
import { parseVersionOnly, type ViewIssue } from '@/lib/view-state';

const title = 'History of the GLM family';
const description =
  'The GLM model family from the research before GLM-130B to GLM-4.5, GLM-4.5V and GLM-4.6: each release with its date as precisely as its source gives it, its size as printed, and its source.';

export const metadata: Metadata = pageMetadata({ title, description, image: '/og/page/history' });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HistoryPage({ searchParams }: Props) {
  const parsed = parseVersionOnly(await searchParams);
  const resolved = resolveVersion(parsed.v ?? undefined);
  const issues: ViewIssue[] = [...parsed.issues];
  if (resolved.unknown) issues.push({ param: 'v', value: resolved.unknown, reason: 'no such data version; showing the latest' });
  const { version, latest } = resolved;

  const events = getHistory(version.id);
  // Model pages exist for the latest data only: link a model only when its page exists.
  const linkable = new Set(getModelList(latest.id).map((m) => m.id));
  const first = events[0];
  const last = events[events.length - 1];
  const timeline: TimelineEvent[] = events.map((e) => ({
    id: e.id,
    name: e.name,
    dateLabel: e.dateLabel,
    precision: e.precision,
    start: e.start,
    end: e.end,
    kind: e.kind,
    params: e.params,
    org: 'zai',
  }));

  return (
    <article className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">History of the GLM family</h1>
        {first && last ? (
          <p className="text-fg-muted">
            {events.length} events, from {first.name} ({first.dateLabel}) to {last.name} ({last.dateLabel}). Each date is shown as
            precisely as its source gives it: a year stays a year, a month stays a month. Sizes are printed in the source&apos;s
            own words.{' '}
            <Link className="link" href="/family">
              How much each release gained over the one before it
            </Link>
            .
          </p>
        ) : null}
      </header>

      <UrlIssuesNotice issues={issues} />
      <VersionBanner version={version} latest={latest} latestHref="/history" />

      {events.length === 0 ? (
        <EmptyState>No history event is recorded in data version {version.id}.</EmptyState>
      ) : (
        <>
          <section aria-label="Timeline chart" className="rounded-md border border-border p-2 sm:p-3">
            <HistoryTimeline events={timeline} listId="events" />
          </section>

          <Section
            id="events"
            title="Events"
            note={`(${events.length}, oldest first)`}
            className="space-y-3"
            headingClassName="scroll-mt-4"
          >
            <ol className="space-y-0 border-l-2 border-border" data-testid="history-list">
              {events.map((e) => {
                const note = precisionNote(e.precision);
                return (
                  <li
                    key={e.id}
                    id={e.id}
                    data-event={e.id}
                    className="relative scroll-mt-4 py-3 pl-5 target:bg-bg-subtle sm:grid sm:grid-cols-[9rem_1fr] sm:gap-4"
                  >
                    <span
                      aria-hidden="true"
                      className={`absolute top-[1.1rem] -left-[7px] size-3 rounded-full border-2 border-[var(--org-zai)] ${e.precision === 'day' ? 'bg-[var(--org-zai)]' : 'bg-bg'}`}
                    />
                    <p className="tabular text-sm font-medium">
                      <time dateTime={e.date}>{e.dateLabel}</time>
                      {note ? (
                        <span className="block text-xs font-normal text-fg-subtle">
                          {e.precision === 'year' ? 'year only' : 'month only'}
                        </span>
                      ) : null}
                    </p>
                    <div className="min-w-0 space-y-1">
                      <h3 className="font-semibold">
                        {e.model && linkable.has(e.model.id) ? (
                          <Link className="link" href={`/models/${e.model.id}`}>
                            {e.name}
                          </Link>
                        ) : (
                          e.name
                        )}
                        <span className="ml-2 rounded bg-bg-muted px-1.5 py-0.5 align-middle text-[10px] font-normal text-fg-muted">
                          {HISTORY_KIND_LABEL[e.kind] ?? e.kind}
                        </span>
                      </h3>
                      {e.params ? (
                        <p className="text-sm">
                          <span className="text-fg-muted">Size:</span> <span className="tabular">{e.params}</span>
                        </p>
                      ) : null}
                      <p className="text-sm text-fg-muted">{e.summary}</p>
                      <p className="text-xs text-fg-muted">
                        Source: <EventSourceValue event={e} />
                        {e.model && linkable.has(e.model.id) ? (
                          <>
                            {' '}
                            ·{' '}
                            <Link className="link" href={`/models/${e.model.id}`}>
                              {e.model.name}: specs, scores and prices
                            </Link>
                          </>
                        ) : null}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ol>
          </Section>
        </>
      )}

      <p className="text-xs text-fg-subtle">
        Data version {version.id} ({version.title}). Dates, sizes and summaries come from the sources named with each event; see{' '}
        <Link className="link" href="/sources">
          all sources
        </Link>{' '}
        and{' '}
        <Link className="link" href="/about">
          how the data is kept
        </Link>
        .
      </p>
    </article>
  );
}
