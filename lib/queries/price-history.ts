import 'server-only';
import { getPriceViews, type PriceKind } from './prices';
import type { OrganizationRef, SourceRef } from './shared';
import { getVersions } from './versions';

/**
 * How a model's prices moved across data versions: one series per seller, kind and currency, one
 * point per distinct value, with the dates it held as far as the data says (its as-of date or a
 * condition naming one, and the data versions that list it). Disputed rows are left out.
 */

export interface PriceHistoryPoint {
  display: string;
  condition: string | null;
  asOf: string | null;
  /** The first and last data versions listing this value, with their dates. */
  firstVersion: { id: string; date: string };
  lastVersion: { id: string; date: string };
  source: SourceRef;
}

export interface PriceHistorySeries {
  provider: OrganizationRef;
  kind: PriceKind;
  currency: string;
  points: PriceHistoryPoint[];
}

/** Conditions that are about time ("until 2025-09-05 16:00 UTC") belong on a timeline; tiers do not. */
const DATED_CONDITION = /\b(until|from|before|after|since)\b[^,]*\d{4}/i;

export function getPriceHistory(modelId: string, uptoVersion: string): { series: PriceHistorySeries[]; versionIds: string[] } {
  const versions = getVersions().filter((v) => v.id <= uptoVersion);
  const series = new Map<string, PriceHistorySeries>();
  for (const v of versions) {
    for (const p of getPriceViews(v.id)) {
      if (p.modelId !== modelId || p.disputed || p.unit !== 'per-1m-tokens') continue;
      if (p.condition !== null && !DATED_CONDITION.test(p.condition)) continue;
      const key = `${p.provider.id}\u0000${p.kind}\u0000${p.currency}`;
      let s = series.get(key);
      if (!s) {
        s = { provider: p.provider, kind: p.kind, currency: p.currency, points: [] };
        series.set(key, s);
      }
      const same = s.points.find(
        (x) => x.display === p.display && x.condition === p.condition && (x.asOf === p.asOf || !x.asOf || !p.asOf),
      );
      const at = { id: v.id, date: v.date };
      if (same) {
        same.lastVersion = at;
        same.asOf ??= p.asOf;
      } else {
        s.points.push({
          display: p.display,
          condition: p.condition,
          asOf: p.asOf,
          firstVersion: at,
          lastVersion: at,
          source: p.source,
        });
      }
    }
  }
  return { series: [...series.values()], versionIds: versions.map((v) => v.id) };
}
