/**
 * The authored data format: one strict Zod schema per file of a data version.
 *
 * These shapes are the source of truth for what may be written in data/<version>/.
 * Every schema and its type share one name. Derived, view-ready shapes live in
 * lib/queries, never here. Cross-file rules (references, conflicts, units) live in
 * ./validate.ts because a single file cannot know them.
 */
import { z } from 'zod';
import { BENCHMARK_CATEGORIES } from '../categories';

// ---------------------------------------------------------------- primitives

export const Slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/,
    'must be a lowercase slug: letters, digits, "-" and "." between them (e.g. "glm-4.5-air")',
  );

function isRealDate(value: string): boolean {
  const parts = value.split('-').map(Number);
  const [year, month = 1, day = 1] = parts;
  if (year === undefined || !Number.isInteger(year) || year < 1900 || year > 2100) return false;
  if (month < 1 || month > 12) return false;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= lastDay;
}

/** A full calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/** A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

export const HttpUrl = z
  .string()
  .url('must be a URL')
  .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL');

const Text = z.string().trim().min(1, 'must not be empty');

/**
 * How exactly a source states a number. `approx` is "~65%" or "mid-80s",
 * `range` is "$0.35-0.60" (value..upper), `lower-bound` is "100+ tok/s".
 */
export const Exactness = z.enum(['exact', 'approx', 'range', 'lower-bound']);
export type Exactness = z.infer<typeof Exactness>;

/** Fields shared by every sourced value: where it was read and how it was written there. */
const Sourced = {
  /** Id of the source in sources.json. */
  source: Slug,
  /** Where in the source: "Table 3", "resources/bench_glm46.png", "pricing table, row GLM-4.5". */
  locator: Text.optional(),
  /** The value as the source printed it, e.g. "~65%" or "mid-80s". Required unless exact. */
  text: Text.optional(),
  note: Text.optional(),
};

/** A number with its exactness: the rules every numeric value obeys. */
function checkQuantity(
  row: { value: number; upper?: number | undefined; exactness: Exactness; text?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (row.exactness === 'range') {
    if (row.upper === undefined) {
      ctx.addIssue({ code: 'custom', path: ['upper'], message: 'a range needs an upper bound' });
    } else if (row.upper <= row.value) {
      ctx.addIssue({ code: 'custom', path: ['upper'], message: 'must be greater than value' });
    }
  } else if (row.upper !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['upper'], message: 'only a range has an upper bound' });
  }
  if (row.exactness !== 'exact' && row.text === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['text'],
      message: `an ${row.exactness} value must keep the source's original text`,
    });
  }
}

// ---------------------------------------------------------------- manifest

export const Manifest = z.strictObject({
  id: z.string().regex(/^\d{4}-\d{2}$/, 'must be a version id written YYYY-MM'),
  date: IsoDate,
  title: Text,
  summary: Text,
});
export type Manifest = z.infer<typeof Manifest>;

// ---------------------------------------------------------------- sources

/** `catalog`: an open, versioned price or model catalogue (an npm package's data), a secondary source. */
export const SourceKind = z.enum(['tech-report', 'model-card', 'vendor-page', 'leaderboard', 'article', 'catalog']);
export type SourceKind = z.infer<typeof SourceKind>;

export const Source = z.strictObject({
  id: Slug,
  title: Text,
  publisher: Text,
  /** Absent only for a document with no public address (the seed article). */
  url: HttpUrl.optional(),
  kind: SourceKind,
  published: PartialDate.optional(),
  /** When we read it: required for undated pages such as price lists. */
  retrieved: IsoDate.optional(),
  language: z.enum(['en', 'zh']).default('en'),
  note: Text.optional(),
});
export type Source = z.infer<typeof Source>;

// ---------------------------------------------------------------- organizations

export const Organization = z.strictObject({
  id: Slug,
  name: Text,
  /** Other names, e.g. "Zhipu AI", "智谱". */
  aka: z.array(Text).default([]),
  country: Text,
  url: HttpUrl.optional(),
});
export type Organization = z.infer<typeof Organization>;

// ---------------------------------------------------------------- models

export const VariantKind = z.enum([
  'base',
  'fp8',
  'air',
  'x',
  'flash',
  'checkpoint',
  'thinking',
  'instruct',
  'vision',
]);
export type VariantKind = z.infer<typeof VariantKind>;

export const Model = z
  .strictObject({
    id: Slug,
    name: Text,
    organization: Slug,
    /** Family slug grouping checkpoints and variants, e.g. "glm-4.5", "kimi-k2". */
    family: Slug,
    variantOf: Slug.optional(),
    variantKind: VariantKind.optional(),
    openWeights: z.boolean(),
    /** Where the model can be used, as its sources state it. */
    availability: z.array(z.enum(['api', 'weights', 'chat'])).min(1, 'must list at least one channel'),
    description: Text.optional(),
    /** The model's own page (Hugging Face, vendor docs). */
    url: HttpUrl.optional(),
    /**
     * The source whose chart or table launched this model against others (its lab's release chart):
     * the models it compares are the model's launch peers.
     */
    launchSource: Slug.optional(),
  })
  .superRefine((m, ctx) => {
    if ((m.variantOf === undefined) !== (m.variantKind === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [m.variantOf === undefined ? 'variantOf' : 'variantKind'],
        message: 'variantOf and variantKind go together',
      });
    }
    if (m.variantOf === m.id) {
      ctx.addIssue({ code: 'custom', path: ['variantOf'], message: 'a model cannot be a variant of itself' });
    }
  });
export type Model = z.infer<typeof Model>;

// ---------------------------------------------------------------- specs

/** Every spec field, its kind of value and unit. Parameters are in billions, lengths in tokens. */
export const SPEC_FIELDS = {
  'total-params': { label: 'Total parameters', kind: 'number', unit: 'B' },
  'active-params': { label: 'Active parameters', kind: 'number', unit: 'B' },
  'context-window': { label: 'Context window', kind: 'number', unit: 'tokens' },
  'max-output': { label: 'Max output', kind: 'number', unit: 'tokens' },
  'release-date': { label: 'Release date', kind: 'date', unit: null },
  license: { label: 'License', kind: 'text', unit: null },
  precision: { label: 'Weights precision', kind: 'text', unit: null },
  'inference-speed': { label: 'Inference speed', kind: 'number', unit: 'tok/s' },
  architecture: { label: 'Architecture', kind: 'text', unit: null },
  layers: { label: 'Layers', kind: 'number', unit: null },
  'dense-layers': { label: 'Dense layers', kind: 'number', unit: null },
  'moe-layers': { label: 'MoE layers', kind: 'number', unit: null },
  'mtp-layers': { label: 'MTP layers', kind: 'number', unit: null },
  'hidden-size': { label: 'Hidden dimension', kind: 'number', unit: null },
  'moe-intermediate-size': { label: 'MoE intermediate dimension', kind: 'number', unit: null },
  'attention-heads': { label: 'Attention heads', kind: 'number', unit: null },
  'kv-heads': { label: 'Key-value heads', kind: 'number', unit: null },
  'head-dim': { label: 'Head dimension', kind: 'number', unit: null },
  'attention-type': { label: 'Attention', kind: 'text', unit: null },
  'routed-experts': { label: 'Routed experts', kind: 'number', unit: null },
  'shared-experts': { label: 'Shared experts', kind: 'number', unit: null },
  'active-experts': { label: 'Experts per token', kind: 'number', unit: null },
  'vocab-size': { label: 'Vocabulary size', kind: 'number', unit: null },
  'training-tokens': { label: 'Pre-training tokens', kind: 'number', unit: 'T tokens' },
} as const;
export type SpecField = keyof typeof SPEC_FIELDS;
export const SpecField = z.enum(Object.keys(SPEC_FIELDS) as [SpecField, ...SpecField[]]);

export const Spec = z
  .strictObject({
    model: Slug,
    field: SpecField,
    value: z.union([z.number().finite(), Text]),
    upper: z.number().finite().optional(),
    exactness: Exactness.default('exact'),
    /** Narrows the claim: "extended with YaRN", "input only". Rows with different qualifiers never conflict. */
    qualifier: Text.optional(),
    preferred: z.literal(true).optional(),
    disputed: z.literal(true).optional(),
    ...Sourced,
  })
  .superRefine((row, ctx) => {
    const kind = SPEC_FIELDS[row.field].kind;
    if (kind === 'number') {
      if (typeof row.value !== 'number') {
        ctx.addIssue({ code: 'custom', path: ['value'], message: `${row.field} must be a number` });
        return;
      }
      if (row.value < 0) ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be >= 0' });
      checkQuantity({ ...row, value: row.value }, ctx);
    } else {
      if (typeof row.value !== 'string') {
        ctx.addIssue({ code: 'custom', path: ['value'], message: `${row.field} must be text` });
        return;
      }
      if (kind === 'date' && !PartialDate.safeParse(row.value).success) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
        });
      }
      if (row.upper !== undefined || row.exactness === 'range' || row.exactness === 'lower-bound') {
        ctx.addIssue({ code: 'custom', path: ['exactness'], message: `${row.field} cannot be a range or bound` });
      }
    }
  });
export type Spec = z.infer<typeof Spec>;

// ---------------------------------------------------------------- benchmarks

export const BenchmarkCategory = z.enum(BENCHMARK_CATEGORIES);
export type BenchmarkCategory = z.infer<typeof BenchmarkCategory>;

export const Benchmark = z.strictObject({
  id: Slug,
  name: Text,
  category: BenchmarkCategory,
  /** `%` values must lie in 0-100; `score` is a unitless index; `elo` a rating. */
  unit: z.enum(['%', 'score', 'elo']),
  higherIsBetter: z.boolean(),
  description: Text,
  url: HttpUrl.optional(),
  /** A sub-benchmark's whole, e.g. tau-bench-retail -> tau-bench. */
  parent: Slug.optional(),
});
export type Benchmark = z.infer<typeof Benchmark>;

// ---------------------------------------------------------------- scores

/**
 * The conditions a score was measured under. Structured so two numbers can be judged
 * comparable or not; absent means the source does not say.
 */
export const ScoreSettings = z.strictObject({
  thinking: z.enum(['on', 'off']).optional(),
  tools: z.boolean().optional(),
  /** Scaffold or agent framework: "OpenHands", "Agentless", "Terminus", "Claude Code". */
  harness: Text.optional(),
  /** How the number is aggregated: "pass@1", "avg@32", "win rate", "success rate". */
  metric: Text.optional(),
  /** Benchmark version or date window: "v6", "2407-2501", "2408-2505". */
  window: Text.optional(),
  /** Context limit the evaluation ran under, e.g. "128K". */
  context: Text.optional(),
  /** The model a win rate is measured against. */
  opponent: Slug.optional(),
  /** Reasoning effort or budget when the source names one: "high", "max", "32K thinking budget". */
  effort: Text.optional(),
  /** A named part of the benchmark's task set that was evaluated: "text-only" for HLE. */
  subset: Text.optional(),
});
export type ScoreSettings = z.infer<typeof ScoreSettings>;

export const Score = z
  .strictObject({
    model: Slug,
    benchmark: Slug,
    value: z.number().finite(),
    upper: z.number().finite().optional(),
    exactness: Exactness.default('exact'),
    settings: ScoreSettings.default({}),
    /** Marks the value shown when several rows answer the same model, benchmark and variant. */
    preferred: z.literal(true).optional(),
    /** A value kept for the record but believed wrong; never preferred, never charted. */
    disputed: z.literal(true).optional(),
    /**
     * The one chart or table this value is a cell of, written identically for every value read from
     * it ("resources/bench_glm47.png", "Table 3"). Values sharing source and figure were measured
     * together, which is what the like-for-like comparison prefers.
     */
    figure: Text.optional(),
    ...Sourced,
  })
  .superRefine(checkQuantity)
  .superRefine((row, ctx) => {
    if (row.preferred && row.disputed) {
      ctx.addIssue({ code: 'custom', path: ['preferred'], message: 'a disputed value cannot be preferred' });
    }
  });
export type Score = z.infer<typeof Score>;

// ---------------------------------------------------------------- prices

export const PriceKind = z.enum(['input', 'cached-input', 'output', 'cache-storage']);
export type PriceKind = z.infer<typeof PriceKind>;

export const Currency = z.enum(['USD', 'CNY']);
export type Currency = z.infer<typeof Currency>;

export const Price = z
  .strictObject({
    model: Slug,
    /** Organization id of the seller. */
    provider: Slug,
    kind: PriceKind,
    value: z.number().finite().min(0, 'a price must be >= 0'),
    upper: z.number().finite().min(0, 'a price must be >= 0').optional(),
    exactness: Exactness.default('exact'),
    currency: Currency,
    /** Prices are per 1M tokens; cache storage per 1M tokens per hour. */
    unit: z.enum(['per-1m-tokens', 'per-1m-tokens-hour']).default('per-1m-tokens'),
    /** When the price applies: "input up to 32K tokens", "off-peak hours". */
    condition: Text.optional(),
    asOf: PartialDate.optional(),
    /** The context window this seller serves the model with, in tokens, as the price's source states it. */
    contextTokens: z.number().int().positive().optional(),
    preferred: z.literal(true).optional(),
    disputed: z.literal(true).optional(),
    ...Sourced,
  })
  .superRefine(checkQuantity);
export type Price = z.infer<typeof Price>;

// ---------------------------------------------------------------- plans

export const Plan = z
  .strictObject({
    id: Slug,
    provider: Slug,
    name: Text,
    /** Price per month in `currency`; `text` keeps the source's wording. */
    price: z.number().finite().min(0, 'a price must be >= 0').optional(),
    upper: z.number().finite().min(0).optional(),
    exactness: Exactness.default('exact'),
    currency: Currency,
    billing: Text.optional(),
    quota: Text,
    /** Model ids in this dataset; `modelsText` keeps the source's list, which may name models we do not track. */
    models: z.array(Slug).default([]),
    modelsText: Text,
    asOf: PartialDate.optional(),
    ...Sourced,
  })
  .superRefine((plan, ctx) => {
    if (plan.price === undefined) {
      if (plan.text === undefined) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: 'a plan without a price must say what the source says' });
      }
      return;
    }
    checkQuantity({ ...plan, value: plan.price }, ctx);
  });
export type Plan = z.infer<typeof Plan>;

// ---------------------------------------------------------------- hardware

export const Gpu = z.strictObject({
  id: Slug,
  name: Text,
  vendor: Text,
  memoryGb: z.number().positive('must be > 0'),
  /** Whether the GPU runs FP8 natively (Hopper and later). */
  fp8: z.boolean(),
  kind: z.enum(['datacenter', 'workstation', 'consumer']),
  source: Slug,
});
export type Gpu = z.infer<typeof Gpu>;

export const Precision = z.enum(['BF16', 'FP8', 'INT8', 'INT4', 'quantized']);
export type Precision = z.infer<typeof Precision>;

export const Hardware = z
  .strictObject({
    model: Slug,
    precision: Precision,
    /** `standard`: the source's typical serving set-up; `full-context`: the whole context window. */
    profile: z.enum(['standard', 'full-context']),
    gpu: Slug.optional(),
    count: z.number().int().positive().optional(),
    /** A memory budget instead of a GPU count, e.g. "32 to 64 GB VRAM". */
    memoryGb: z.number().positive().optional(),
    upper: z.number().positive().optional(),
    exactness: Exactness.default('exact'),
    /** Serving conditions the source names: "batch size up to 8". */
    condition: Text.optional(),
    ...Sourced,
  })
  .superRefine((row, ctx) => {
    const byGpu = row.gpu !== undefined && row.count !== undefined;
    const byMemory = row.memoryGb !== undefined;
    if (byGpu === byMemory) {
      ctx.addIssue({ code: 'custom', path: ['gpu'], message: 'give either gpu and count, or memoryGb' });
    }
    if (byMemory && row.memoryGb !== undefined) checkQuantity({ ...row, value: row.memoryGb }, ctx);
  });
export type Hardware = z.infer<typeof Hardware>;

// ---------------------------------------------------------------- history

export const HistoryEvent = z.strictObject({
  id: Slug,
  date: PartialDate,
  name: Text,
  /** The model's id when this dataset tracks it. */
  model: Slug.optional(),
  kind: z.enum(['research', 'open-weights', 'product', 'api']),
  /** Size as the source states it: "130B", "355B total, 32B active". */
  params: Text.optional(),
  summary: Text,
  ...Sourced,
});
export type HistoryEvent = z.infer<typeof HistoryEvent>;

// ---------------------------------------------------------------- notes

export const NoteRef = z
  .strictObject({
    model: Slug.optional(),
    benchmark: Slug.optional(),
    specField: SpecField.optional(),
    priceKind: PriceKind.optional(),
    plan: Slug.optional(),
    source: Slug.optional(),
  })
  .refine((r) => Object.keys(r).length > 0, 'a reference must name at least one thing');
export type NoteRef = z.infer<typeof NoteRef>;

export const Note = z.strictObject({
  id: Slug,
  /** conflict: sources disagree; correction: a source is wrong; caveat: read with care. */
  kind: z.enum(['conflict', 'correction', 'caveat']),
  title: Text,
  body: Text,
  refs: z.array(NoteRef).min(1, 'a note must refer to something'),
});
export type Note = z.infer<typeof Note>;

// ---------------------------------------------------------------- the files of a version

export const DATA_FILES = {
  'manifest.json': Manifest,
  'sources.json': z.array(Source),
  'organizations.json': z.array(Organization),
  'models.json': z.array(Model),
  'specs.json': z.array(Spec),
  'benchmarks.json': z.array(Benchmark),
  'scores.json': z.array(Score),
  'prices.json': z.array(Price),
  'plans.json': z.array(Plan),
  'gpus.json': z.array(Gpu),
  'hardware.json': z.array(Hardware),
  'history.json': z.array(HistoryEvent),
  'notes.json': z.array(Note),
} as const;
export type DataFileName = keyof typeof DATA_FILES;

export interface Dataset {
  manifest: Manifest;
  sources: Source[];
  organizations: Organization[];
  models: Model[];
  specs: Spec[];
  benchmarks: Benchmark[];
  scores: Score[];
  prices: Price[];
  plans: Plan[];
  gpus: Gpu[];
  hardware: Hardware[];
  history: HistoryEvent[];
  notes: Note[];
}
