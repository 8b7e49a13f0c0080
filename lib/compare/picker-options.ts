/**
 * What the /compare pickers offer: every model grouped by organization, every benchmark with
 * scores grouped by category, and the same benchmarks as one list for the chart's y axis.
 * Built on the server (lib/queries/compare.ts), served as JSON by /compare/options, and read by
 * the pickers in the browser when they are first needed, so a page's size does not grow with
 * the catalogue.
 */
export interface PickerOption {
  id: string;
  label: string;
  /** Extra words the search matches (organization, category). */
  keywords: string;
  hint?: string;
  /** The organization whose colour marks the option. */
  org?: string;
}

export interface PickerOptionGroup {
  label: string;
  options: PickerOption[];
}

export interface PickerCatalog {
  version: string;
  models: PickerOptionGroup[];
  benchmarks: PickerOptionGroup[];
  /** Benchmarks with scores, one group, for single-choice pickers (the chart's y axis). */
  scoredBenchmarks: PickerOptionGroup[];
}

/** Which list of the catalogue a picker shows. */
export type PickerCatalogList = 'models' | 'benchmarks' | 'scoredBenchmarks';

/** Where the catalogue of a data version is served (immutable: a version's catalogue never changes). */
export function pickerCatalogUrl(version: string): string {
  return `/compare/options?v=${encodeURIComponent(version)}`;
}

/** A served catalogue, checked before use: a stale or broken answer gives a clear error, not a crash. */
export function isPickerCatalog(value: unknown): value is PickerCatalog {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const isGroups = (g: unknown) =>
    Array.isArray(g) &&
    g.every(
      (x) =>
        typeof x === 'object' &&
        x !== null &&
        typeof (x as PickerOptionGroup).label === 'string' &&
        Array.isArray((x as PickerOptionGroup).options),
    );
  return typeof v.version === 'string' && isGroups(v.models) && isGroups(v.benchmarks) && isGroups(v.scoredBenchmarks);
}
