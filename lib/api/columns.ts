/** Column order of each API resource's CSV (and the field list the OpenAPI document names). */
export const VERSION_COLUMNS = ['id', 'date', 'title', 'summary', 'latest'] as const;
export const MODEL_COLUMNS = ['id', 'name', 'organizationId', 'organization', 'family', 'variantOf', 'variantKind', 'openWeights', 'availability', 'totalParamsB', 'activeParamsB', 'contextWindow', 'license', 'releaseDate'] as const;
export const BENCHMARK_COLUMNS = ['id', 'name', 'category', 'unit', 'higherIsBetter', 'description', 'url', 'parentId'] as const;
export const SCORE_COLUMNS = [
  'modelId', 'benchmarkId', 'value', 'upper', 'exactness', 'text', 'thinking', 'tools', 'harness', 'metric', 'window', 'context', 'opponent', 'effort',
  'variant', 'preferred', 'disputed', 'isHeadline', 'hasConflict', 'sourceId', 'sourceTitle', 'sourceUrl', 'locator', 'note',
] as const;
export const PRICE_COLUMNS = ['modelId', 'providerId', 'kind', 'value', 'upper', 'exactness', 'text', 'currency', 'unit', 'condition', 'asOf', 'preferred', 'disputed', 'isHeadline', 'hasConflict', 'sourceId', 'sourceTitle', 'sourceUrl', 'locator', 'note'] as const;
export const HARDWARE_COLUMNS = ['modelId', 'precision', 'profile', 'gpuId', 'gpuName', 'gpuMemoryGb', 'count', 'memoryGb', 'upper', 'exactness', 'text', 'condition', 'sourceId', 'sourceTitle', 'sourceUrl', 'locator', 'note'] as const;
export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'url', 'kind', 'published', 'retrieved'] as const;
export const PLAN_COLUMNS = ['id', 'providerId', 'name', 'price', 'upper', 'exactness', 'currency', 'display', 'billing', 'quota', 'models', 'modelsText', 'asOf', 'sourceId', 'sourceTitle', 'sourceUrl', 'locator', 'note'] as const;
