import 'server-only';
import type { CsvValue } from '../csv';
import { formatCost } from '../cost';
import { getCostAnswer, type CostAnswer } from '../queries/cost';
import { getModelList } from '../queries/models';
import { parseCostState } from '../view-state';
import { ApiError, type ApiQuery } from './respond';
import { COST_COLUMNS } from './schemas';

export { COST_COLUMNS };

/**
 * /api/v1/cost: the table /pricing shows for one model and workload, one row per way of buying
 * it (each seller's API, each coding-plan tier, self-hosting), plus the cheapest way and the
 * break-even workload. Parameters are the page's own (`model`, `in`, `out`, `per`, `cache`,
 * `days`, `gpu`, `precision`, `ctx`, `gpuh`, `tps`, `v`); `in`/`out` without `per` count a month,
 * as /pricing permalinks always have. A malformed value or an unknown id is a 400 that names it.
 */
export const COST_PARAMS = ['model', 'in', 'out', 'per', 'cache', 'days', 'gpu', 'precision', 'ctx', 'gpuh', 'tps'] as const;

export type CostRowOut = Partial<Record<(typeof COST_COLUMNS)[number], CsvValue>>;

function ways(a: CostAnswer): CostRowOut[] {
  const rows: CostRowOut[] = [];
  for (const w of a.apis) {
    const s = w.seller;
    rows.push({
      way: 'api',
      providerId: s.provider.id,
      providerName: s.provider.name,
      isLab: s.isLab,
      currency: s.currency,
      inputPrice: s.input?.value ?? null,
      cachedInputPrice: s.cachedInput?.value ?? null,
      outputPrice: s.output?.value ?? null,
      contextTokens: s.contextTokens,
      monthlyLow: w.monthly.ok ? w.monthly.total.low : null,
      monthlyHigh: w.monthly.ok ? w.monthly.total.high : null,
      monthlyExactness: w.monthly.ok ? w.monthly.exactness : null,
      monthlyDisplay: w.monthly.ok ? formatCost(w.monthly.total, w.monthly.approx, s.currency) : null,
      missing: w.monthly.ok ? null : w.monthly.missing.join(' '),
      cachedAtInputPrice: w.monthly.ok ? w.monthly.cachedAtInputPrice : null,
      sourceIds: w.sources.map((x) => x.id).join(' '),
      sourceUrls: w.sources.map((x) => x.url ?? '').join(' '),
    });
  }
  for (const p of a.plans) {
    rows.push({
      way: 'plan',
      providerId: p.provider.id,
      providerName: p.provider.name,
      planId: p.id,
      name: p.name,
      currency: p.currency,
      monthlyLow: p.price,
      monthlyHigh: p.price === null ? null : (p.upper ?? p.price),
      monthlyExactness: p.price === null ? null : p.exactness,
      monthlyDisplay: p.display,
      quota: p.quota,
      billing: p.billing,
      sourceIds: p.source.id,
      sourceUrls: p.source.url ?? '',
    });
  }
  const h = a.selfHost;
  if (h) {
    const e = h.estimate;
    rows.push({
      way: 'self-host',
      name: `${h.gpus ?? '?'} × ${h.gpu.name}`,
      currency: 'USD',
      contextTokens: h.contextTokens,
      gpuId: h.gpu.id,
      gpus: h.gpus,
      precision: h.precision,
      gpuHourPrice: h.gpuHour,
      throughputTps: h.tps,
      deployments: e.ok ? e.deployments : null,
      monthlyLow: e.ok ? e.monthly.low : null,
      monthlyHigh: e.ok ? e.monthly.high : null,
      monthlyExactness: e.ok ? e.exactness : null,
      monthlyDisplay: e.ok ? formatCost(e.monthly, false, 'USD') : null,
      missing: e.ok ? null : e.missing.join(', '),
      sourceIds: h.gpu.source.id,
      sourceUrls: h.gpu.source.url ?? '',
    });
  }
  return rows;
}

export function costAnswer(query: ApiQuery, versionId: string) {
  const params = new URLSearchParams();
  for (const key of COST_PARAMS) {
    const value = query.get(key);
    if (value !== undefined) params.set(key, value);
  }
  const { state, issues } = parseCostState(params);
  const first = issues[0];
  if (first) throw new ApiError(400, `parameter "${first.param}": "${first.value}" ${first.reason}`, first.param);
  if (state.model && !getModelList(versionId).some((m) => m.id === state.model))
    throw new ApiError(400, `unknown model id: ${state.model}`, 'model');
  const { answer, issues: idIssues } = getCostAnswer(versionId, state);
  const unknown = idIssues[0];
  if (unknown) throw new ApiError(400, `unknown ${unknown.param} id: ${unknown.value}`, unknown.param);
  if (!answer) throw new ApiError(400, 'no model has a price in this data version', 'model');
  return {
    model: { id: answer.model.id, name: answer.model.name, organizationId: answer.model.organization.id },
    workload: answer.workload,
    ways: ways(answer),
    cheapest: answer.cheapest,
    breakEven: answer.breakEven,
    selfHostMissing: answer.selfHostMissing,
  };
}
