/**
 * Head-to-head permalinks: /compare/<a>-vs-<b>. Either order is accepted; the canonical URL
 * puts the two ids in alphabetical order so one comparison has one address.
 */
const SLUG = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export function canonicalPair(a: string, b: string): [string, string] {
  return a.localeCompare(b) <= 0 ? [a, b] : [b, a];
}

export function headToHeadPath(a: string, b: string): string {
  const [x, y] = canonicalPair(a, b);
  return `/compare/${x}-vs-${y}`;
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
