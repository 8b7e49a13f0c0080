import type { Metadata } from 'next';
import Link from 'next/link';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { getSearchIndex } from '@/lib/queries/search';
import { resolveVersion } from '@/lib/queries/versions';
import { SEARCH_KIND_LABEL, SEARCH_KINDS, searchEntries } from '@/lib/search';
import { MAX_SEARCH_LENGTH, parseSearchState, type SearchParams } from '@/lib/view-state';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Find models, benchmarks, organizations and pages of GLM Compare.',
};

/** Search without JavaScript: a plain GET form, results rendered on the server. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { state, issues } = parseSearchState(await searchParams);
  const { version } = resolveVersion(undefined);
  const results = searchEntries(getSearchIndex(version.id), state.q);
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">Search</h1>
      <UrlIssuesNotice issues={issues} />
      <form action="/search" method="get" role="search" aria-label="Site" className="flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search models, benchmarks, organizations and pages
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={state.q}
          maxLength={MAX_SEARCH_LENGTH}
          placeholder="GLM-4.6, SWE-bench, Qwen…"
          className="min-w-0 flex-1 rounded-md border border-border bg-bg px-3 py-2"
        />
        <button type="submit" className="rounded-md border border-border px-4 py-2 hover:bg-bg-muted">
          Search
        </button>
      </form>
      {state.q === '' ? (
        <p className="text-fg-muted">Type a model, benchmark, organization or page name.</p>
      ) : results.length === 0 ? (
        <p className="text-fg-muted" data-testid="search-empty">
          Nothing in data version {version.id} matches “{state.q}”.
        </p>
      ) : (
        <div className="space-y-4" data-testid="search-results">
          <p className="text-sm text-fg-muted" role="status">
            {results.length} {results.length === 1 ? 'result' : 'results'} for “{state.q}” in data version {version.id}
          </p>
          {SEARCH_KINDS.map((kind) => {
            const found = results.filter((r) => r.kind === kind);
            if (found.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`results-${kind}`} className="space-y-1">
                <h2 id={`results-${kind}`} className="text-sm font-semibold text-fg-muted">
                  {SEARCH_KIND_LABEL[kind]}
                </h2>
                <ul className="divide-y divide-border rounded-md border border-border">
                  {found.map((r) => (
                    <li key={r.href} className="px-3 py-2">
                      <Link href={r.href} className="link font-medium">
                        {r.label}
                      </Link>{' '}
                      <span className="text-sm text-fg-muted">{r.detail}</span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </article>
  );
}
