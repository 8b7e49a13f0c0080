import type { Metadata } from 'next';
import Link from 'next/link';
import { ModelList } from '@/components/models/model-list';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { pageMetadata } from '@/lib/og/meta';
import { getModelTable } from '@/lib/queries/model-table';
import { resolveVersion } from '@/lib/queries/versions';
import { parseModelListState, type SearchParams } from '@/lib/view-state';

const title = 'Models';
const description =
  "Every model GLM Compare tracks: Z.ai's GLM family, DeepSeek, Qwen, Kimi, MiniMax and proprietary references, with total and active parameters, context window, license, release date and how many benchmarks each has a score on; sortable and filterable.";

export const metadata: Metadata = pageMetadata({ title, description, image: '/og/page/models' });

export default async function ModelsIndexPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { version } = resolveVersion(undefined);
  const parsed = parseModelListState(await searchParams);
  const table = getModelTable(version.id, parsed.state, parsed.issues);

  return (
    <article className="space-y-6">
      <UrlIssuesNotice issues={table.issues} />
      <ModelList table={table} path="/models" sources headingLevel={1} />
      <p className="max-w-3xl text-xs text-fg-subtle">
        Data version {version.id} ({version.title}). Hover, focus or tap a value to see its source; “—” means no source in this
        version states it. The Benchmarks column counts benchmarks with a value shown for the model. Sort by a column heading;
        filters and order stay in the link. See{' '}
        <Link className="link" href="/benchmarks">
          all benchmarks
        </Link>{' '}
        or{' '}
        <Link className="link" href="/compare">
          compare models side by side
        </Link>
        .
      </p>
    </article>
  );
}
