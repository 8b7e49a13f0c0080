import 'server-only';
import { CATEGORY_DISPLAY_ORDER, CATEGORY_LABEL } from '../categories';
import { and, eq, sql } from 'drizzle-orm';
import type { BenchmarkCategory } from '../data/schema';
import { getDb } from '../db/client';
import { organizations, scores } from '../db/schema';
import { getModelList, type ModelSummary } from './models';
import { perVersion } from './memo';
import { getBenchmarks, type BenchmarkInfo } from './scores';

/** The index pages (/models, /benchmarks): every model or benchmark of a version with how much data it has. */

export interface OrganizationInfo {
  id: string;
  name: string;
  aka: string[];
  country: string;
  url: string | null;
}

export interface ModelIndexEntry extends ModelSummary {
  /** Benchmarks with a value shown for this model (a benchmark whose only value is disputed does not count). */
  benchmarksScored: number;
  /** Every score row, alternatives and disputed ones included. */
  scoreRows: number;
}

export interface ModelIndexGroup {
  organization: OrganizationInfo;
  models: ModelIndexEntry[];
}

export interface BenchmarkIndexEntry extends BenchmarkInfo {
  /** Models with a value shown on this benchmark (disputed-only models do not count). */
  modelsScored: number;
  scoreRows: number;
  parent: { id: string; name: string } | null;
}

export interface BenchmarkIndexGroup {
  category: string;
  label: string;
  benchmarks: BenchmarkIndexEntry[];
}

/** The order categories are listed in across the site (the model page uses the same). */
export const CATEGORY_ORDER = CATEGORY_DISPLAY_ORDER;
export { CATEGORY_LABEL };

function countsBy(
  version: string,
  column: typeof scores.modelId | typeof scores.benchmarkId,
  headlineOnly: boolean,
): Map<string, number> {
  const where = headlineOnly ? and(eq(scores.version, version), eq(scores.isHeadline, true)) : eq(scores.version, version);
  const rows = getDb()
    .select({ id: column, n: sql<number>`count(*)` })
    .from(scores)
    .where(where)
    .groupBy(column)
    .all();
  return new Map(rows.map((r) => [r.id, r.n]));
}

export function getOrganizations(version: string): OrganizationInfo[] {
  return getDb()
    .select()
    .from(organizations)
    .where(eq(organizations.version, version))
    .all()
    .map((o) => ({ id: o.id, name: o.name, aka: JSON.parse(o.aka) as string[], country: o.country, url: o.url }));
}

/**
 * Models grouped by organization; organizations in the order their first model appears in the data.
 * Kept per version (lib/queries/memo.ts): its counts read every score row of the version.
 */
export const getModelIndex = perVersion('modelIndex', (version): ModelIndexGroup[] => {
  const list = getModelList(version);
  const orgs = new Map(getOrganizations(version).map((o) => [o.id, o]));
  const scored = countsBy(version, scores.modelId, true);
  const rows = countsBy(version, scores.modelId, false);
  const groups = new Map<string, ModelIndexGroup>();
  for (const m of list) {
    let group = groups.get(m.organization.id);
    if (!group) {
      const organization = orgs.get(m.organization.id) ?? {
        id: m.organization.id,
        name: m.organization.name,
        aka: [],
        country: '',
        url: null,
      };
      group = { organization, models: [] };
      groups.set(m.organization.id, group);
    }
    group.models.push({ ...m, benchmarksScored: scored.get(m.id) ?? 0, scoreRows: rows.get(m.id) ?? 0 });
  }
  return [...groups.values()];
});

/** Each benchmark followed by its sub-benchmarks (TAU-bench, then its retail and airline parts). */
function parentsThenChildren(list: BenchmarkIndexEntry[]): BenchmarkIndexEntry[] {
  const ids = new Set(list.map((b) => b.id));
  const out: BenchmarkIndexEntry[] = [];
  const place = (b: BenchmarkIndexEntry, depth: number) => {
    if (out.includes(b) || depth > 8) return;
    out.push(b);
    for (const child of list.filter((c) => c.parentId === b.id)) place(child, depth + 1);
  };
  for (const b of list) if (!b.parentId || !ids.has(b.parentId)) place(b, 0);
  for (const b of list) if (!out.includes(b)) out.push(b);
  return out;
}

/** Benchmarks grouped by category in CATEGORY_ORDER; within a category, in the data's order. Kept per version, as the models'. */
export const getBenchmarkIndex = perVersion('benchmarkIndex', (version): BenchmarkIndexGroup[] => {
  const all = getBenchmarks(version);
  const byId = new Map(all.map((b) => [b.id, b]));
  const scored = countsBy(version, scores.benchmarkId, true);
  const rows = countsBy(version, scores.benchmarkId, false);
  const entries: BenchmarkIndexEntry[] = all.map((b) => {
    const parent = b.parentId ? byId.get(b.parentId) : undefined;
    return {
      ...b,
      modelsScored: scored.get(b.id) ?? 0,
      scoreRows: rows.get(b.id) ?? 0,
      parent: parent ? { id: parent.id, name: parent.name } : null,
    };
  });
  const known = new Set<string>(CATEGORY_ORDER);
  const categories = [...CATEGORY_ORDER, ...new Set(all.map((b) => b.category).filter((c) => !known.has(c)))];
  return categories
    .map((category) => ({
      category,
      label: CATEGORY_LABEL[category as BenchmarkCategory] ?? category,
      benchmarks: parentsThenChildren(entries.filter((b) => b.category === category)),
    }))
    .filter((g) => g.benchmarks.length > 0);
});
