import { GpuMemoryValue } from '@/components/values/source-values';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { PROFILE_LABEL, PublishedFigure } from '@/components/hardware/published';
import { EmptyState } from '@/components/ui/empty-state';
import { FormSubmit } from '@/components/ui/form-submit';
import { OptionGroups, type OptionGroup } from '@/components/ui/options';
import { Section } from '@/components/ui/section';
import { RowTh, Table, Td, THead } from '@/components/ui/table';
import { formatTokens } from '@/lib/format';
import { BYTES_PER_PARAM, KV_BYTES, OVERHEAD, PRECISION_LABEL } from '@/lib/gpu-planner';
import type { GpuView, HardwareView } from '@/lib/queries/hardware';
import type { PlannerData, PlannerModel } from '@/lib/queries/planner';
import { PLANNER_PRECISIONS, type HardwareState } from '@/lib/view-state';

const KIND_LABEL: Record<string, string> = { datacenter: 'data center', workstation: 'workstation', consumer: 'consumer' };

const SELECT = 'rounded border border-border bg-bg px-2 py-1.5';

/** One labelled control of the planner form. */
/** The planner's models by organization, those with a published requirement marked. */
function modelOptionGroups(models: readonly PlannerModel[]): OptionGroup[] {
  const orgs = [...new Set(models.map((m) => m.organization.id))];
  return orgs.map((orgId) => {
    const list = models.filter((m) => m.organization.id === orgId);
    const label = list[0]?.organization.name ?? orgId;
    return [label, list.map((m) => [m.id, m.publishedCount > 0 ? `${m.name} (published)` : m.name] as const)];
  });
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="text-xs text-fg-muted">{label}</span>
      {children}
    </label>
  );
}

/** The planner's inputs, a plain GET form (it works without JavaScript; AutoSubmit applies changes at once). */
export function PlannerForm({
  data,
  state,
  model,
  gpu,
  presets,
  pinnedVersion,
}: {
  data: PlannerData;
  state: HardwareState;
  model: PlannerModel;
  gpu: GpuView;
  presets: number[];
  pinnedVersion: string | null;
}) {
  return (
    <form
      id="hardware-form"
      method="get"
      action="/hardware"
      className="grid gap-3 rounded-md border border-border bg-bg-subtle p-3 text-sm sm:grid-cols-2 lg:flex lg:flex-wrap lg:items-end"
    >
      <Field label="Model">
        <select name="model" defaultValue={model.id} className={`w-full min-w-0 ${SELECT} lg:w-56`}>
          <OptionGroups groups={modelOptionGroups(data.models)} />
        </select>
      </Field>
      <Field label="Precision">
        <select name="precision" defaultValue={state.precision} className={`w-full ${SELECT} lg:w-28`}>
          {PLANNER_PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {PRECISION_LABEL[p]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Context length (tokens)">
        <input
          name="ctx"
          type="number"
          inputMode="numeric"
          min={1}
          max={10000000}
          step={1}
          required
          list="ctx-presets"
          defaultValue={state.context}
          className="tabular w-full rounded border border-border bg-bg px-2 py-1.5 lg:w-36"
        />
        <datalist id="ctx-presets">
          {presets.map((p) => (
            <option key={p} value={p}>
              {formatTokens(p)}
            </option>
          ))}
        </datalist>
      </Field>
      <Field label="GPU">
        <select name="gpu" defaultValue={gpu.id} className={`w-full min-w-0 ${SELECT} lg:w-64`}>
          {data.gpus.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </Field>
      <FormSubmit
        label="Plan"
        version={pinnedVersion}
        formId="hardware-form"
        view="hardware"
        className="sm:col-span-2 lg:col-span-1"
      />
    </form>
  );
}

/** One published figure in a list: a tag, the profile, the figure with its source one tap away, the source's title. */
function PublishedItem({ row, modelName, tag }: { row: HardwareView; modelName: string; tag: ReactNode }) {
  return (
    <>
      {tag}
      <span className="text-xs text-fg-muted">{PROFILE_LABEL[row.profile]}</span>
      <PublishedFigure row={row} modelName={modelName} />
      <span className="text-xs text-fg-muted">{row.source.title}</span>
    </>
  );
}

/** What the model's vendor published for exactly this model, precision and GPU, if anything. */
export function PublishedMatch({
  heading,
  modelName,
  published,
  hasOthers,
}: {
  heading: string;
  modelName: string;
  published: HardwareView[];
  hasOthers: boolean;
}) {
  return (
    <div className="space-y-2" data-testid="published-match">
      <h3 className="text-sm font-semibold">{heading}</h3>
      {published.length === 0 ? (
        <EmptyState>
          — No published figure for this model, precision and GPU.
          {hasOthers ? ' Its other published figures are listed below the estimate.' : ''}
        </EmptyState>
      ) : (
        <ul className="space-y-1 text-sm">
          {published.map((h, i) => (
            <li key={i} className="flex flex-wrap items-baseline gap-x-2" data-testid="published-row" data-profile={h.profile}>
              <PublishedItem
                row={h}
                modelName={modelName}
                tag={
                  <span className="rounded bg-bg-muted px-1.5 py-0.5 text-[10px] font-semibold tracking-wide uppercase">
                    published
                  </span>
                }
              />
            </li>
          ))}
        </ul>
      )}
      {published.length > 0 ? (
        <p className="text-xs text-fg-muted">
          Published counts are sized for serving: several requests at once, speculative decoding, headroom. The estimate below is
          the memory minimum for one sequence, so it is expected to be lower.
        </p>
      ) : null}
    </div>
  );
}

/** The model's published figures for other precisions, profiles or GPUs. */
export function OtherPublished({ modelName, rows }: { modelName: string; rows: HardwareView[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="space-y-1" data-testid="published-other">
      <h3 className="text-sm font-semibold">Other published figures for {modelName}</h3>
      <ul className="space-y-1 text-sm">
        {rows.map((h, i) => (
          <li key={i} className="flex flex-wrap items-baseline gap-x-2">
            <PublishedItem
              row={h}
              modelName={modelName}
              tag={<span className="rounded bg-bg-muted px-1.5 py-0.5 text-xs">{h.precision}</span>}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function GpusSection({ gpus, gpuHref }: { gpus: GpuView[]; gpuHref: (id: string) => string }) {
  return (
    <Section id="gpus-heading" title="GPUs the planner knows">
      <Table label="GPUs table" className="min-w-[32rem]">
        <THead columns={['GPU', { label: 'Memory', numeric: true }, 'Native FP8', 'Kind']} />
        <tbody>
          {gpus.map((g) => (
            <tr key={g.id} data-gpu={g.id}>
              <RowTh>
                <Link className="hover:underline" href={gpuHref(g.id)}>
                  {g.name}
                </Link>
              </RowTh>
              <Td numeric className="whitespace-nowrap">
                <GpuMemoryValue gpu={g} />
              </Td>
              <Td className="text-xs">{g.fp8 ? 'yes' : 'no'}</Td>
              <Td className="text-xs">{KIND_LABEL[g.kind] ?? g.kind}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Section>
  );
}

/** The estimate's formula, with the constants the planner uses. */
export function MethodSection() {
  return (
    <Section id="method-heading" title="How the estimate is made" className="text-sm" data-testid="planner-method">
      <ul className="max-w-3xl list-disc space-y-1 pl-5 text-fg-muted">
        <li>
          Weights = total parameters × bytes per parameter: BF16 {BYTES_PER_PARAM.bf16}, FP8 {BYTES_PER_PARAM.fp8}, INT8{' '}
          {BYTES_PER_PARAM.int8}, INT4 {BYTES_PER_PARAM.int4}. The parameter count is the model&apos;s headline value as its
          source counts it (some sources leave out embeddings; the value&apos;s note says so).
        </li>
        <li>
          KV cache = 2 × layers × KV heads × head dim × context × bytes, for one sequence, with {KV_BYTES.bf16} bytes per value at
          BF16, {KV_BYTES.fp8} at FP8 (the cache kept in FP8) and {KV_BYTES.int8} at INT8 and INT4 (weight-only quantization keeps
          a 16-bit cache). Layers come from the spec “layers”, or dense + MoE layers; multi-token-prediction layers are not
          counted. Only where the data has every value; head dim is never derived from hidden size ÷ heads. Not applied to
          Multi-head Latent Attention or sparse, linear or sliding-window attention, which cache less.
        </li>
        <li>Overhead: {OVERHEAD * 100}% on top of weights + KV cache, for activations, runtime buffers and fragmentation.</li>
        <li>
          GPUs = ceil(total ÷ the GPU&apos;s memory as its vendor prints it), GB = 10⁹ bytes. Nothing is reserved beyond the
          overhead, and serving several requests at once multiplies the KV cache, which is why published counts are higher.
        </li>
      </ul>
    </Section>
  );
}
