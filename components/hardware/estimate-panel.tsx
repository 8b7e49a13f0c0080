import { SourceTip } from '@/components/ui/source-tip';
import { SourceLine } from '@/components/values/source-line';
import { SpecValueCell } from '@/components/values/spec-value';
import { formatNumber, formatTokens } from '@/lib/format';
import { BYTES_PER_PARAM, formatGb, KV_BYTES, OVERHEAD, PRECISION_LABEL, type PlanEstimate } from '@/lib/gpu-planner';
import type { GpuView } from '@/lib/queries/hardware';
import type { PlannerModel, PlannerSpecField } from '@/lib/queries/planner';
import type { PlannerPrecision } from '@/lib/view-state';

const FIELD_NAME: Record<'layers' | 'kv-heads' | 'head-dim', string> = {
  layers: 'layers',
  'kv-heads': 'KV heads',
  'head-dim': 'head dim',
};

function Spec({ model, field }: { model: PlannerModel; field: PlannerSpecField }) {
  return <SpecValueCell value={model.specs[field]} missingReason="not in the data" />;
}

/** The estimate with every step of its arithmetic on screen and every input one tap from its source. */
export function EstimatePanel({
  estimate,
  model,
  gpu,
  precision,
  context,
}: {
  estimate: PlanEstimate;
  model: PlannerModel;
  gpu: GpuView;
  precision: PlannerPrecision;
  context: number;
}) {
  const label = PRECISION_LABEL[precision];
  if (!estimate.ok) {
    return (
      <div className="rounded-md border border-dashed border-border p-3 text-sm" data-testid="estimate">
        <p>
          <span className="mr-2 rounded bg-bg-muted px-1.5 py-0.5 text-[10px] font-semibold tracking-wide uppercase">
            estimate
          </span>
          — <span className="text-fg-muted">No estimate: {estimate.reason}.</span>
        </p>
      </div>
    );
  }
  const kv = estimate.kv;
  const usedSpecs: PlannerSpecField[] = ['total-params'];
  if (kv.ok)
    usedSpecs.push(
      ...(kv.layersFrom === 'layers' ? (['layers'] as const) : (['dense-layers', 'moe-layers'] as const)),
      'kv-heads',
      'head-dim',
    );
  const approxInputs = usedSpecs.some((f) => {
    const v = model.specs[f];
    return v !== undefined && v.exactness !== 'exact';
  });
  const memory = `${formatNumber(gpu.memoryGb)} GB`;
  return (
    <div className="space-y-3 rounded-md border border-dashed border-border p-3 text-sm" data-testid="estimate">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="rounded bg-bg-muted px-1.5 py-0.5 text-[10px] font-semibold tracking-wide uppercase">estimate</span>
        <span className="tabular text-lg font-semibold" data-testid="estimate-gpus">
          {estimate.gpus} × {gpu.name}
        </span>
        <span className="text-xs text-fg-muted">
          memory minimum for one sequence of {formatTokens(context)} tokens; not a published figure
          {approxInputs ? '; uses a value that is approximate in its source' : ''}
        </span>
      </p>
      <ol className="space-y-2" data-testid="estimate-formula">
        <li>
          <span className="font-medium">Weights</span> = total parameters × bytes per parameter ({label}{' '}
          {BYTES_PER_PARAM[precision]})
          <span className="tabular block pl-3">
            = <Spec model={model} field="total-params" /> × {BYTES_PER_PARAM[precision]} ={' '}
            <strong>{formatGb(estimate.weightsGb)}</strong>
          </span>
        </li>
        <li>
          <span className="font-medium">KV cache</span> = 2 × layers × KV heads × head dim × context × bytes (
          {KV_BYTES[precision]} per value at {label})
          {kv.ok ? (
            <span className="tabular block pl-3">
              = 2 ×{' '}
              {kv.layersFrom === 'layers' ? (
                <Spec model={model} field="layers" />
              ) : (
                <>
                  (<Spec model={model} field="dense-layers" /> dense + <Spec model={model} field="moe-layers" /> MoE)
                </>
              )}{' '}
              × <Spec model={model} field="kv-heads" /> × <Spec model={model} field="head-dim" /> × {formatNumber(context)} ×{' '}
              {kv.bytesPerValue} = <strong>{formatGb(kv.gb)}</strong>
              <span className="block text-xs text-fg-muted">
                {formatNumber(kv.bytesPerToken)} bytes per token; each further sequence served at the same time adds another{' '}
                {formatGb(kv.gb)}.
              </span>
            </span>
          ) : (
            <span className="block pl-3 text-fg-muted" data-testid="kv-missing">
              — not estimated: {kv.reason}
              {kv.missing.length > 0 ? ` (needs ${kv.missing.map((f) => FIELD_NAME[f]).join(', ')})` : ''}. The estimate below
              counts the weights only, so it is lower than what serving needs.
            </span>
          )}
        </li>
        <li>
          <span className="font-medium">Overhead</span> = {OVERHEAD * 100}% of (weights + KV cache) for activations, runtime
          buffers and fragmentation
          <span className="tabular block pl-3">
            = {OVERHEAD} × {formatGb(estimate.subtotalGb)} = {formatGb(estimate.overheadGb)}; total{' '}
            <strong>{formatGb(estimate.totalGb)}</strong>
          </span>
        </li>
        <li>
          <span className="font-medium">GPUs</span> = ceil(total ÷ memory per GPU)
          <span className="tabular block pl-3">
            = ceil({formatGb(estimate.totalGb)} ÷{' '}
            <SourceTip id="est-gpu-mem" label={memory} ariaLabel={`${gpu.name} memory ${memory}. Show source`}>
              <span className="mb-1 block font-semibold">
                {gpu.name}: {memory}
              </span>
              <SourceLine source={gpu.source} />
            </SourceTip>
            ) = <strong>{estimate.gpus}</strong>
          </span>
          {estimate.typicalGpus !== estimate.gpus ? (
            <span className="block pl-3 text-xs text-fg-muted">
              Rule of thumb: tensor parallelism splits a model over 1, 2, 4, 8 or 16 GPUs, so deployments usually round up to{' '}
              {estimate.typicalGpus}.
            </span>
          ) : null}
        </li>
      </ol>
      {precision === 'fp8' && !gpu.fp8 ? (
        <p className="text-xs text-warn">
          The {gpu.name} has no native FP8: FP8 weights run through weight-only kernels or are upcast. The memory estimate assumes
          they stay at 1 byte per parameter.
        </p>
      ) : null}
      {kv.ok ? null : (
        <p className="text-xs text-fg-muted">
          Architecture values in the data for {model.name}: attention <Spec model={model} field="attention-type" />, attention
          heads <Spec model={model} field="attention-heads" />, hidden size <Spec model={model} field="hidden-size" />. Head dim
          is never derived from hidden size ÷ attention heads: many models set it independently.
        </p>
      )}
    </div>
  );
}
