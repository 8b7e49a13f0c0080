/**
 * The seed pipeline: validated datasets -> a brand-new SQLite file -> atomic rename over the
 * old database. The old file is never opened for writing, so a failed or killed build leaves
 * it byte-identical, and a reader never sees a half-written database.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import {
  groupIndices,
  headlineIndex,
  priceGroupKey,
  pricesConflict,
  scoreGroupKey,
  scoresConflict,
  specGroupKey,
  specsConflict,
  variantKey,
} from '../data/rules';
import type {
  Benchmark,
  Dataset,
  Gpu,
  Hardware,
  HistoryEvent,
  Model,
  Note,
  Organization,
  Plan,
  Price,
  Score,
  Source,
  SourceKind,
  Spec,
} from '../data/schema';
import * as t from './schema';

export const MIGRATIONS_DIR = path.join(process.cwd(), 'drizzle');

/** Derived columns for rows that compete to answer the same question. */
function judge<T extends { preferred?: true | undefined; disputed?: true | undefined }>(
  rows: readonly T[],
  key: (row: T) => string,
  conflict: (a: T, b: T) => boolean,
) {
  const out = rows.map((row) => ({
    preferred: row.preferred === true,
    disputed: row.disputed === true,
    isHeadline: false,
    hasConflict: false,
    groupKey: key(row),
  }));
  for (const indices of groupIndices(rows, key).values()) {
    const headline = headlineIndex(rows, indices);
    if (headline !== undefined) out[headline]!.isHeadline = true;
    for (let x = 0; x < indices.length; x++) {
      for (let y = x + 1; y < indices.length; y++) {
        const i = indices[x]!;
        const j = indices[y]!;
        if (conflict(rows[i]!, rows[j]!)) {
          out[i]!.hasConflict = true;
          out[j]!.hasConflict = true;
        }
      }
    }
  }
  return out;
}

const SOURCE_RANK: Record<SourceKind, number> = {
  'tech-report': 0,
  'model-card': 1,
  'vendor-page': 2,
  leaderboard: 3,
  article: 4,
  catalog: 5,
};

/**
 * When variants are shown as separate columns, each (model, benchmark, variant) cell needs
 * one row: the group's headline if it falls in this variant, else the best-ranked undisputed
 * row (primary sources first, exact values before approximate ones, then authored order).
 */
function variantHeadlines(scores: readonly Score[], sourceKind: Map<string, SourceKind>, headline: boolean[]): boolean[] {
  const out = scores.map(() => false);
  const groups = groupIndices(scores, (s) => `${scoreGroupKey(s)}\u0000${variantKey(s.settings)}`);
  for (const indices of groups.values()) {
    const chosen =
      indices.find((i) => headline[i]) ??
      indices
        .filter((i) => !scores[i]!.disputed)
        .sort((a, b) => {
          const sa = scores[a]!;
          const sb = scores[b]!;
          const rank = (s: Score) => SOURCE_RANK[sourceKind.get(s.source) ?? 'article'];
          return rank(sa) - rank(sb) || Number(sa.exactness !== 'exact') - Number(sb.exactness !== 'exact') || a - b;
        })[0];
    if (chosen !== undefined) out[chosen] = true;
  }
  return out;
}

// Typed mappers: tsc catches drift between the authored shapes and the tables.
const sourceRow =
  (v: string) =>
  (s: Source): t.NewSourceRow => ({
    version: v,
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    url: s.url ?? null,
    kind: s.kind,
    published: s.published ?? null,
    retrieved: s.retrieved ?? null,
    language: s.language,
    note: s.note ?? null,
  });

const organizationRow =
  (v: string) =>
  (o: Organization): t.NewOrganizationRow => ({
    version: v,
    id: o.id,
    name: o.name,
    aka: JSON.stringify(o.aka),
    country: o.country,
    url: o.url ?? null,
  });

const modelRow =
  (v: string) =>
  (m: Model, ordinal: number): t.NewModelRow => ({
    version: v,
    id: m.id,
    name: m.name,
    organizationId: m.organization,
    family: m.family,
    variantOf: m.variantOf ?? null,
    variantKind: m.variantKind ?? null,
    openWeights: m.openWeights,
    availability: JSON.stringify(m.availability),
    description: m.description ?? null,
    url: m.url ?? null,
    launchSourceId: m.launchSource ?? null,
    ordinal,
  });

const benchmarkRow =
  (v: string) =>
  (b: Benchmark, ordinal: number): t.NewBenchmarkRow => ({
    version: v,
    id: b.id,
    name: b.name,
    category: b.category,
    unit: b.unit,
    higherIsBetter: b.higherIsBetter,
    description: b.description,
    url: b.url ?? null,
    parentId: b.parent ?? null,
    ordinal,
  });

const sourcedColumns = (r: {
  source: string;
  locator?: string | undefined;
  text?: string | undefined;
  note?: string | undefined;
}) => ({
  sourceId: r.source,
  locator: r.locator ?? null,
  text: r.text ?? null,
  note: r.note ?? null,
});

const planRow =
  (v: string) =>
  (p: Plan, ordinal: number): t.NewPlanRow => ({
    version: v,
    id: p.id,
    providerId: p.provider,
    name: p.name,
    price: p.price ?? null,
    upper: p.upper ?? null,
    exactness: p.exactness,
    currency: p.currency,
    billing: p.billing ?? null,
    quota: p.quota,
    models: JSON.stringify(p.models),
    modelsText: p.modelsText,
    asOf: p.asOf ?? null,
    ordinal,
    ...sourcedColumns(p),
  });

const gpuRow =
  (v: string) =>
  (g: Gpu, ordinal: number): t.NewGpuRow => ({
    version: v,
    id: g.id,
    name: g.name,
    vendor: g.vendor,
    memoryGb: g.memoryGb,
    fp8: g.fp8,
    kind: g.kind,
    sourceId: g.source,
    ordinal,
  });

const hardwareRow =
  (v: string) =>
  (h: Hardware, ordinal: number): t.NewHardwareRow => ({
    version: v,
    ordinal,
    modelId: h.model,
    precision: h.precision,
    profile: h.profile,
    gpuId: h.gpu ?? null,
    count: h.count ?? null,
    memoryGb: h.memoryGb ?? null,
    upper: h.upper ?? null,
    exactness: h.exactness,
    condition: h.condition ?? null,
    ...sourcedColumns(h),
  });

const historyRow =
  (v: string) =>
  (h: HistoryEvent, ordinal: number): t.NewHistoryRow => ({
    version: v,
    id: h.id,
    date: h.date,
    name: h.name,
    modelId: h.model ?? null,
    kind: h.kind,
    params: h.params ?? null,
    summary: h.summary,
    ordinal,
    ...sourcedColumns(h),
  });

const noteRow =
  (v: string) =>
  (n: Note, ordinal: number): t.NewNoteRow => ({
    version: v,
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    ordinal,
  });

function specRows(v: string, specs: readonly Spec[]): t.NewSpecRow[] {
  const judged = judge(specs, specGroupKey, specsConflict);
  return specs.map((s, i) => ({
    version: v,
    ordinal: i,
    modelId: s.model,
    field: s.field,
    valueNumber: typeof s.value === 'number' ? s.value : null,
    valueText: typeof s.value === 'string' ? s.value : null,
    upper: s.upper ?? null,
    exactness: s.exactness,
    qualifier: s.qualifier ?? null,
    ...sourcedColumns(s),
    ...judged[i]!,
  }));
}

function scoreRows(v: string, d: Dataset): t.NewScoreRow[] {
  const judged = judge(d.scores, scoreGroupKey, scoresConflict);
  const sourceKind = new Map(d.sources.map((s) => [s.id, s.kind]));
  const variantHeadline = variantHeadlines(
    d.scores,
    sourceKind,
    judged.map((j) => j.isHeadline),
  );
  return d.scores.map((s, i) => ({
    version: v,
    ordinal: i,
    modelId: s.model,
    benchmarkId: s.benchmark,
    value: s.value,
    upper: s.upper ?? null,
    exactness: s.exactness,
    thinking: s.settings.thinking ?? null,
    tools: s.settings.tools ?? null,
    harness: s.settings.harness ?? null,
    metric: s.settings.metric ?? null,
    window: s.settings.window ?? null,
    context: s.settings.context ?? null,
    opponentId: s.settings.opponent ?? null,
    effort: s.settings.effort ?? null,
    subset: s.settings.subset ?? null,
    figure: s.figure ?? null,
    variant: variantKey(s.settings),
    isVariantHeadline: variantHeadline[i]!,
    ...sourcedColumns(s),
    ...judged[i]!,
  }));
}

function priceRows(v: string, prices: readonly Price[]): t.NewPriceRow[] {
  const judged = judge(prices, priceGroupKey, pricesConflict);
  return prices.map((p, i) => ({
    version: v,
    ordinal: i,
    modelId: p.model,
    providerId: p.provider,
    kind: p.kind,
    value: p.value,
    upper: p.upper ?? null,
    exactness: p.exactness,
    currency: p.currency,
    unit: p.unit,
    condition: p.condition ?? null,
    asOf: p.asOf ?? null,
    contextTokens: p.contextTokens ?? null,
    ...sourcedColumns(p),
    ...judged[i]!,
  }));
}

// SQLite limits bound parameters per statement; insert in slices well under it.
function insertAll<T extends object>(
  db: ReturnType<typeof drizzle>,
  table: Parameters<ReturnType<typeof drizzle>['insert']>[0],
  rows: T[],
) {
  const size = 100;
  for (let i = 0; i < rows.length; i += size) {
    db.insert(table)
      .values(rows.slice(i, i + size) as never)
      .run();
  }
}

/** Writes every dataset into a fresh database file at `file` (which must not exist yet). */
export function writeDatabase(file: string, datasets: readonly Dataset[], migrationsDir = MIGRATIONS_DIR) {
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = DELETE');
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: migrationsDir });
    const ordered = [...datasets].sort((a, b) => a.manifest.id.localeCompare(b.manifest.id));
    sqlite.transaction(() => {
      ordered.forEach((d, ordinal) => {
        const v = d.manifest.id;
        insertAll(db, t.versions, [{ ...d.manifest, ordinal }]);
        insertAll(db, t.sources, d.sources.map(sourceRow(v)));
        insertAll(db, t.organizations, d.organizations.map(organizationRow(v)));
        insertAll(db, t.models, d.models.map(modelRow(v)));
        insertAll(db, t.specs, specRows(v, d.specs));
        insertAll(db, t.benchmarks, d.benchmarks.map(benchmarkRow(v)));
        insertAll(db, t.scores, scoreRows(v, d));
        insertAll(db, t.prices, priceRows(v, d.prices));
        insertAll(db, t.plans, d.plans.map(planRow(v)));
        insertAll(db, t.gpus, d.gpus.map(gpuRow(v)));
        insertAll(db, t.hardware, d.hardware.map(hardwareRow(v)));
        insertAll(db, t.history, d.history.map(historyRow(v)));
        insertAll(db, t.notes, d.notes.map(noteRow(v)));
        insertAll(
          db,
          t.noteRefs,
          d.notes.flatMap((n) =>
            n.refs.map((r, ordinal): t.NewNoteRefRow => ({
              version: v,
              noteId: n.id,
              ordinal,
              modelId: r.model ?? null,
              benchmarkId: r.benchmark ?? null,
              specField: r.specField ?? null,
              priceKind: r.priceKind ?? null,
              planId: r.plan ?? null,
              sourceId: r.source ?? null,
            })),
          ),
        );
      });
    })();
    // Table statistics for the query planner. Without them SQLite answers "these models' scores
    // in authored order" by walking the whole version in primary-key order instead of using the
    // model index, which costs a full scan per request once a version holds many scores.
    sqlite.exec('ANALYZE');
  } finally {
    sqlite.close();
  }
}

/**
 * Builds into a new temporary file beside `target`, fsyncs it, then renames it over
 * `target` in one atomic step. On any error the temporary file is removed and `target`
 * is untouched.
 */
export function buildDatabase(target: string, datasets: readonly Dataset[], migrationsDir = MIGRATIONS_DIR) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeDatabase(temp, datasets, migrationsDir);
    const fd = fs.openSync(temp, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Leftovers of builds that were killed before they could clean up. */
export function removeStaleTempFiles(target: string) {
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) return;
  const prefix = `.${path.basename(target)}.`;
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      const pid = Number(name.slice(prefix.length).split('.')[0]);
      if (Number.isInteger(pid) && isAlive(pid)) continue;
      fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
