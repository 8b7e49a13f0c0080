/**
 * What self-hosting a model costs a month, and the workload at which it starts to cost less than
 * an API: pure arithmetic, no I/O, shared by /pricing, /api/v1/cost and their tests.
 *
 * A deployment is the GPUs the /hardware planner proposes, rented by the hour and kept on all day:
 *
 *   one deployment a day   = GPUs × GPU-hour price × 24
 *   capacity a day         = throughput (tokens/s, input and output alike) × 86,400
 *   deployments            = ceil(tokens a day ÷ capacity a day), at least 1
 *   monthly cost           = deployments × one deployment a day × days a month
 *
 * No GPU-hour price or throughput is invented: the user gives them. Without a GPU-hour price there
 * is no figure. Without a throughput the figure is a lower bound (one deployment, whether it keeps
 * up is unknown).
 *
 * Break-even, at the workload's own mix of uncached input, cached input and output:
 *
 *   API cost per 1M tokens  k = API cost a day ÷ tokens a day (millions)
 *   break-even tokens a day   = one deployment a day ÷ k
 *
 * Above it one deployment costs less than the API, up to that deployment's capacity. When even a
 * full deployment costs more than the API would for the same tokens (k × capacity < one deployment
 * a day), self-hosting never costs less at this throughput: every added deployment costs the same.
 */
import { clean, type Bounds } from './cost';

export interface SelfHostInput {
  /** GPUs in one deployment (the planner's proposal). */
  gpus: number;
  /** Price of one GPU for one hour; null when the user has not given one. */
  gpuHourPrice: number | null;
  /** Tokens a second one deployment serves, input and output counted alike; null when not given. */
  throughputTps: number | null;
  days: number;
  /** Tokens a day, in millions (input and output). */
  tokensPerDayMillions: number;
}

export type SelfHostEstimate =
  | {
      ok: true;
      deployments: number;
      /** Cost of one deployment for one day. */
      deploymentPerDay: number;
      /** Millions of tokens one deployment serves a day; null without a throughput. */
      capacityPerDayMillions: number | null;
      gpuHoursPerMonth: number;
      monthly: Bounds;
      /** lower-bound without a throughput: one deployment, whether it keeps up is unknown. */
      exactness: 'exact' | 'lower-bound';
    }
  | { ok: false; missing: Array<'gpu-hour price' | 'GPU count'> };

export function estimateSelfHost(input: SelfHostInput): SelfHostEstimate {
  const missing: Array<'gpu-hour price' | 'GPU count'> = [];
  if (!(input.gpus > 0)) missing.push('GPU count');
  if (input.gpuHourPrice === null) missing.push('gpu-hour price');
  if (missing.length > 0 || input.gpuHourPrice === null) return { ok: false, missing };
  const deploymentPerDay = clean(input.gpus * input.gpuHourPrice * 24);
  const capacity = input.throughputTps !== null && input.throughputTps > 0 ? clean((input.throughputTps * 86_400) / 1e6) : null;
  const deployments = capacity === null ? 1 : Math.max(1, Math.ceil(clean(input.tokensPerDayMillions / capacity) - 1e-9));
  const monthly = clean(deployments * deploymentPerDay * input.days);
  return {
    ok: true,
    deployments,
    deploymentPerDay,
    capacityPerDayMillions: capacity,
    gpuHoursPerMonth: clean(deployments * input.gpus * 24 * input.days),
    monthly: { low: monthly, high: capacity === null ? null : monthly },
    exactness: capacity === null ? 'lower-bound' : 'exact',
  };
}

export type BreakEven =
  | {
      kind: 'at';
      /** Tokens a day (millions) at the workload's mix; a range when the API cost is a range. */
      tokensPerDayMillions: Bounds;
      /** Whether one deployment can serve the break-even volume; null without a throughput. */
      withinCapacity: boolean | null;
    }
  | { kind: 'never'; reason: string }
  | { kind: 'unknown'; reason: string };

/**
 * The tokens a day at which one always-on deployment costs what the API does.
 * `apiPerDay` is the API's cost of the workload for one day; `tokensPerDayMillions` its volume.
 */
export function breakEven(apiPerDay: Bounds, tokensPerDayMillions: number, selfHost: SelfHostEstimate): BreakEven {
  if (!selfHost.ok) return { kind: 'unknown', reason: `no self-hosting figure: ${selfHost.missing.join(' and ')} not given` };
  if (!(tokensPerDayMillions > 0)) return { kind: 'unknown', reason: 'the workload has no tokens' };
  const kLow = apiPerDay.low / tokensPerDayMillions;
  const kHigh = apiPerDay.high === null ? null : apiPerDay.high / tokensPerDayMillions;
  if (kLow <= 0 && (kHigh === null || kHigh <= 0)) return { kind: 'never', reason: 'the API is free at this workload' };
  const R = selfHost.deploymentPerDay;
  // A dearer API (kHigh) breaks even sooner: the range runs from R ÷ kHigh to R ÷ kLow.
  const low = clean(R / (kHigh ?? kLow));
  const high = kLow > 0 ? clean(R / kLow) : null;
  const capacity = selfHost.capacityPerDayMillions;
  if (capacity !== null && (kHigh ?? kLow) * capacity < R) {
    return {
      kind: 'never',
      reason: `at this throughput a full deployment (${formatMillions(capacity)} tokens a day) costs more than the API would charge for the same tokens`,
    };
  }
  return {
    kind: 'at',
    tokensPerDayMillions: { low, high },
    withinCapacity: capacity === null ? null : low <= capacity,
  };
}

export function formatMillions(m: number): string {
  return `${m.toLocaleString('en-US', { maximumFractionDigits: 2 })}M`;
}
