/**
 * The /hardware planner's estimate of how many GPUs hold a model: pure arithmetic, no I/O.
 *
 *   weights  = total parameters × bytes per parameter            (BF16 2, FP8 1, INT8 1, INT4 0.5)
 *   KV cache = 2 × layers × KV heads × head dim × context × bytes  (keys and values, one sequence)
 *   total    = (weights + KV cache) × (1 + overhead)
 *   GPUs     = ceil(total ÷ memory per GPU)
 *
 * Every constant is named here and printed on the page; none was tuned to reproduce a published
 * figure. What the estimate leaves out, and why published counts are higher (they are sized for
 * serving several requests at once), is spelled out in tests/unit/gpu-planner.test.ts, which
 * checks the estimate against every published requirement in the data.
 *
 * Units: parameters in billions, memory in GB of 10^9 bytes, the GPU's memory as its vendor
 * prints it (some vendors mean GiB, which only adds room the estimate does not count on).
 */
import type { PlannerPrecision } from './view-state';

export const BYTES_PER_PARAM: Record<PlannerPrecision, number> = { bf16: 2, fp8: 1, int8: 1, int4: 0.5 };

/**
 * Bytes per cached key or value element. FP8 serving keeps the cache in FP8 too; INT8 and INT4
 * are weight-only quantizations that keep a 16-bit cache.
 */
export const KV_BYTES: Record<PlannerPrecision, number> = { bf16: 2, fp8: 1, int8: 2, int4: 2 };

/** Activations, CUDA graphs and communication buffers, allocator fragmentation: 20% on top of weights + KV cache. */
export const OVERHEAD = 0.2;

export const PRECISION_LABEL: Record<PlannerPrecision, string> = { bf16: 'BF16', fp8: 'FP8', int8: 'INT8', int4: 'INT4' };

/** The precision names hardware rows use in the data, per planner precision. */
export const DATA_PRECISION: Record<PlannerPrecision, string> = { bf16: 'BF16', fp8: 'FP8', int8: 'INT8', int4: 'INT4' };

export interface ArchitectureInput {
  layers?: number | null;
  denseLayers?: number | null;
  moeLayers?: number | null;
  kvHeads?: number | null;
  headDim?: number | null;
  /** The spec field attention-type as the source words it ("GQA", "Multi-head Latent Attention (MLA)"). */
  attentionType?: string | null;
}

export interface PlanInput {
  /** Total parameters in billions; null when the data has none. */
  totalParamsB: number | null;
  precision: PlannerPrecision;
  contextTokens: number;
  gpuMemoryGb: number;
  architecture: ArchitectureInput;
}

export type ArchField = 'layers' | 'kv-heads' | 'head-dim';

export type KvEstimate =
  | {
      ok: true;
      layers: number;
      /** Which spec fields gave the layer count. */
      layersFrom: 'layers' | 'dense+moe';
      kvHeads: number;
      headDim: number;
      bytesPerValue: number;
      /** 2 × layers × KV heads × head dim × bytes. */
      bytesPerToken: number;
      contextTokens: number;
      gb: number;
    }
  | { ok: false; reason: string; missing: ArchField[] };

export type PlanEstimate =
  | { ok: false; reason: string }
  | {
      ok: true;
      totalParamsB: number;
      bytesPerParam: number;
      weightsGb: number;
      kv: KvEstimate;
      /** Weights plus the KV cache when it could be estimated, else weights only. */
      subtotalGb: number;
      overheadGb: number;
      totalGb: number;
      gpuMemoryGb: number;
      /** ceil(total ÷ memory per GPU): the fewest GPUs whose memory holds the total. */
      gpus: number;
      /** The next power of two: tensor-parallel groups are 1, 2, 4, 8, 16… GPUs. */
      typicalGpus: number;
    };

/** Float noise trimmed to 12 significant digits. */
function clean(n: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(12));
}

const positive = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

/**
 * Attention designs that do not cache full keys and values per KV head, so the formula would be
 * wrong for them: Multi-head Latent Attention caches a compressed latent, sparse, linear,
 * sliding-window and hybrid designs cache less or differently.
 */
const NON_STANDARD_ATTENTION = /latent|\bmla\b|sparse|\bdsa\b|linear|sliding|hybrid|mamba/i;

export function kvUnsupportedReason(attentionType: string | null | undefined): string | null {
  if (!attentionType || !NON_STANDARD_ATTENTION.test(attentionType)) return null;
  return `its attention is “${attentionType}”, which does not cache full keys and values for every KV head, so 2 × layers × KV heads × head dim does not describe its cache`;
}

export function weightsGb(totalParamsB: number, precision: PlannerPrecision): number {
  return clean(totalParamsB * BYTES_PER_PARAM[precision]);
}

export function estimateKvCache(arch: ArchitectureInput, precision: PlannerPrecision, contextTokens: number): KvEstimate {
  const unsupported = kvUnsupportedReason(arch.attentionType);
  if (unsupported) return { ok: false, reason: unsupported, missing: [] };
  let layers: number | null = null;
  let layersFrom: 'layers' | 'dense+moe' = 'layers';
  if (positive(arch.layers)) layers = arch.layers;
  else if (positive(arch.denseLayers) && positive(arch.moeLayers)) {
    layers = arch.denseLayers + arch.moeLayers;
    layersFrom = 'dense+moe';
  } else if (arch.denseLayers === 0 && positive(arch.moeLayers)) {
    layers = arch.moeLayers;
    layersFrom = 'dense+moe';
  }
  const missing: ArchField[] = [];
  if (layers === null) missing.push('layers');
  if (!positive(arch.kvHeads)) missing.push('kv-heads');
  if (!positive(arch.headDim)) missing.push('head-dim');
  if (layers === null || !positive(arch.kvHeads) || !positive(arch.headDim)) {
    return { ok: false, reason: `the data has no ${missing.join(', ')} for this model`, missing };
  }
  const bytesPerValue = KV_BYTES[precision];
  const bytesPerToken = 2 * layers * arch.kvHeads * arch.headDim * bytesPerValue;
  return {
    ok: true,
    layers,
    layersFrom,
    kvHeads: arch.kvHeads,
    headDim: arch.headDim,
    bytesPerValue,
    bytesPerToken,
    contextTokens,
    gb: clean((bytesPerToken * contextTokens) / 1e9),
  };
}

export function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** GPUs needed for `totalGb`: ceil, with float noise (160.0000000001 ÷ 80) not counted as a GPU. */
export function gpusFor(totalGb: number, gpuMemoryGb: number): number {
  return Math.max(1, Math.ceil(clean(totalGb / gpuMemoryGb) - 1e-9));
}

export function estimatePlan(input: PlanInput): PlanEstimate {
  if (!positive(input.totalParamsB)) return { ok: false, reason: 'the data has no total parameter count for this model' };
  if (!positive(input.gpuMemoryGb)) return { ok: false, reason: 'the GPU has no memory size in the data' };
  const weights = weightsGb(input.totalParamsB, input.precision);
  const kv = estimateKvCache(input.architecture, input.precision, input.contextTokens);
  const subtotal = clean(weights + (kv.ok ? kv.gb : 0));
  const overhead = clean(subtotal * OVERHEAD);
  const total = clean(subtotal + overhead);
  const gpus = gpusFor(total, input.gpuMemoryGb);
  return {
    ok: true,
    totalParamsB: input.totalParamsB,
    bytesPerParam: BYTES_PER_PARAM[input.precision],
    weightsGb: weights,
    kv,
    subtotalGb: subtotal,
    overheadGb: overhead,
    totalGb: total,
    gpuMemoryGb: input.gpuMemoryGb,
    gpus,
    typicalGpus: nextPowerOfTwo(gpus),
  };
}

/** "12.35 GB", "710 GB", "0.19 MB": at most two decimals, no invented precision beyond the arithmetic. */
export function formatGb(gb: number): string {
  if (gb > 0 && gb < 0.01) return `${(gb * 1000).toLocaleString('en-US', { maximumFractionDigits: 2 })} MB`;
  return `${gb.toLocaleString('en-US', { maximumFractionDigits: 2 })} GB`;
}
