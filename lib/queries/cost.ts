import 'server-only';
import { compareCost, estimateCost, type Bounds, type CostEstimate } from '../cost';
import { estimatePlan, type PlanEstimate } from '../gpu-planner';
import { breakEven, estimateSelfHost, type BreakEven, type SelfHostEstimate } from '../self-host';
import { costVolumes, type CostState, type PlannerPrecision, type ViewIssue } from '../view-state';
import type { GpuView, HardwareView } from './hardware';
import { getModelList } from './models';
import { architectureOf, getPlannerData } from './planner';
import { getPlans, getPriceViews, type PlanView, type PriceView } from './prices';
import { perVersion } from './memo';
import type { OrganizationRef, SourceRef } from './shared';

/**
 * What it costs to use one model, every way of buying it: each seller's API at its listed
 * per-token prices, each coding-plan tier that includes the model, and self-hosting on the GPUs
 * the /hardware planner proposes. The /pricing page and /api/v1/cost show this same table.
 */

/** One seller's unconditioned list prices for a model in one currency (the row a calculator uses). */
export interface SellerPrices {
  modelId: string;
  provider: OrganizationRef;
  /** The seller is the model's own lab: its price is the lab's list price. */
  isLab: boolean;
  currency: string;
  input: PriceView | null;
  cachedInput: PriceView | null;
  output: PriceView | null;
  /** The context window this seller serves, as its price source states it. */
  contextTokens: number | null;
}

/**
 * Every seller's headline price rows with no condition (no tier, off-peak or cache write), per
 * model, per 1M tokens; disputed rows never. The lab first, then other sellers as authored.
 */
export const getSellerPrices = perVersion('sellerPrices', (version): Map<string, SellerPrices[]> => {
  const owner = new Map(getModelList(version).map((m) => [m.id, m.organization.id]));
  const out = new Map<string, SellerPrices[]>();
  for (const p of getPriceViews(version)) {
    if (!p.isHeadline || p.disputed || p.condition !== null || p.unit !== 'per-1m-tokens' || p.kind === 'cache-storage') continue;
    const list = out.get(p.modelId) ?? [];
    if (!out.has(p.modelId)) out.set(p.modelId, list);
    let entry = list.find((e) => e.provider.id === p.provider.id && e.currency === p.currency);
    if (!entry) {
      entry = {
        modelId: p.modelId,
        provider: p.provider,
        isLab: owner.get(p.modelId) === p.provider.id,
        currency: p.currency,
        input: null,
        cachedInput: null,
        output: null,
        contextTokens: null,
      };
      list.push(entry);
    }
    if (p.kind === 'input') entry.input = p;
    else if (p.kind === 'cached-input') entry.cachedInput = p;
    else entry.output = p;
    entry.contextTokens ??= p.contextTokens;
  }
  for (const list of out.values()) list.sort((a, b) => Number(b.isLab) - Number(a.isLab));
  return out;
});

export interface ApiWay {
  seller: SellerPrices;
  monthly: CostEstimate;
  daily: CostEstimate;
  /** The distinct sources of the prices used. */
  sources: SourceRef[];
}

export interface SelfHostWay {
  gpu: GpuView;
  precision: PlannerPrecision;
  contextTokens: number;
  plan: PlanEstimate;
  /** GPUs in one deployment: the planner's tensor-parallel group (a power of two); null without an estimate. */
  gpus: number | null;
  gpuHour: number | null;
  tps: number | null;
  estimate: SelfHostEstimate;
  /** Published requirements for this model, shown beside the estimate. */
  published: HardwareView[];
}

export interface CheapestWay {
  way: 'api' | 'self-host';
  label: string;
  monthly: Bounds;
  exactness: string;
  currency: string;
}

export interface CostAnswer {
  model: { id: string; name: string; organization: OrganizationRef };
  /** Models with at least one seller's price, for the picker. */
  choices: Array<{ id: string; name: string; sellers: number }>;
  workload: {
    inputPerDay: number;
    outputPerDay: number;
    inputPerMonth: number;
    outputPerMonth: number;
    cachePercent: number;
    days: number;
  };
  apis: ApiWay[];
  plans: PlanView[];
  selfHost: SelfHostWay | null;
  /** Why there is no self-hosting line. */
  selfHostMissing: string | null;
  cheapest: CheapestWay | null;
  /** Against the cheapest USD API way. */
  breakEven: (BreakEven & { against: string }) | null;
}

export const DEFAULT_COST_MODEL = 'glm-4.6';

export function getCostAnswer(
  version: string,
  state: CostState,
): { answer: CostAnswer | null; issues: ViewIssue[]; modelId: string | null; gpuId: string | null } {
  const issues: ViewIssue[] = [];
  const models = getModelList(version);
  const sellers = getSellerPrices(version);
  const choices = models
    .filter((m) => (sellers.get(m.id)?.length ?? 0) > 0)
    .map((m) => ({ id: m.id, name: m.name, sellers: new Set(sellers.get(m.id)!.map((s) => s.provider.id)).size }));
  let model = state.model ? models.find((m) => m.id === state.model) : undefined;
  if (state.model && !model)
    issues.push({ param: 'model', value: state.model, reason: 'no model with this id in this data version' });
  model ??= models.find((m) => m.id === DEFAULT_COST_MODEL) ?? models.find((m) => m.id === choices[0]?.id);
  if (!model) return { answer: null, issues, modelId: null, gpuId: null };

  const v = costVolumes(state);
  const monthlyUsage = { inputMillions: v.inputPerMonth, outputMillions: v.outputPerMonth, cachePercent: state.cache };
  const dailyUsage = { inputMillions: v.inputPerDay, outputMillions: v.outputPerDay, cachePercent: state.cache };

  const apis: ApiWay[] = (sellers.get(model.id) ?? [])
    .map((seller) => {
      const sources = new Map<string, SourceRef>();
      for (const p of [seller.input, seller.cachedInput, seller.output]) if (p) sources.set(p.source.id, p.source);
      return {
        seller,
        monthly: estimateCost(seller, monthlyUsage),
        daily: estimateCost(seller, dailyUsage),
        sources: [...sources.values()],
      };
    })
    .sort(
      (a, b) =>
        Number(a.seller.currency !== 'USD') - Number(b.seller.currency !== 'USD') ||
        a.seller.currency.localeCompare(b.seller.currency) ||
        compareCost(a.monthly, b.monthly) ||
        Number(b.seller.isLab) - Number(a.seller.isLab),
    );

  const plans = getPlans(version).filter((p) => p.models.includes(model.id));

  // ---- self-hosting on the planner's GPUs
  const planner = getPlannerData(version);
  const plannerModel = planner.models.find((m) => m.id === model.id);
  let gpu = state.gpu ? planner.gpus.find((g) => g.id === state.gpu) : undefined;
  if (state.gpu && !gpu) issues.push({ param: 'gpu', value: state.gpu, reason: 'no GPU with this id in this data version' });
  gpu ??= planner.gpus[0];
  let selfHost: SelfHostWay | null = null;
  let selfHostMissing: string | null = null;
  if (!model.openWeights) selfHostMissing = `${model.name} has no open weights: it cannot be self-hosted`;
  else if (!plannerModel) selfHostMissing = `the data has no parameter count or published GPU figure for ${model.name}`;
  else if (!gpu) selfHostMissing = 'the data lists no GPU';
  else {
    const total = plannerModel.specs['total-params'];
    const plan = estimatePlan({
      totalParamsB: typeof total?.value === 'number' && !total.disputed ? total.value : null,
      precision: state.precision,
      contextTokens: state.context,
      gpuMemoryGb: gpu.memoryGb,
      architecture: architectureOf(plannerModel),
    });
    const gpus = plan.ok ? plan.typicalGpus : null;
    selfHost = {
      gpu,
      precision: state.precision,
      contextTokens: state.context,
      plan,
      gpus,
      gpuHour: state.gpuHour,
      tps: state.tps,
      estimate: estimateSelfHost({
        gpus: gpus ?? 0,
        gpuHourPrice: state.gpuHour,
        throughputTps: state.tps,
        days: state.days,
        tokensPerDayMillions: v.inputPerDay + v.outputPerDay,
      }),
      published: planner.hardware.filter((h) => h.modelId === model.id),
    };
  }

  // ---- the cheapest way, in USD (CNY prices are never converted, so they are not ranked against it)
  const usdApis = apis.filter((a) => a.seller.currency === 'USD' && a.monthly.ok);
  const bestApi = usdApis[0];
  // the cheapest priced way; ties keep the lab first (sorted above)
  const candidates: CheapestWay[] = [];
  if (bestApi && bestApi.monthly.ok)
    candidates.push({
      way: 'api',
      label: `${bestApi.seller.provider.name} API${bestApi.seller.isLab ? '' : ' (a third-party host)'}`,
      monthly: bestApi.monthly.total,
      exactness: bestApi.monthly.exactness,
      currency: 'USD',
    });
  // Without a throughput the self-hosting figure is only a lower bound: it is not ranked.
  if (selfHost?.estimate.ok && selfHost.estimate.exactness === 'exact')
    candidates.push({
      way: 'self-host',
      label: `self-hosting on ${selfHost.estimate.deployments} × ${selfHost.gpus} ${selfHost.gpu.name}`,
      monthly: selfHost.estimate.monthly,
      exactness: selfHost.estimate.exactness,
      currency: 'USD',
    });
  candidates.sort((a, b) => a.monthly.low - b.monthly.low);
  const cheapest = candidates[0] ?? null;

  const be =
    bestApi && bestApi.daily.ok && selfHost
      ? {
          ...breakEven(bestApi.daily.total, v.inputPerDay + v.outputPerDay, selfHost.estimate),
          against: bestApi.seller.provider.name,
        }
      : null;

  return {
    answer: {
      model: { id: model.id, name: model.name, organization: model.organization },
      choices,
      workload: { ...v, cachePercent: state.cache, days: state.days },
      apis,
      plans,
      selfHost,
      selfHostMissing,
      cheapest,
      breakEven: be,
    },
    issues,
    modelId: model.id,
    gpuId: gpu?.id ?? null,
  };
}
