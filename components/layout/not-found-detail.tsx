'use client';

import Link from 'next/link';
import { useClientValue } from '@/lib/use-client-value';

/**
 * Says what was not found. The 404 page can be served as a prerendered file, so the address is
 * read in the browser after hydration (reading it during render would mismatch the server HTML).
 */
export function NotFoundDetail() {
  const path = useClientValue<string | null>(() => window.location.pathname, null);

  if (path === null) return <p className="text-fg-muted">There is no page at this address.</p>;

  const [, section, id, ...rest] = path.split('/');
  const decoded = (() => {
    try {
      return decodeURIComponent(id ?? '');
    } catch {
      return id ?? '';
    }
  })();
  if ((section === 'models' || section === 'benchmarks') && decoded && rest.length === 0) {
    const what = section === 'models' ? 'model' : 'benchmark';
    const example = section === 'models' ? 'glm-4.5-air' : 'swe-bench-verified';
    return (
      <p className="text-fg-muted" data-testid="not-found-detail">
        No {what} has the id <code className="rounded bg-bg-muted px-1 break-all text-fg">{decoded}</code> in the latest data. Ids
        are lowercase, like <code>{example}</code>;{' '}
        <Link className="link" href={`/${section}`}>
          see every {what}
        </Link>
        .
      </p>
    );
  }
  return (
    <p className="text-fg-muted" data-testid="not-found-detail">
      There is no page at <code className="rounded bg-bg-muted px-1 break-all text-fg">{path}</code>.
    </p>
  );
}
