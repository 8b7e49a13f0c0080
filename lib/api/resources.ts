import 'server-only';
import type { CsvValue } from '../csv';
import { getGpus, getHardware } from '../queries/hardware';
import { getModelList } from '../queries/models';
import { getPlans, getPriceViews } from '../queries/prices';
import { getBenchmarks, getScoreViews, type ScoreView } from '../queries/scores';
import { getSourceMap } from '../queries/shared';
import { getVersions, type VersionInfo } from '../queries/versions';
import { ApiError, requireKnown, type ApiQuery } from './respond';

export * from './columns';

/** API row shapes: plain data, the source's id and URL on every sourced row. */

export function versionRows() {
  const all = getVersions();
  const latest = all[all.length - 1]?.id;
  return all.map((v) => ({ id: v.id, date: v.date, title: v.title, summary: v.summary, latest: v.id === latest }));
}

export function modelRows(version: VersionInfo, query?: ApiQuery) {
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
      variantKind: m.variantKind,
      openWeights: m.openWeights,
      availability: m.availability,
      specs: Object.fromEntries(
        Object.entries(m.specs).map(([field, s]) => [
          field,
          {
            value: s.value,
            upper: s.upper,
            exactness: s.exactness,
            text: s.text,
            sourceId: s.source.id,
            sourceUrl: s.source.url,
          },
        ]),
      ),
    }));
}
export function flattenModel(m: ReturnType<typeof modelRows>[number]): Record<string, CsvValue> {
  const spec = (f: string) => {
    const s = (m.specs as Record<string, { value: number | string; exactness: string; text: string | null }>)[f];
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

export function benchmarkRows(version: VersionInfo) {
  return getBenchmarks(version.id);
}

export function scoreRow(s: ScoreView) {
  return {
    modelId: s.modelId,
    benchmarkId: s.benchmarkId,
    value: s.value,
    upper: s.upper,
    exactness: s.exactness,
    text: s.text,
    settings: {
      thinking: s.settings.thinking,
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
export function flattenScore(r: ReturnType<typeof scoreRow>): Record<string, CsvValue> {
  const { settings, ...rest } = r;
  return { ...rest, ...settings };
}

export function scoreRows(version: VersionInfo, query: ApiQuery) {
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

export function priceRows(version: VersionInfo, query: ApiQuery) {
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
      exactness: p.exactness,
      text: p.text,
      currency: p.currency,
      unit: p.unit,
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

export function hardwareRows(version: VersionInfo, query: ApiQuery) {
  const models = query.list('models');
  requireKnown('models', models, new Set(getModelList(version.id).map((m) => m.id)), 'model');
  const gpus = new Map(getGpus(version.id).map((g) => [g.id, g]));
  return getHardware(version.id)
    .filter((h) => !models || models.includes(h.modelId))
    .map((h) => ({
      modelId: h.modelId,
      precision: h.precision,
      profile: h.profile,
      gpuId: h.gpu?.id ?? null,
      gpuName: h.gpu ? (gpus.get(h.gpu.id)?.name ?? null) : null,
      gpuMemoryGb: h.gpu?.memoryGb ?? null,
      count: h.count,
      memoryGb: h.memoryGb,
      upper: h.upper,
      exactness: h.exactness,
      text: h.text,
      condition: h.condition,
      sourceId: h.source.id,
      sourceUrl: h.source.url,
      sourceTitle: h.source.title,
      locator: h.locator,
      note: h.note,
    }));
}

export function sourceRows(version: VersionInfo) {
  return [...getSourceMap(version.id).values()];
}

export function planRows(version: VersionInfo) {
  return getPlans(version.id).map((p) => ({
    id: p.id,
    providerId: p.provider.id,
    name: p.name,
    price: p.price,
    upper: p.upper,
    exactness: p.exactness,
    currency: p.currency,
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
