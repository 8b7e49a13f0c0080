import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { SourceKind } from '../data/schema';
import { getDb } from '../db/client';
import { gpus, hardware, history, models, plans, prices, scores, sources, specs } from '../db/schema';
import { getNoteIndex, type NoteView } from './shared';
import { getVersions } from './versions';

/** Primary sources first: what a vendor published about its own model outranks a secondary article. */
export const SOURCE_KIND_ORDER: readonly SourceKind[] = [
  'tech-report',
  'model-card',
  'vendor-page',
  'leaderboard',
  'article',
  'catalog',
];

export const SOURCE_KIND_LABEL: Record<SourceKind, { plural: string; singular: string; primary: boolean }> = {
  'tech-report': { plural: 'Technical reports', singular: 'technical report', primary: true },
  'model-card': { plural: 'Model cards and repositories', singular: 'model card', primary: true },
  'vendor-page': { plural: 'Vendor pages', singular: 'vendor page', primary: true },
  leaderboard: { plural: 'Leaderboards', singular: 'leaderboard', primary: false },
  article: { plural: 'Secondary articles', singular: 'secondary article', primary: false },
  catalog: { plural: 'Open price catalogues', singular: 'open catalogue', primary: false },
};

/** How many rows of each kind cite a source. Zero is a real count here: nothing cites it. */
export interface SourceUsage {
  scores: number;
  specs: number;
  prices: number;
  hardware: number;
  plans: number;
  history: number;
  gpus: number;
}

export interface SourceEntry {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  kind: SourceKind;
  published: string | null;
  retrieved: string | null;
  language: string;
  note: string | null;
  usage: SourceUsage;
  /** Sum of `usage`. */
  citedRows: number;
  /** Models any citing row is about, in the dataset's order. */
  models: Array<{ id: string; name: string; organizationId: string }>;
  /** Notes (conflicts, corrections, caveats) that name this source. */
  notes: NoteView[];
}

export interface SourceGroup {
  kind: SourceKind;
  label: string;
  primary: boolean;
  sources: SourceEntry[];
}

export interface OlderSourceEntry extends SourceEntry {
  /** The newest data version that still holds this source; its counts are from that version. */
  lastVersion: string;
}

const EMPTY_USAGE: SourceUsage = { scores: 0, specs: 0, prices: 0, hardware: 0, plans: 0, history: 0, gpus: 0 };

function countBySource(
  version: string,
  table: SQLiteTable,
  versionColumn: SQLiteColumn,
  sourceColumn: SQLiteColumn,
): Map<string, number> {
  const rows = getDb()
    .select({ id: sourceColumn, n: sql<number>`count(*)` })
    .from(table)
    .where(eq(versionColumn, version))
    .groupBy(sourceColumn)
    .all() as Array<{ id: string; n: number }>;
  return new Map(rows.map((r) => [r.id, r.n]));
}

function modelPairs(
  version: string,
  table: SQLiteTable,
  versionColumn: SQLiteColumn,
  sourceColumn: SQLiteColumn,
  modelColumn: SQLiteColumn,
) {
  return getDb()
    .selectDistinct({ source: sourceColumn, model: modelColumn })
    .from(table)
    .where(eq(versionColumn, version))
    .all() as Array<{ source: string; model: string | null }>;
}

const isKind = (k: string): k is SourceKind => (SOURCE_KIND_ORDER as readonly string[]).includes(k);

/** Every source of one version with what cites it, in no particular order. */
export function getSourceEntries(version: string): SourceEntry[] {
  const db = getDb();
  const rows = db.select().from(sources).where(eq(sources.version, version)).all();

  const counts: Record<keyof SourceUsage, Map<string, number>> = {
    scores: countBySource(version, scores, scores.version, scores.sourceId),
    specs: countBySource(version, specs, specs.version, specs.sourceId),
    prices: countBySource(version, prices, prices.version, prices.sourceId),
    hardware: countBySource(version, hardware, hardware.version, hardware.sourceId),
    plans: countBySource(version, plans, plans.version, plans.sourceId),
    history: countBySource(version, history, history.version, history.sourceId),
    gpus: countBySource(version, gpus, gpus.version, gpus.sourceId),
  };

  const modelRows = db
    .select({ id: models.id, name: models.name, organizationId: models.organizationId, ordinal: models.ordinal })
    .from(models)
    .where(eq(models.version, version))
    .orderBy(asc(models.ordinal))
    .all();
  const modelOrder = new Map(modelRows.map((m) => [m.id, m]));

  const modelsBySource = new Map<string, Set<string>>();
  const cover = (source: string, model: string | null) => {
    if (!model) return;
    const set = modelsBySource.get(source);
    if (set) set.add(model);
    else modelsBySource.set(source, new Set([model]));
  };
  for (const pair of [
    ...modelPairs(version, scores, scores.version, scores.sourceId, scores.modelId),
    ...modelPairs(version, specs, specs.version, specs.sourceId, specs.modelId),
    ...modelPairs(version, prices, prices.version, prices.sourceId, prices.modelId),
    ...modelPairs(version, hardware, hardware.version, hardware.sourceId, hardware.modelId),
    ...modelPairs(version, history, history.version, history.sourceId, history.modelId),
  ]) {
    cover(pair.source, pair.model);
  }
  for (const plan of db
    .select({ source: plans.sourceId, models: plans.models })
    .from(plans)
    .where(eq(plans.version, version))
    .all()) {
    for (const m of JSON.parse(plan.models) as string[]) cover(plan.source, m);
  }

  const notes = getNoteIndex(version).bySource;

  return rows.map((s) => {
    const usage: SourceUsage = { ...EMPTY_USAGE };
    for (const key of Object.keys(counts) as Array<keyof SourceUsage>) usage[key] = counts[key].get(s.id) ?? 0;
    const covered = [...(modelsBySource.get(s.id) ?? [])]
      .map((id) => modelOrder.get(id))
      .filter((m): m is NonNullable<typeof m> => m !== undefined)
      .sort((a, b) => a.ordinal - b.ordinal)
      .map(({ id, name, organizationId }) => ({ id, name, organizationId }));
    return {
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      kind: isKind(s.kind) ? s.kind : 'article',
      published: s.published,
      retrieved: s.retrieved,
      language: s.language,
      note: s.note,
      usage,
      citedRows: Object.values(usage).reduce((a, b) => a + b, 0),
      models: covered,
      notes: notes.get(s.id) ?? [],
    };
  });
}

/** Within a kind: by publisher, then title, so a reader can scan for a name. */
function byPublisherThenTitle(a: SourceEntry, b: SourceEntry): number {
  return a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/** The sources of a version grouped by kind, primary kinds first; empty kinds are left out. */
export function getSourceGroups(version: string): SourceGroup[] {
  const entries = getSourceEntries(version);
  return SOURCE_KIND_ORDER.map((kind) => ({
    kind,
    label: SOURCE_KIND_LABEL[kind].plural,
    primary: SOURCE_KIND_LABEL[kind].primary,
    sources: entries.filter((e) => e.kind === kind).sort(byPublisherThenTitle),
  })).filter((g) => g.sources.length > 0);
}

/**
 * Sources that older data versions cite but `version` no longer holds, so a link to
 * /sources#<id> from an old permalink still lands on something. Newest holder wins.
 */
export function getOlderOnlySources(version: string): OlderSourceEntry[] {
  const all = getVersions();
  const current = all.find((v) => v.id === version);
  if (!current) return [];
  const seen = new Set(getSourceEntries(version).map((s) => s.id));
  const out: OlderSourceEntry[] = [];
  for (const v of [...all].reverse()) {
    if (v.ordinal >= current.ordinal) continue;
    for (const entry of getSourceEntries(v.id)) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      out.push({ ...entry, lastVersion: v.id });
    }
  }
  return out.sort((a, b) => SOURCE_KIND_ORDER.indexOf(a.kind) - SOURCE_KIND_ORDER.indexOf(b.kind) || byPublisherThenTitle(a, b));
}
