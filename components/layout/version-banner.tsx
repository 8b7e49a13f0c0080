import Link from 'next/link';
import { formatPartialDate } from '@/lib/format';

/** Shown when a permalink pins an older data version: its numbers stay, and the latest is one click away. */
export function VersionBanner({
  version,
  latest,
  latestHref,
}: {
  version: { id: string; title: string; date: string };
  latest: { id: string; title: string; date: string };
  latestHref: string;
}) {
  if (version.id === latest.id) return null;
  return (
    <div role="note" className="rounded-md border border-border bg-bg-subtle px-3 py-2 text-sm" data-testid="version-banner">
      You are looking at data version <strong>{version.id}</strong> ({version.title}, {formatPartialDate(version.date)}). Newer
      data exists:{' '}
      <Link href={latestHref} className="link">
        see this view on {latest.id}
      </Link>
      .
    </div>
  );
}
