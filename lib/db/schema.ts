/**
 * The SQLite schema. Every table is keyed by data version so the database holds every
 * snapshot at once and an old permalink keeps resolving to the numbers it was shared with.
 * Row tables (specs, scores, prices, hardware) are keyed by their position in the authored
 * file, which keeps builds deterministic. Columns prefixed "is"/"has" are derived at build
 * time (lib/db/build.ts) so requests never recompute them.
 */
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const bool = (name: string) => integer(name, { mode: 'boolean' });

export const versions = sqliteTable('versions', {
  id: text('id').primaryKey(),
  date: text('date').notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  /** 0 for the oldest version; the highest is the latest. */
  ordinal: integer('ordinal').notNull(),
});

export const sources = sqliteTable(
  'sources',
  {
    version: text('version').notNull(),
    id: text('id').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher').notNull(),
    url: text('url'),
    kind: text('kind').notNull(),
    published: text('published'),
    retrieved: text('retrieved'),
    language: text('language').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.version, t.id] })],
);

export const organizations = sqliteTable(
  'organizations',
  {
    version: text('version').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    /** JSON array of strings. */
    aka: text('aka').notNull(),
    country: text('country').notNull(),
    url: text('url'),
  },
  (t) => [primaryKey({ columns: [t.version, t.id] })],
);

export const models = sqliteTable(
  'models',
  {
    version: text('version').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    organizationId: text('organization_id').notNull(),
    family: text('family').notNull(),
    variantOf: text('variant_of'),
    variantKind: text('variant_kind'),
    openWeights: bool('open_weights').notNull(),
    /** JSON array: api, weights, chat. */
    availability: text('availability').notNull(),
    description: text('description'),
    url: text('url'),
    /** The source that launched the model against its peers (data/README.md). */
    launchSourceId: text('launch_source_id'),
    ordinal: integer('ordinal').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.id] })],
);

/** Columns every sourced row shares. */
const sourced = () => ({
  sourceId: text('source_id').notNull(),
  locator: text('locator'),
  text: text('text'),
  note: text('note'),
});

/** Columns of a row that competes with others for the same question. */
const judged = () => ({
  preferred: bool('preferred').notNull(),
  disputed: bool('disputed').notNull(),
  /** The row shown when the group is shown as one value. */
  isHeadline: bool('is_headline').notNull(),
  /** Another row of the group disagrees under compatible settings. */
  hasConflict: bool('has_conflict').notNull(),
  /** Rows answering the same question share this key. */
  groupKey: text('group_key').notNull(),
});

export const specs = sqliteTable(
  'specs',
  {
    version: text('version').notNull(),
    ordinal: integer('ordinal').notNull(),
    modelId: text('model_id').notNull(),
    field: text('field').notNull(),
    valueNumber: real('value_number'),
    valueText: text('value_text'),
    upper: real('upper'),
    exactness: text('exactness').notNull(),
    qualifier: text('qualifier'),
    ...sourced(),
    ...judged(),
  },
  (t) => [primaryKey({ columns: [t.version, t.ordinal] }), index('specs_model').on(t.version, t.modelId)],
);

export const benchmarks = sqliteTable(
  'benchmarks',
  {
    version: text('version').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    unit: text('unit').notNull(),
    higherIsBetter: bool('higher_is_better').notNull(),
    description: text('description').notNull(),
    url: text('url'),
    parentId: text('parent_id'),
    ordinal: integer('ordinal').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.id] })],
);

export const scores = sqliteTable(
  'scores',
  {
    version: text('version').notNull(),
    ordinal: integer('ordinal').notNull(),
    modelId: text('model_id').notNull(),
    benchmarkId: text('benchmark_id').notNull(),
    value: real('value').notNull(),
    upper: real('upper'),
    exactness: text('exactness').notNull(),
    thinking: text('thinking'),
    tools: bool('tools'),
    harness: text('harness'),
    metric: text('metric'),
    window: text('window'),
    context: text('context'),
    opponentId: text('opponent_id'),
    effort: text('effort'),
    subset: text('subset'),
    /** The chart or table of its source the value was read from (values sharing source and figure were measured together). */
    figure: text('figure'),
    /** lib/data/rules.ts variantKey: the column this row falls in when variants are shown. */
    variant: text('variant').notNull(),
    /** The row shown for this model, benchmark and variant when variants are shown as columns. */
    isVariantHeadline: bool('is_variant_headline').notNull(),
    ...sourced(),
    ...judged(),
  },
  (t) => [
    primaryKey({ columns: [t.version, t.ordinal] }),
    index('scores_model').on(t.version, t.modelId),
    index('scores_benchmark').on(t.version, t.benchmarkId),
    // A model's launch chart is the rows of one source (lib/queries/compare.ts › getLaunchPicks): without
    // this, each launch pick scans the version's scores (41 s for a first /compare at 100x the data).
    index('scores_source').on(t.version, t.sourceId),
  ],
);

export const prices = sqliteTable(
  'prices',
  {
    version: text('version').notNull(),
    ordinal: integer('ordinal').notNull(),
    modelId: text('model_id').notNull(),
    providerId: text('provider_id').notNull(),
    kind: text('kind').notNull(),
    value: real('value').notNull(),
    upper: real('upper'),
    exactness: text('exactness').notNull(),
    currency: text('currency').notNull(),
    unit: text('unit').notNull(),
    condition: text('condition'),
    asOf: text('as_of'),
    contextTokens: integer('context_tokens'),
    ...sourced(),
    ...judged(),
  },
  (t) => [primaryKey({ columns: [t.version, t.ordinal] }), index('prices_model').on(t.version, t.modelId)],
);

export const plans = sqliteTable(
  'plans',
  {
    version: text('version').notNull(),
    id: text('id').notNull(),
    providerId: text('provider_id').notNull(),
    name: text('name').notNull(),
    price: real('price'),
    upper: real('upper'),
    exactness: text('exactness').notNull(),
    currency: text('currency').notNull(),
    billing: text('billing'),
    quota: text('quota').notNull(),
    /** JSON array of model ids. */
    models: text('models').notNull(),
    modelsText: text('models_text').notNull(),
    asOf: text('as_of'),
    ordinal: integer('ordinal').notNull(),
    ...sourced(),
  },
  (t) => [primaryKey({ columns: [t.version, t.id] })],
);

export const gpus = sqliteTable(
  'gpus',
  {
    version: text('version').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    vendor: text('vendor').notNull(),
    memoryGb: real('memory_gb').notNull(),
    fp8: bool('fp8').notNull(),
    kind: text('kind').notNull(),
    sourceId: text('source_id').notNull(),
    ordinal: integer('ordinal').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.id] })],
);

export const hardware = sqliteTable(
  'hardware',
  {
    version: text('version').notNull(),
    ordinal: integer('ordinal').notNull(),
    modelId: text('model_id').notNull(),
    precision: text('precision').notNull(),
    profile: text('profile').notNull(),
    gpuId: text('gpu_id'),
    count: integer('count'),
    memoryGb: real('memory_gb'),
    upper: real('upper'),
    exactness: text('exactness').notNull(),
    condition: text('condition'),
    ...sourced(),
  },
  (t) => [primaryKey({ columns: [t.version, t.ordinal] }), index('hardware_model').on(t.version, t.modelId)],
);

export const history = sqliteTable(
  'history',
  {
    version: text('version').notNull(),
    id: text('id').notNull(),
    date: text('date').notNull(),
    name: text('name').notNull(),
    modelId: text('model_id'),
    kind: text('kind').notNull(),
    params: text('params'),
    summary: text('summary').notNull(),
    ordinal: integer('ordinal').notNull(),
    ...sourced(),
  },
  (t) => [primaryKey({ columns: [t.version, t.id] })],
);

export const notes = sqliteTable(
  'notes',
  {
    version: text('version').notNull(),
    id: text('id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    ordinal: integer('ordinal').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.id] })],
);

export const noteRefs = sqliteTable(
  'note_refs',
  {
    version: text('version').notNull(),
    noteId: text('note_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    modelId: text('model_id'),
    benchmarkId: text('benchmark_id'),
    specField: text('spec_field'),
    priceKind: text('price_kind'),
    planId: text('plan_id'),
    sourceId: text('source_id'),
  },
  (t) => [primaryKey({ columns: [t.version, t.noteId, t.ordinal] }), index('note_refs_model').on(t.version, t.modelId)],
);

export type VersionRow = typeof versions.$inferSelect;
export type NewVersionRow = typeof versions.$inferInsert;
export type SourceRow = typeof sources.$inferSelect;
export type NewSourceRow = typeof sources.$inferInsert;
export type OrganizationRow = typeof organizations.$inferSelect;
export type NewOrganizationRow = typeof organizations.$inferInsert;
export type ModelRow = typeof models.$inferSelect;
export type NewModelRow = typeof models.$inferInsert;
export type SpecRow = typeof specs.$inferSelect;
export type NewSpecRow = typeof specs.$inferInsert;
export type BenchmarkRow = typeof benchmarks.$inferSelect;
export type NewBenchmarkRow = typeof benchmarks.$inferInsert;
export type ScoreRow = typeof scores.$inferSelect;
export type NewScoreRow = typeof scores.$inferInsert;
export type PriceRow = typeof prices.$inferSelect;
export type NewPriceRow = typeof prices.$inferInsert;
export type PlanRow = typeof plans.$inferSelect;
export type NewPlanRow = typeof plans.$inferInsert;
export type GpuRow = typeof gpus.$inferSelect;
export type NewGpuRow = typeof gpus.$inferInsert;
export type HardwareRow = typeof hardware.$inferSelect;
export type NewHardwareRow = typeof hardware.$inferInsert;
export type HistoryRow = typeof history.$inferSelect;
export type NewHistoryRow = typeof history.$inferInsert;
export type NoteRow = typeof notes.$inferSelect;
export type NewNoteRow = typeof notes.$inferInsert;
export type NoteRefRow = typeof noteRefs.$inferSelect;
export type NewNoteRefRow = typeof noteRefs.$inferInsert;
