import 'server-only';
import type { CsvValue } from '../csv';
import { getGpus, getHardware, type HardwareView } from '../queries/hardware';
import { getModelList } from '../queries/models';
import { getPlans, getPriceViews } from '../queries/prices';
import { getBenchmarks, getScoreViews, type ScoreView } from '../queries/scores';
import { getSourceMap } from '../queries/shared';
import { getVersions, type VersionInfo } from '../queries/versions';
import type { z } from 'zod';
import { BenchmarkCategory, Currency, Exactness, Precision, SourceKind, VariantKind } from '../data/schema';
import { ApiError, requireKnown, type ApiQuery } from './respond';
import type {
  BenchmarkRow,
  HardwareRow,
  ModelHardwareRow,
  ModelRow,
  PlanRow,
  PriceRow,
  ScoreRow,
  SourceRow,
  VersionRow,
} from './schemas';
import { Availability, BenchmarkUnit, PriceUnit, Thinking } from './schemas';

export {
  BENCHMARK_COLUMNS,
  HARDWARE_COLUMNS,
  MODEL_COLUMNS,
  PLAN_COLUMNS,
  PRICE_COLUMNS,
  SCORE_COLUMNS,
  SOURCE_COLUMNS,
  VERSION_COLUMNS,
} from './schemas';

/**
 * API rows, each typed by its response schema in ./schemas.ts (the OpenAPI document is generated
 * from the same schemas). The query layer keeps enumerated values as plain strings; `oneOf`
 * narrows them to the schema's enum, and throws (a 500) rather than answer outside the contract.
 */
type Out<T extends z.ZodType> = z.output<T>;

function oneOf<T extends string>(schema: { parse(value: unknown): T }, value: string): T {
  return schema.parse(value);
}

export function versionRows(): Out<typeof VersionRow>[] {
  const all = getVersions();
  const latest = all[all.length - 1]?.id;
  return all.map((v) => ({ id: v.id, date: v.date, title: v.title, summary: v.summary, latest: v.id === latest }));
}

export function modelRows(version: VersionInfo, query?: ApiQuery): Out<typeof ModelRow>[] {
  const models = getModelList(version.id);
  const ids = query?.list('models');
  requireKnown('models', ids, new Set(models.map((m) => m.id)), 'model');
  return models
    .filter((m) => !ids || ids.includes(m.id))
    .map((m) => ({
      id: m.id,
      name: m.name,
      organizationId: m.organization.id,
      organization: m.organization.name,
      family: m.family,
      variantOf: m.variantOf,
      variantKind: m.variantKind === null ? null : oneOf(VariantKind, m.variantKind),
      openWeights: m.openWeights,
      availability: m.availability.map((a) => oneOf(Availability, a)),
      specs: Object.fromEntries(
        Object.entries(m.specs).map(([field, s]) => [
          field,
          {
            value: s.value,
            upper: s.upper,
            exactness: oneOf(Exactness, s.exactness),
            text: s.text,
            sourceId: s.source.id,
            sourceUrl: s.source.url,
          },
        ]),
      ),
    }));
}
export function flattenModel(m: Out<typeof ModelRow>): Record<string, CsvValue> {
  const spec = (f: keyof Out<typeof ModelRow>['specs']) => {
    const s = m.specs[f];
    if (!s) return null;
    return s.exactness !== 'exact' && s.text ? s.text : s.value;
  };
  const { specs: _specs, ...flat } = m;
  return {
    ...flat,
    availability: m.availability.join(' '),
    totalParamsB: spec('total-params'),
    activeParamsB: spec('active-params'),
    contextWindow: spec('context-window'),
    license: spec('license'),
    releaseDate: spec('release-date'),
  };
}

export function benchmarkRows(version: VersionInfo): Out<typeof BenchmarkRow>[] {
  return getBenchmarks(version.id).map((b) => ({
    ...b,
    category: oneOf(BenchmarkCategory, b.category),
    unit: oneOf(BenchmarkUnit, b.unit),
  }));
}

export function scoreRow(s: ScoreView): Out<typeof ScoreRow> {
  return {
    modelId: s.modelId,
    benchmarkId: s.benchmarkId,
    value: s.value,
    upper: s.upper,
    exactness: oneOf(Exactness, s.exactness),
    text: s.text,
    settings: {
      thinking: s.settings.thinking === null ? null : oneOf(Thinking, s.settings.thinking),
      tools: s.settings.tools,
      harness: s.settings.harness,
      metric: s.settings.metric,
      window: s.settings.window,
      context: s.settings.context,
      opponent: s.settings.opponent?.id ?? null,
      effort: s.settings.effort,
    },
    variant: s.variant,
    preferred: s.preferred,
    disputed: s.disputed,
    isHeadline: s.isHeadline,
    hasConflict: s.hasConflict,
    sourceId: s.source.id,
    sourceUrl: s.source.url,
    sourceTitle: s.source.title,
    locator: s.locator,
    note: s.note,
  };
}
export function flattenScore(r: Out<typeof ScoreRow>): Record<string, CsvValue> {
  const { settings, ...rest } = r;
  return { ...rest, ...settings };
}

export function scoreRows(version: VersionInfo, query: ApiQuery): Out<typeof ScoreRow>[] {
  const models = query.list('models');
  const benchmarks = query.list('benchmarks');
  requireKnown('models', models, new Set(getModelList(version.id).map((m) => m.id)), 'model');
  requireKnown('benchmarks', benchmarks, new Set(getBenchmarks(version.id).map((b) => b.id)), 'benchmark');
  const headlineOnly = query.get('headline');
  if (headlineOnly !== undefined && headlineOnly !== 'true' && headlineOnly !== 'false') {
    throw new ApiError(400, 'headline must be true or false', 'headline');
  }
  return getScoreViews(version.id, models, benchmarks)
    .filter((s) => headlineOnly !== 'true' || s.isHeadline)
    .map(scoreRow);
}

export function priceRows(version: VersionInfo, query: ApiQuery): Out<typeof PriceRow>[] {
  const models = query.list('models');
  requireKnown('models', models, new Set(getModelList(version.id).map((m) => m.id)), 'model');
  return getPriceViews(version.id)
    .filter((p) => !models || models.includes(p.modelId))
    .map((p) => ({
      modelId: p.modelId,
      providerId: p.provider.id,
      providerName: p.provider.name,
      kind: p.kind,
      value: p.value,
      upper: p.upper,
      exactness: oneOf(Exactness, p.exactness),
      text: p.text,
      currency: oneOf(Currency, p.currency),
      unit: oneOf(PriceUnit, p.unit),
      condition: p.condition,
      asOf: p.asOf,
      contextTokens: p.contextTokens,
      preferred: p.preferred,
      disputed: p.disputed,
      isHeadline: p.isHeadline,
      hasConflict: p.hasConflict,
      sourceId: p.source.id,
      sourceUrl: p.source.url,
      sourceTitle: p.source.title,
      sourcePublished: p.source.published,
      sourceRetrieved: p.source.retrieved,
      locator: p.locator,
      note: p.note,
    }));
}

/** The fields of a GPU requirement that /api/v1/hardware and a model's own answer share. */
function hardwareRequirement(h: HardwareView): Out<typeof ModelHardwareRow> {
  return {
    precision: oneOf(Precision, h.precision),
    profile: h.profile,
    gpuId: h.gpu?.id ?? null,
    count: h.count,
    memoryGb: h.memoryGb,
    upper: h.upper,
    exactness: oneOf(Exactness, h.exactness),
    text: h.text,
    condition: h.condition,
    sourceId: h.source.id,
    sourceUrl: h.source.url,
  };
}

export function hardwareRows(version: VersionInfo, query: ApiQuery): Out<typeof HardwareRow>[] {
  const models = query.list('models');
  requireKnown('models', models, new Set(getModelList(version.id).map((m) => m.id)), 'model');
  const gpus = new Map(getGpus(version.id).map((g) => [g.id, g]));
  return getHardware(version.id)
    .filter((h) => !models || models.includes(h.modelId))
    .map((h) => {
      // Split so that the JSON keeps its documented field order (the GPU's name and memory after its id).
      const { precision, profile, gpuId, ...rest } = hardwareRequirement(h);
      return {
        modelId: h.modelId,
        precision,
        profile,
        gpuId,
        gpuName: h.gpu ? (gpus.get(h.gpu.id)?.name ?? null) : null,
        gpuMemoryGb: h.gpu?.memoryGb ?? null,
        ...rest,
        sourceTitle: h.source.title,
        locator: h.locator,
        note: h.note,
      };
    });
}

export function sourceRows(version: VersionInfo): Out<typeof SourceRow>[] {
  return [...getSourceMap(version.id).values()].map((s) => ({ ...s, kind: oneOf(SourceKind, s.kind) }));
}

/** A model's own hardware rows (GET /api/v1/models/{id}). */
export function modelHardwareRows(version: VersionInfo, modelId: string): Out<typeof ModelHardwareRow>[] {
  return getHardware(version.id, modelId).map(hardwareRequirement);
}

export function planRows(version: VersionInfo): Out<typeof PlanRow>[] {
  return getPlans(version.id).map((p) => ({
    id: p.id,
    providerId: p.provider.id,
    name: p.name,
    price: p.price,
    upper: p.upper,
    exactness: oneOf(Exactness, p.exactness),
    currency: oneOf(Currency, p.currency),
    display: p.display,
    billing: p.billing,
    quota: p.quota,
    models: p.models,
    modelsText: p.modelsText,
    asOf: p.asOf,
    sourceId: p.source.id,
    sourceUrl: p.source.url,
    sourceTitle: p.source.title,
    locator: p.locator,
    note: p.note,
  }));
}
