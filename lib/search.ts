/**
 * Site search over a small index (models, benchmarks, organizations, pages): pure and shared by
 * the /search page (server) and the header box (browser), so both find the same things in the same order.
 */

export const SEARCH_KINDS = ['model', 'benchmark', 'organization', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABEL: Record<SearchKind, string> = {
  model: 'Models',
  benchmark: 'Benchmarks',
  organization: 'Organizations',
  page: 'Pages',
};

export interface SearchEntry {
  kind: SearchKind;
  label: string;
  href: string;
  /** A short line under the label: organization, category… */
  detail: string;
  /** Ids, other names and words it should be found by. */
  keywords: string;
}

export function normalizeSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();
}

function score(entry: SearchEntry, query: string, tokens: readonly string[]): number {
  const label = normalizeSearch(entry.label);
  const all = `${label} ${normalizeSearch(entry.keywords)} ${normalizeSearch(entry.detail)}`;
  const words = all.split(' ');
  if (!tokens.every((t) => words.some((w) => w.startsWith(t)) || all.includes(t))) return 0;
  if (label === query) return 100;
  if (label.startsWith(query)) return 80 - Math.min(20, label.length - query.length);
  if (label.includes(query)) return 50;
  return 20;
}

/** Entries matching every word of the query, best first (exact name, then name prefix, then anywhere). */
export function searchEntries(entries: readonly SearchEntry[], query: string, limit = 50): SearchEntry[] {
  const q = normalizeSearch(query);
  if (q === '') return [];
  const tokens = q.split(' ');
  return entries
    .map((entry, i) => ({ entry, i, s: score(entry, q, tokens) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || SEARCH_KINDS.indexOf(a.entry.kind) - SEARCH_KINDS.indexOf(b.entry.kind) || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.entry);
}

export function searchIndexUrl(version: string): string {
  return `/search/index?v=${encodeURIComponent(version)}`;
}
