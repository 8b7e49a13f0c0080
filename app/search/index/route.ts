import { getSearchIndex } from '@/lib/queries/search';
import { getVersions, resolveVersion } from '@/lib/queries/versions';

/**
 * The search index of a data version, as JSON, for the header's search box. A pinned version
 * (?v=YYYY-MM that exists) never changes, so it may be cached for good; without one it is the
 * latest, cached briefly.
 */
export function GET(request: Request) {
  const requested = new URL(request.url).searchParams.get('v');
  const pinned = requested !== null && getVersions().some((v) => v.id === requested);
  const { version } = resolveVersion(pinned ? requested : undefined);
  return Response.json(
    { version: version.id, entries: getSearchIndex(version.id) },
    {
      headers: {
        'Cache-Control': pinned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      },
    },
  );
}
