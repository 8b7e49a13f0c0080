/**
 * The contract of /api/v1: one Zod schema per response shape and one registration per route.
 *
 * These schemas are the single source of three things, so none of them can drift from another:
 * - the row types the handlers build (lib/api/resources.ts returns `z.output<typeof XRow>`),
 * - the OpenAPI 3.1 document (lib/api/openapi.ts turns them into JSON Schema with z.toJSONSchema),
 * - the /api page's field tables (rendered from that document).
 * The contract test (tests/e2e/api-contract.spec.ts) checks every live answer against the document.
 *
 * Adding a route (e.g. /api/v1/compare): define its response schema below with `component(...)`,
 * call `route({...})` right after it, and write the handler in app/api/v1/<name>/route.ts building
 * `z.output` of that schema. The route then appears in /api/v1/openapi.json, on /api, in the
 * front door /api/v1, and the contract test calls it (add its example URLs there). Then run
 * `npm run api:types` and commit lib/api/openapi-types.d.ts.
 */
import { z } from 'zod';
import { BenchmarkCategory, Currency, Exactness, Precision, PriceKind, SourceKind, SpecField, VariantKind } from '../data/schema';

// ---------------------------------------------------------------- limits shared with respond.ts

/** An id: lowercase letters and digits, "-" or "." between them. */
export const SLUG_PATTERN = '[a-z0-9]+(?:[.-][a-z0-9]+)*';
export const SLUG = new RegExp(`^${SLUG_PATTERN}$`);
export const VERSION_ID = /^\d{4}-\d{2}$/;
export const MAX_PARAM_LENGTH = 2000;
export const MAX_QUERY_LENGTH = 4000;
export const MAX_LIST_IDS = 100;

// ---------------------------------------------------------------- registry

/** Named schemas, emitted as components/schemas/<id> of the document. */
export const components = z.registry<{ id: string; description: string }>();
/** Each component's description by id (z.toJSONSchema emits the registry's ids, not its descriptions). */
export const COMPONENT_DESCRIPTIONS = new Map<string, string>();

function component<T extends z.ZodType>(id: string, description: string, schema: T): T {
  if (COMPONENT_DESCRIPTIONS.has(id)) throw new Error(`two API components named ${id}`);
  components.add(schema, { id, description });
  COMPONENT_DESCRIPTIONS.set(id, description);
  return schema;
}

export interface RouteSpec {
  /** '/api/v1/scores'; path parameters written {id}. */
  path: string;
  summary: string;
  description: string;
  /** Path parameters, each a string schema with a description (and its pattern and limits). */
  pathParams?: Record<string, z.ZodType>;
  /** Query parameters other than the common v, format and bom (see `versioned`, `csv`). */
  query?: Record<string, z.ZodType>;
  /** Takes v=YYYY-MM (every data route). */
  versioned: boolean;
  /** The 200 JSON body: a registered component. */
  body: z.ZodType;
  /** CSV columns when the route answers format=csv; absent: JSON only. */
  csv?: readonly string[];
  /** Example URLs, shown on /api and called by the contract test. */
  examples: string[];
}

export const ROUTES: RouteSpec[] = [];

/** Registers a route of /api/v1 in the document. Call it next to the route's response schema. */
function route(spec: RouteSpec): RouteSpec {
  ROUTES.push(spec);
  return spec;
}

// ---------------------------------------------------------------- parameters

export const VersionParam = z
  .string()
  .regex(VERSION_ID)
  .describe(
    'Data version, written YYYY-MM (see /api/v1/versions). Omitted: the latest, cached for a minute. A named version is immutable, and its answers are cached for good.',
  );
export const FormatParam = (csv: boolean) =>
  (csv ? z.enum(['json', 'csv']) : z.enum(['json'])).describe(
    csv ? 'json (default) or csv. Any other value is a 400.' : 'json only (the default); csv or any other value is a 400.',
  );
export const BomParam = z
  .enum(['0', '1'])
  .describe('With format=csv, 1 starts the file with a UTF-8 byte order mark (for spreadsheets that need one). Default 0.');
const idList = (what: string, example: string) =>
  z
    .string()
    .max(MAX_PARAM_LENGTH)
    .regex(new RegExp(`^${SLUG_PATTERN}(?:~${SLUG_PATTERN}){0,${MAX_LIST_IDS - 1}}$`))
    .describe(
      `${what} ids separated by "~", as in the site's permalinks (e.g. ${example}); at most ${MAX_LIST_IDS} ids and ${MAX_PARAM_LENGTH} characters. Unknown ids give a 404 that lists them.`,
    );
const idParam = (what: string) =>
  z
    .string()
    .max(MAX_PARAM_LENGTH)
    .regex(SLUG)
    .describe(`The ${what}'s id (lowercase letters and digits, "-" or "." between them).`);

// ---------------------------------------------------------------- shared fields

export const Thinking = z.enum(['on', 'off']);
export const Availability = z.enum(['api', 'weights', 'chat']);
export const BenchmarkUnit = z.enum(['%', 'score', 'elo']);
export const PriceUnit = z.enum(['per-1m-tokens', 'per-1m-tokens-hour']);
const precision = Precision.describe('Weights precision.');

const Nullable = <T extends z.ZodType>(schema: T, description: string) => schema.nullable().describe(description);
const exactness = Exactness.describe(
  'How exactly the source states the number: exact; approx ("~65%"); range (value to upper); lower-bound ("100+").',
);
const upper = Nullable(z.number(), 'The upper end when exactness is range; otherwise null.');
const text = Nullable(z.string(), 'The source\'s own wording when it is not a plain exact number ("~65%"); otherwise null.');
const sourceId = z.string().regex(SLUG).describe('The id of the source the value was read in (see /api/v1/sources).');
const sourceUrl = Nullable(z.string(), "The source's http(s) address; null for a document with no public address.");
const sourceTitle = z.string().describe("The source's title.");
const locator = Nullable(z.string(), 'Where in the source: "Table 3", a chart\'s file name, a row of a price list.');
const note = Nullable(z.string(), 'A remark on this value (a correction, a caveat); null when there is none.');
const preferred = z.boolean().describe('Marked in the data as the value to show when several rows answer the same question.');
const disputed = z.boolean().describe('Kept for the record but believed wrong: never preferred, never charted.');
const isHeadline = z.boolean().describe('The one value the site shows for this question.');
const hasConflict = z.boolean().describe('Other sources give a different value for the same question.');
const partialDate = (description: string) => Nullable(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), description);

export const ErrorBody = component(
  'Error',
  'An error answer. 400: a bad parameter (unknown, repeated, oversized, malformed; param names it). 404: an unknown id, data version or path. 405: a method other than GET, HEAD and OPTIONS.',
  z.strictObject({
    error: z
      .strictObject({
        status: z.literal([400, 404, 405]).describe('The HTTP status, repeated.'),
        message: z.string().describe('What was wrong, in English.'),
        param: z.string().optional().describe('The parameter at fault, when one is.'),
      })
      .describe('What went wrong.'),
  }),
);

const list = <T extends z.ZodType>(row: T) =>
  z.strictObject({
    version: z.string().regex(VERSION_ID).describe('The data version the rows come from.'),
    data: z.array(row).describe('The rows.'),
  });
const one = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    version: z.string().regex(VERSION_ID).describe('The data version the item comes from.'),
    data: item.describe('The item.'),
  });

// ---------------------------------------------------------------- the front door and the document

export const ApiIndex = component(
  'ApiIndex',
  "The API's front door: where each resource lives and where its description is.",
  z.strictObject({
    name: z.string().describe("The API's name."),
    documentation: z.string().describe('The readable documentation page.'),
    openapi: z.string().describe('This OpenAPI document.'),
    endpoints: z.array(z.string()).describe('Every route of /api/v1, path parameters written {id}.'),
  }),
);
route({
  path: '/api/v1',
  summary: 'The front door',
  description: 'Where each resource lives and where the description is.',
  versioned: false,
  body: ApiIndex,
  examples: ['/api/v1'],
});

export const OpenApiDocument = component(
  'OpenApiDocument',
  'This OpenAPI 3.1 document.',
  z.looseObject({
    openapi: z
      .string()
      .regex(/^3\.1\.\d+$/)
      .describe('The OpenAPI version.'),
  }),
);
route({
  path: '/api/v1/openapi.json',
  summary: 'This description',
  description: 'The OpenAPI 3.1 document of /api/v1, generated from the schemas the handlers build their answers with.',
  versioned: false,
  body: OpenApiDocument,
  examples: ['/api/v1/openapi.json'],
});

// ---------------------------------------------------------------- versions

export const VERSION_COLUMNS = ['id', 'date', 'title', 'summary', 'latest'] as const;
export const VersionRow = component(
  'Version',
  'A data version: a complete snapshot of the data, immutable once published.',
  z.strictObject({
    id: z.string().regex(VERSION_ID).describe('The version id, YYYY-MM: the value of v.'),
    date: z.string().describe('When the snapshot was taken.'),
    title: z.string().describe('A short title.'),
    summary: z.string().describe('What changed.'),
    latest: z.boolean().describe('The version answered when v is omitted.'),
  }),
);
export const VersionList = component('VersionList', 'Data versions, oldest first.', list(VersionRow));
route({
  path: '/api/v1/versions',
  summary: 'Data versions, oldest first',
  description: 'Every data version. Each other route takes one as v.',
  versioned: false,
  body: VersionList,
  csv: VERSION_COLUMNS,
  examples: ['/api/v1/versions', '/api/v1/versions?format=csv'],
});

// ---------------------------------------------------------------- models

export const MODEL_COLUMNS = [
  'id',
  'name',
  'organizationId',
  'organization',
  'family',
  'variantOf',
  'variantKind',
  'openWeights',
  'availability',
  'totalParamsB',
  'activeParamsB',
  'contextWindow',
  'license',
  'releaseDate',
] as const;
export const SpecValueRow = component(
  'SpecValue',
  "A model's headline value for one spec field, with its exactness and source.",
  z.strictObject({
    value: z
      .union([z.number(), z.string()])
      .describe('A number (parameters in billions, lengths in tokens) or text (license, date).'),
    upper,
    exactness,
    text,
    sourceId,
    sourceUrl,
  }),
);
const modelFields = {
  id: z.string().regex(SLUG).describe("The model's id."),
  name: z.string().describe('Its name.'),
  organizationId: z.string().regex(SLUG).describe("The maker's id."),
  organization: z.string().describe("The maker's name."),
  family: z.string().regex(SLUG).describe('The family grouping its checkpoints and variants, e.g. glm-4.5.'),
  variantOf: Nullable(z.string().regex(SLUG), 'The model this one is a variant of; null for a base model.'),
  variantKind: Nullable(VariantKind, 'What kind of variant it is; null for a base model.'),
  openWeights: z.boolean().describe('Whether its weights are published.'),
  availability: z.array(Availability).describe('Where it can be used, as its sources state it.'),
  specs: z
    .partialRecord(SpecField, SpecValueRow)
    .describe(
      'Headline spec values by field (total-params, active-params, context-window, license, release-date, …); a field no source gives is absent.',
    ),
};
export const ModelRow = component('Model', 'A model with its headline specs.', z.strictObject(modelFields));
export const ModelList = component('ModelList', 'Models.', list(ModelRow));
route({
  path: '/api/v1/models',
  summary: 'Models with their headline specs',
  description:
    "Every model of the version, or those listed. CSV flattens the headline specs to totalParamsB, activeParamsB, contextWindow, license and releaseDate (the source's wording when a value is not exact).",
  versioned: true,
  query: { models: idList('Model', 'glm-4.5~glm-4.6') },
  body: ModelList,
  csv: MODEL_COLUMNS,
  examples: ['/api/v1/models', '/api/v1/models?models=glm-4.5-air~glm-4.6', '/api/v1/models?models=glm-4.5-air&format=csv'],
});

// ---------------------------------------------------------------- scores

export const SCORE_COLUMNS = [
  'modelId',
  'benchmarkId',
  'value',
  'upper',
  'exactness',
  'text',
  'thinking',
  'tools',
  'harness',
  'metric',
  'window',
  'context',
  'opponent',
  'effort',
  'variant',
  'preferred',
  'disputed',
  'isHeadline',
  'hasConflict',
  'sourceId',
  'sourceTitle',
  'sourceUrl',
  'locator',
  'note',
] as const;
export const ScoreSettingsRow = component(
  'ScoreSettings',
  'The conditions a score was measured under; null where the source does not say.',
  z.strictObject({
    thinking: Nullable(Thinking, 'Thinking (reasoning) mode on or off.'),
    tools: Nullable(z.boolean(), 'Whether the model could use tools.'),
    harness: Nullable(z.string(), 'The scaffold or agent framework: "OpenHands", "Terminus".'),
    metric: Nullable(z.string(), 'How the number is aggregated: "pass@1", "avg@32", "win rate".'),
    window: Nullable(z.string(), 'Benchmark version or date window: "v6", "2408-2505".'),
    context: Nullable(z.string(), 'The context limit the evaluation ran under: "128K".'),
    opponent: Nullable(z.string().regex(SLUG), 'The model a win rate is measured against.'),
    effort: Nullable(z.string(), 'Reasoning effort or budget when the source names one: "high".'),
  }),
);
export const ScoreRow = component(
  'Score',
  'One sourced score of a model on a benchmark, with its settings.',
  z.strictObject({
    modelId: z.string().regex(SLUG).describe('The model.'),
    benchmarkId: z.string().regex(SLUG).describe('The benchmark.'),
    value: z.number().describe("The score in the benchmark's unit (see /api/v1/benchmarks)."),
    upper,
    exactness,
    text,
    settings: ScoreSettingsRow,
    variant: z.string().describe('The setting variant this row belongs to (rows of one variant are like for like).'),
    preferred,
    disputed,
    isHeadline,
    hasConflict,
    sourceId,
    sourceUrl,
    sourceTitle,
    locator,
    note,
  }),
);
export const ScoreList = component('ScoreList', 'Score rows.', list(ScoreRow));
route({
  path: '/api/v1/scores',
  summary: 'Score rows, each with its settings, exactness and source',
  description: 'Every score of the version, or those of the listed models and benchmarks. CSV flattens settings into columns.',
  versioned: true,
  query: {
    models: idList('Model', 'glm-4.5~glm-4.6'),
    benchmarks: idList('Benchmark', 'swe-bench-verified~hle'),
    headline: z.enum(['true', 'false']).describe('true: only the value shown for each model and benchmark. Default false.'),
  },
  body: ScoreList,
  csv: SCORE_COLUMNS,
  examples: [
    '/api/v1/scores?models=glm-4.5~glm-4.6&benchmarks=swe-bench-verified~hle',
    '/api/v1/scores?models=kimi-k2&format=csv',
    '/api/v1/scores?benchmarks=hle&headline=true&v=2025-10',
  ],
});

// The fields of a GPU requirement, in a model's own answer and in /api/v1/hardware alike.
const profile = z
  .enum(['standard', 'full-context'])
  .describe("standard: the source's typical serving set-up; full-context: the whole context window.");
const gpuId = Nullable(z.string().regex(SLUG), 'The GPU, when the requirement is a GPU count.');
const count = Nullable(z.number().int(), 'How many of that GPU.');
const memoryGb = Nullable(z.number(), 'A memory budget in GB, when the requirement is one instead of a GPU count.');
const condition = Nullable(z.string(), 'Serving conditions the source names: "batch size up to 8".');

export const ModelHardwareRow = component(
  'ModelHardware',
  "A published GPU requirement, as listed on a model's own answer.",
  z.strictObject({
    precision,
    profile,
    gpuId,
    count,
    memoryGb,
    upper,
    exactness,
    text,
    condition,
    sourceId,
    sourceUrl,
  }),
);
export const ModelDetail = component(
  'ModelDetail',
  'One model with every score and hardware row.',
  one(
    z.strictObject({
      ...modelFields,
      scores: z.array(ScoreRow).describe('Every score of the model.'),
      hardware: z.array(ModelHardwareRow).describe('Every published GPU requirement of the model.'),
    }),
  ),
);
route({
  path: '/api/v1/models/{id}',
  summary: 'One model with every score and hardware row',
  description: 'JSON only: its scores as CSV are /api/v1/scores?models=<id>&format=csv.',
  pathParams: { id: idParam('model') },
  versioned: true,
  body: ModelDetail,
  examples: ['/api/v1/models/glm-4.6'],
});

// ---------------------------------------------------------------- benchmarks

export const BENCHMARK_COLUMNS = ['id', 'name', 'category', 'unit', 'higherIsBetter', 'description', 'url', 'parentId'] as const;
const benchmarkFields = {
  id: z.string().regex(SLUG).describe("The benchmark's id."),
  name: z.string().describe('Its name.'),
  category: BenchmarkCategory.describe('What it measures.'),
  unit: BenchmarkUnit.describe('% (0-100), score (a unitless index) or elo (a rating).'),
  higherIsBetter: z.boolean().describe('Whether a higher value is better.'),
  description: z.string().describe('What the benchmark is.'),
  url: Nullable(z.string(), 'Its home page.'),
  parentId: Nullable(z.string().regex(SLUG), 'The benchmark this one is part of, e.g. tau-bench for tau-bench-retail.'),
};
export const BenchmarkRow = component('Benchmark', 'A benchmark.', z.strictObject(benchmarkFields));
export const BenchmarkList = component('BenchmarkList', 'Benchmarks.', list(BenchmarkRow));
route({
  path: '/api/v1/benchmarks',
  summary: 'Benchmarks',
  description: 'Every benchmark of the version.',
  versioned: true,
  body: BenchmarkList,
  csv: BENCHMARK_COLUMNS,
  examples: ['/api/v1/benchmarks', '/api/v1/benchmarks?format=csv'],
});
export const BenchmarkDetail = component(
  'BenchmarkDetail',
  'One benchmark with every score.',
  one(z.strictObject({ ...benchmarkFields, scores: z.array(ScoreRow).describe('Every score on the benchmark.') })),
);
route({
  path: '/api/v1/benchmarks/{id}',
  summary: 'One benchmark with every score',
  description: 'JSON only: its scores as CSV are /api/v1/scores?benchmarks=<id>&format=csv.',
  pathParams: { id: idParam('benchmark') },
  versioned: true,
  body: BenchmarkDetail,
  examples: ['/api/v1/benchmarks/swe-bench-verified'],
});

// ---------------------------------------------------------------- prices

export const PRICE_COLUMNS = [
  'modelId',
  'providerId',
  'providerName',
  'kind',
  'value',
  'upper',
  'exactness',
  'text',
  'currency',
  'unit',
  'condition',
  'asOf',
  'contextTokens',
  'preferred',
  'disputed',
  'isHeadline',
  'hasConflict',
  'sourceId',
  'sourceTitle',
  'sourceUrl',
  'sourcePublished',
  'sourceRetrieved',
  'locator',
  'note',
] as const;
export const PriceRow = component(
  'Price',
  'An API price of a model at one provider.',
  z.strictObject({
    modelId: z.string().regex(SLUG).describe('The model.'),
    providerId: z.string().regex(SLUG).describe('The organization selling access.'),
    providerName: z.string().describe("The seller's name. A third-party host's price is never the lab's list price."),
    kind: PriceKind.describe('What is priced: input, cached-input or output tokens, or cache storage.'),
    value: z.number().min(0).describe('The price in currency per unit.'),
    upper,
    exactness,
    text,
    currency: Currency.describe('The currency.'),
    unit: PriceUnit.describe('Per million tokens; cache storage per million tokens per hour.'),
    condition: Nullable(z.string(), 'When the price applies: "input up to 32K tokens", "off-peak hours".'),
    asOf: partialDate('When the price was read or published (YYYY, YYYY-MM or YYYY-MM-DD).'),
    contextTokens: Nullable(
      z.number().int().positive(),
      'The context window this seller serves, in tokens, when its source says.',
    ),
    preferred,
    disputed,
    isHeadline,
    hasConflict,
    sourceId,
    sourceUrl,
    sourceTitle,
    sourcePublished: partialDate('When the source was published, when known.'),
    sourceRetrieved: Nullable(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), 'When the source was read (YYYY-MM-DD).'),
    locator,
    note,
  }),
);
export const PriceList = component('PriceList', 'Price rows.', list(PriceRow));
route({
  path: '/api/v1/prices',
  summary: 'API prices per 1M tokens, in the currency listed',
  description: 'Every price of the version, or those of the listed models.',
  versioned: true,
  query: { models: idList('Model', 'glm-4.5~glm-4.6') },
  body: PriceList,
  csv: PRICE_COLUMNS,
  examples: ['/api/v1/prices?models=glm-4.6~kimi-k2', '/api/v1/prices?models=glm-4.6~kimi-k2&format=csv'],
});

// ---------------------------------------------------------------- hardware

export const HARDWARE_COLUMNS = [
  'modelId',
  'precision',
  'profile',
  'gpuId',
  'gpuName',
  'gpuMemoryGb',
  'count',
  'memoryGb',
  'upper',
  'exactness',
  'text',
  'condition',
  'sourceId',
  'sourceTitle',
  'sourceUrl',
  'locator',
  'note',
] as const;
export const HardwareRow = component(
  'Hardware',
  'A published GPU requirement of a model: a GPU count or a memory budget.',
  z.strictObject({
    modelId: z.string().regex(SLUG).describe('The model.'),
    precision,
    profile,
    gpuId,
    gpuName: Nullable(z.string(), "The GPU's name."),
    gpuMemoryGb: Nullable(z.number(), "The GPU's memory in GB."),
    count,
    memoryGb,
    upper,
    exactness,
    text,
    condition,
    sourceId,
    sourceUrl,
    sourceTitle,
    locator,
    note,
  }),
);
export const HardwareList = component('HardwareList', 'GPU requirements.', list(HardwareRow));
route({
  path: '/api/v1/hardware',
  summary: 'Published GPU requirements',
  description: 'Every requirement of the version, or those of the listed models.',
  versioned: true,
  query: { models: idList('Model', 'glm-4.5~glm-4.6') },
  body: HardwareList,
  csv: HARDWARE_COLUMNS,
  examples: ['/api/v1/hardware?models=glm-4.6', '/api/v1/hardware?models=glm-4.6&format=csv'],
});

// ---------------------------------------------------------------- sources

export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'url', 'kind', 'published', 'retrieved'] as const;
export const SourceRow = component(
  'Source',
  'A document values were read in.',
  z.strictObject({
    id: z.string().regex(SLUG).describe("The source's id (sourceId on the rows read in it)."),
    title: z.string().describe('Its title.'),
    publisher: z.string().describe('Who published it.'),
    url: sourceUrl,
    kind: SourceKind.describe('What kind of document it is.'),
    published: partialDate('When it was published (YYYY, YYYY-MM or YYYY-MM-DD), when known.'),
    retrieved: Nullable(
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      'When it was read (YYYY-MM-DD), for undated pages such as price lists.',
    ),
  }),
);
export const SourceList = component('SourceList', 'Sources.', list(SourceRow));
route({
  path: '/api/v1/sources',
  summary: 'Sources',
  description: 'Every source of the version.',
  versioned: true,
  body: SourceList,
  csv: SOURCE_COLUMNS,
  examples: ['/api/v1/sources', '/api/v1/sources?format=csv'],
});

// ---------------------------------------------------------------- plans

export const PLAN_COLUMNS = [
  'id',
  'providerId',
  'name',
  'price',
  'upper',
  'exactness',
  'currency',
  'display',
  'billing',
  'quota',
  'models',
  'modelsText',
  'asOf',
  'sourceId',
  'sourceTitle',
  'sourceUrl',
  'locator',
  'note',
] as const;
export const PlanRow = component(
  'Plan',
  'A subscription plan (a coding plan, a chat subscription).',
  z.strictObject({
    id: z.string().regex(SLUG).describe("The plan's id."),
    providerId: z.string().regex(SLUG).describe('The organization selling it.'),
    name: z.string().describe('Its name.'),
    price: Nullable(z.number().min(0), 'The price per month in currency; null when the source gives none (see display).'),
    upper,
    exactness,
    currency: Currency.describe('The currency.'),
    display: z.string().describe("The price as the site prints it, or the source's wording."),
    billing: Nullable(z.string(), 'How it is billed: "monthly", "quarterly".'),
    quota: z.string().describe('What the plan allows.'),
    models: z.array(z.string().regex(SLUG)).describe('The tracked models it includes (CSV: separated by spaces).'),
    modelsText: z.string().describe("The source's list of models, which may name models this dataset does not track."),
    asOf: partialDate('When the plan was read or published.'),
    sourceId,
    sourceUrl,
    sourceTitle,
    locator,
    note,
  }),
);
export const PlanList = component('PlanList', 'Subscription plans.', list(PlanRow));
route({
  path: '/api/v1/plans',
  summary: 'Subscription plans',
  description: 'Every plan of the version.',
  versioned: true,
  body: PlanList,
  csv: PLAN_COLUMNS,
  examples: ['/api/v1/plans', '/api/v1/plans?format=csv&bom=1'],
});

// ---------------------------------------------------------------- like-for-like comparison

const settingValue = Nullable(z.string(), 'The stated value; null when the basis leaves it unstated.');
export const CompareSettings = z
  .strictObject({
    thinking: settingValue.optional(),
    effort: settingValue.optional(),
    tools: Nullable(z.boolean(), 'With tools (true), without (false), or not stated (null).').optional(),
    harness: settingValue.optional(),
    metric: settingValue.optional(),
    window: settingValue.optional(),
    subset: settingValue.optional(),
    context: settingValue.optional(),
  })
  .describe('The settings the compared values share (for a shared source: those every one of its values states alike).');
export const CompareBenchmark = component(
  'CompareBenchmark',
  'One benchmark of a like-for-like comparison: which values may be compared, and why.',
  z.strictObject({
    id: z.string().regex(SLUG).describe('The benchmark id.'),
    comparable: z.boolean().describe('At least two of the models have values that may be compared.'),
    reason: z
      .string()
      .describe(
        'Why these values are comparable (one source measured them together, or equal stated settings), or why none are.',
      ),
    basis: Nullable(
      z.string(),
      'The source and chart, or the shared settings, the comparison rests on; null when not comparable.',
    ),
    sourceIds: z.array(z.string().regex(SLUG)).describe('The sources of the values listed.'),
    settings: CompareSettings,
    values: z
      .array(
        z.strictObject({
          model: z.string().regex(SLUG).describe('The model id.'),
          value: z.number().describe("The value, in the benchmark's unit."),
          scoreId: z.string().describe('The score row (see /api/v1/scores).'),
          status: z
            .enum(['compared', 'unpaired', 'excluded', 'not-reported'])
            .describe('compared; unpaired (the only value); excluded (shown with match=all only: measured differently).'),
          reason: z.string().describe("Why this model's value is in or out of the comparison."),
        }),
      )
      .describe('match=like: the compared values only; match=all: every model’s headline value.'),
  }),
);
export const ComparePair = z.strictObject({
  model: z.string().regex(SLUG).describe('The other model.'),
  leads: z.number().int().describe('Benchmarks where the first model is ahead.'),
  trails: z.number().int().describe('Benchmarks where the other model is ahead.'),
  ties: z.number().int().describe('Benchmarks where the two agree within the values’ exactness.'),
  notComparable: z.number().int().describe('Benchmarks both report but that could not be compared.'),
  medianGapPoints: Nullable(
    z.number(),
    'Median of first − other in percentage points over the compared %-unit benchmarks (positive: the first is ahead).',
  ),
  sentence: z.string().describe('The head-to-head in one sentence.'),
});
export const Comparison = component(
  'Comparison',
  'A like-for-like comparison of models on benchmarks, with the first model’s verdict against the others.',
  z.strictObject({
    match: z.enum(['like', 'all']).describe('like: only comparable values; all: every headline value.'),
    benchmarks: z.array(CompareBenchmark).describe('One entry per requested benchmark, in the requested order.'),
    verdict: Nullable(
      z.strictObject({
        focus: z.string().regex(SLUG).describe('The first model: the one the verdict is about.'),
        sentence: z.string().describe('The verdict in one sentence.'),
        compared: z.number().int().describe('Benchmarks where the first model was compared with others.'),
        leads: z.number().int().describe('Of those, where it is best or tied for best.'),
        notComparable: z.number().int().describe('Benchmarks that could not be compared.'),
        pairs: z.array(ComparePair).describe('The first model against each other model.'),
      }),
      'The verdict; null with fewer than two models.',
    ),
  }),
);
export const CompareAnswer = component(
  'CompareDetail',
  'The answer of /api/v1/compare.',
  z.strictObject({ version: z.string().regex(VERSION_ID).describe('The data version.'), data: Comparison }),
);
route({
  path: '/api/v1/compare',
  summary: 'Like-for-like comparison',
  description:
    'Per benchmark, the values the models may be compared on: measured together in one source, else under equal stated settings; otherwise not comparable, with the reason. Unknown ids are a 400 that names them.',
  query: {
    models: idList('Model', 'glm-4.6~kimi-k2-0905'),
    benchmarks: idList('Benchmark', 'swe-bench-verified~hle'),
    match: z.enum(['like', 'all']).describe('like (default): only comparable values; all: every headline value.'),
  },
  versioned: true,
  body: CompareAnswer,
  examples: [
    '/api/v1/compare?models=glm-4.6~kimi-k2-0905~deepseek-v3.2-exp&benchmarks=swe-bench-verified~hle~terminal-bench&v=2026-12',
    '/api/v1/compare?models=glm-4.6~kimi-k2&benchmarks=hle&match=all',
  ],
});

// ---------------------------------------------------------------- cost of use

export const COST_COLUMNS = [
  'way',
  'providerId',
  'providerName',
  'isLab',
  'planId',
  'name',
  'currency',
  'inputPrice',
  'cachedInputPrice',
  'outputPrice',
  'contextTokens',
  'monthlyLow',
  'monthlyHigh',
  'monthlyExactness',
  'monthlyDisplay',
  'missing',
  'cachedAtInputPrice',
  'quota',
  'billing',
  'gpuId',
  'gpus',
  'precision',
  'gpuHourPrice',
  'throughputTps',
  'deployments',
  'sourceIds',
  'sourceUrls',
] as const;

const costNumber = z
  .string()
  .max(40)
  .regex(/^\d+(\.\d+)?$/);
const costCell = (description: string) =>
  z.union([z.string(), z.number(), z.boolean()]).nullable().optional().describe(description);
export const CostWay = component(
  'CostWay',
  'One way of buying a model for a workload: a seller’s API, a coding-plan tier, or self-hosting.',
  z.strictObject({
    way: z
      .enum(['api', 'plan', 'self-host'])
      .describe('api: a seller’s per-token price; plan: a subscription tier; self-host: rented GPUs.'),
    providerId: costCell('The seller or plan provider.'),
    providerName: costCell('Its name; a third-party host is never the lab’s list price.'),
    isLab: costCell('The seller is the model’s own lab.'),
    planId: costCell('The plan, for a plan row.'),
    name: costCell('A plan’s name, or the GPUs of a self-hosting row.'),
    currency: costCell('The currency of the prices and totals.'),
    inputPrice: costCell('Per 1M input tokens.'),
    cachedInputPrice: costCell('Per 1M cached input tokens.'),
    outputPrice: costCell('Per 1M output tokens.'),
    contextTokens: costCell('The context window served, in tokens, when the source says.'),
    monthlyLow: costCell('The monthly total (its lower end when the inputs are ranges).'),
    monthlyHigh: costCell('Its upper end; null when unbounded.'),
    monthlyExactness: costCell('exact, approx, range or lower-bound.'),
    monthlyDisplay: costCell('The total as the page prints it.'),
    missing: costCell('What is missing for a total (a price kind, a throughput).'),
    cachedAtInputPrice: costCell('Cached tokens were charged at the input price (no cached price listed).'),
    quota: costCell('A plan’s quota, in its source’s words.'),
    billing: costCell('How a plan is billed.'),
    gpuId: costCell('The GPU of a self-hosting row.'),
    gpus: costCell('How many GPUs one deployment needs.'),
    precision: costCell('The weights precision assumed.'),
    gpuHourPrice: costCell('The GPU-hour price given in the request (none from a source).'),
    throughputTps: costCell('The throughput given in the request, tokens per second per deployment.'),
    deployments: costCell('Deployments needed for the workload.'),
    sourceIds: costCell('The sources of the prices, separated by spaces.'),
    sourceUrls: costCell('Their addresses, separated by spaces.'),
  }),
);
export const CostTable = component(
  'CostTable',
  'The monthly cost of each way of buying one model for one workload, the cheapest way and the break-even workload (the table /pricing shows).',
  z.strictObject({
    model: z
      .strictObject({
        id: z.string().regex(SLUG).describe('The model id.'),
        name: z.string().describe('Its name.'),
        organizationId: z.string().regex(SLUG).describe('Its lab.'),
      })
      .describe('The model priced.'),
    workload: z.looseObject({}).describe('The workload as understood: tokens per day and per month, cache share, days.'),
    ways: z.array(CostWay).describe('Every way of buying the model, each with its sources.'),
    cheapest: z.looseObject({}).nullable().describe('The cheapest priced way in USD; null when none can be priced.'),
    breakEven: z
      .looseObject({})
      .nullable()
      .describe('The workload at which self-hosting costs the same as the cheapest API; null without a throughput.'),
    selfHostMissing: Nullable(z.string(), 'Why there is no self-hosting line, when there is none.'),
  }),
);
export const CostAnswer = component(
  'CostDetail',
  'The answer of /api/v1/cost.',
  z.strictObject({ version: z.string().regex(VERSION_ID).describe('The data version.'), data: CostTable }),
);
route({
  path: '/api/v1/cost',
  summary: 'Cost of use for a workload',
  description:
    'Monthly cost of one model for a workload: every seller’s API, each coding-plan tier and self-hosting on the planner’s GPUs. in/out without per count a month. A malformed value or an unknown id is a 400 that names it.',
  query: {
    model: idParam('model').optional(),
    in: costNumber.describe('Input tokens in millions, per `per`.'),
    out: costNumber.describe('Output tokens in millions, per `per`.'),
    per: z.enum(['day', 'month']).describe('What in and out count: a day or a month (default month).'),
    cache: costNumber.describe('Share of input served from cache, 0–100.'),
    days: costNumber.describe('Days a month the workload runs.'),
    gpu: idParam('GPU').optional(),
    precision: z.enum(['bf16', 'fp8', 'int8', 'int4']).describe('Weights precision for self-hosting.'),
    ctx: costNumber.describe('Context length in tokens for the GPU planner.'),
    gpuh: costNumber.describe('GPU-hour price in USD (no default: none comes from a source).'),
    tps: costNumber.describe('Throughput per deployment in tokens per second (no default).'),
  },
  versioned: true,
  body: CostAnswer,
  csv: COST_COLUMNS,
  examples: ['/api/v1/cost?model=glm-4.6&in=10&out=2&per=day&cache=50', '/api/v1/cost?model=glm-4.6&format=csv'],
});
