import type { ViewCut } from '@/lib/compare/view-limit';
import type { CompareState } from '@/lib/view-state';
import { compareExportUrl } from '@/lib/view-state';

function names(ids: string[], nameOf: (id: string) => string): string {
  const shown = ids.slice(0, 8).map(nameOf).join(', ');
  return ids.length > 8 ? `${shown} and ${ids.length - 8} more` : shown;
}

/**
 * Says that a view asked for more than a page draws, what it left out and where all of it is: the
 * export of the same URL, and the API.
 */
export function CutNotice({
  cut,
  urlState,
  nameOf,
}: {
  cut: ViewCut | null;
  /** The view as the URL asked for it: the export of this state is not cut. */
  urlState: CompareState;
  nameOf: (id: string) => string;
}) {
  if (!cut) return null;
  const shownModels = cut.requestedModels - cut.droppedModels.length;
  const shownBenchmarks = cut.requestedBenchmarks - cut.droppedBenchmarks.length;
  return (
    <div role="status" className="rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm" data-testid="cut-notice">
      <p className="font-medium">
        This view asks for {cut.requestedModels} models × {cut.requestedBenchmarks} benchmarks; a page shows at most {shownModels}{' '}
        × {shownBenchmarks} of them, the first in the link&apos;s order.
      </p>
      <ul className="mt-1 list-disc pl-5">
        {cut.droppedModels.length > 0 ? <li>Models left out: {names(cut.droppedModels, nameOf)}.</li> : null}
        {cut.droppedBenchmarks.length > 0 ? <li>Benchmarks left out: {names(cut.droppedBenchmarks, nameOf)}.</li> : null}
      </ul>
      <p className="mt-1">
        Everything, with sources and settings:{' '}
        <a className="link" href={compareExportUrl(urlState, 'csv')}>
          CSV
        </a>{' '}
        or{' '}
        <a className="link" href={compareExportUrl(urlState, 'json')}>
          JSON
        </a>{' '}
        of this same view, or the{' '}
        <a className="link" href="/api">
          API
        </a>{' '}
        (<code>/api/v1/compare</code>, <code>/api/v1/scores</code>).
      </p>
    </div>
  );
}
