/**
 * Head-to-head permalinks: /compare/<a>-vs-<b>. The order is the reader's: a-vs-b shows a − b,
 * b-vs-a shows b − a, and neither redirects to the other.
 */
const SLUG = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export function headToHeadPath(a: string, b: string): string {
  return `/compare/${a}-vs-${b}`;
}

/** Parses "a-vs-b"; null when the segment is not a pair of two different well-formed ids. */
export function parsePair(segment: string): { a: string; b: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment).toLowerCase();
  } catch {
    return null;
  }
  const parts = decoded.split('-vs-');
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  if (!SLUG.test(a) || !SLUG.test(b) || a === b) return null;
  return { a, b };
}
