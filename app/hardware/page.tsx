import type { Metadata } from 'next';
import { previewMetadata } from '@/lib/og/meta';
import Link from 'next/link';
import { EstimatePanel } from '@/components/hardware/estimate-panel';
import { PROFILE_LABEL, PublishedFigure, PublishedTable } from '@/components/hardware/published';
import { VersionBanner } from '@/components/layout/version-banner';
import { AutoSubmit } from '@/components/ui/auto-submit';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { SourceTip } from '@/components/ui/source-tip';
import { SourceLine } from '@/components/values/source-line';
import { formatNumber, formatTokens } from '@/lib/format';
import { BYTES_PER_PARAM, DATA_PRECISION, estimatePlan, KV_BYTES, OVERHEAD, PRECISION_LABEL } from '@/lib/gpu-planner';
import { architectureOf, getPlannerData } from '@/lib/queries/planner';
import { resolveVersion } from '@/lib/queries/versions';
import { TableScroller } from '@/components/ui/table-scroller';
import {
  parseHardwareState,
  PLANNER_PRECISIONS,
  serializeHardwareState,
  withQuery,
  type HardwareState,
  type SearchParams,
  type ViewIssue,
} from '@/lib/view-state';

type Props = { searchParams: Promise<SearchParams> };

const description =
  'Published GPU requirements for GLM and other open-weights models, as published with their sources, and a planner that estimates the GPUs a model needs with its formula on screen.';

export const metadata: Metadata = {
  title: 'GPU requirements and planner',
  description,
  ...previewMetadata('GPU requirements and planner · GLM Compare', description, '/og/page/hardware'),
};

const CONTEXT_PRESETS = [4096, 8192, 32768, 65536, 131072];

const KIND_LABEL: Record<string, string> = { datacenter: 'data center', workstation: 'workstation', consumer: 'consumer' };

export default async function HardwarePage({ searchParams }: Props) {
  const { state, issues: parseIssues } = parseHardwareState(await searchParams);
  const issues: ViewIssue[] = [...parseIssues];
  const resolved = resolveVersion(state.v ?? undefined);
  if (resolved.unknown) issues.push({ param: 'v', value: resolved.unknown, reason: 'no such data version; showing the latest' });
  const version = resolved.version;
  const data = getPlannerData(version.id);
  const modelNames = new Map(data.models.map((m) => [m.id, m.name]));

  // Ids the data does not know are reported and replaced by the defaults: the first model with a
  // published figure, the first GPU listed.
  let model = state.model ? data.models.find((m) => m.id === state.model) : undefined;
  if (state.model && !model)
    issues.push({ param: 'model', value: state.model, reason: 'no model with this id and GPU data in this data version' });
  model ??= data.models.find((m) => m.publishedCount > 0) ?? data.models[0];
  let gpu = state.gpu ? data.gpus.find((g) => g.id === state.gpu) : undefined;
  if (state.gpu && !gpu) issues.push({ param: 'gpu', value: state.gpu, reason: 'no GPU with this id in this data version' });
  gpu ??= data.gpus[0];

  const urlState: HardwareState = {
    ...state,
    model: state.model && model?.id === state.model ? state.model : null,
    gpu: state.gpu && gpu?.id === state.gpu ? state.gpu : null,
    v: resolved.unknown ? null : state.v,
  };
  const shownState: HardwareState = { ...urlState, model: model?.id ?? null, gpu: gpu?.id ?? null };
  const href = (patch: Partial<HardwareState>) => withQuery('/hardware', serializeHardwareState({ ...shownState, ...patch }));

  const precisionLabel = PRECISION_LABEL[state.precision];
  const published =
    model && gpu
      ? data.hardware.filter(
          (h) => h.modelId === model.id && h.precision === DATA_PRECISION[state.precision] && h.gpu?.id === gpu.id,
        )
      : [];
  const otherPublished = model ? data.hardware.filter((h) => h.modelId === model.id && !published.includes(h)) : [];
  const estimate =
    model && gpu
      ? estimatePlan({
          totalParamsB:
            typeof model.specs['total-params']?.value === 'number' && !model.specs['total-params'].disputed
              ? model.specs['total-params'].value
              : null,
          precision: state.precision,
          contextTokens: state.context,
          gpuMemoryGb: gpu.memoryGb,
          architecture: architectureOf(model),
        })
      : null;
  const contextWindow = model?.specs['context-window'];
  const windowTokens = typeof contextWindow?.value === 'number' ? contextWindow.value : null;
  const presets = [...new Set([...CONTEXT_PRESETS, ...(windowTokens ? [windowTokens] : [])])].sort((a, b) => a - b);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">GPU requirements</h1>
        <p className="max-w-3xl text-sm text-fg-muted">
          What model vendors publish about the GPUs their open-weights models need, shown as published with its source, and a
          planner that estimates the count for other set-ups with its formula on screen. Published figures always come first; an
          estimate is always labelled as one. Data version {version.id}.
        </p>
      </header>

      <UrlIssuesNotice issues={issues} />
      <VersionBanner version={version} latest={resolved.latest} latestHref={href({ v: null })} />

      <section aria-labelledby="planner-heading" className="space-y-3">
        <h2 id="planner-heading" className="text-lg font-semibold">
          Planner
        </h2>
        {!model || !gpu ? (
          <p className="text-sm text-fg-muted">Data version {version.id} has no model with GPU data or no GPU to plan with.</p>
        ) : (
          <>
            <form
              id="hardware-form"
              method="get"
              action="/hardware"
              className="grid gap-3 rounded-md border border-border bg-bg-subtle p-3 text-sm sm:grid-cols-2 lg:flex lg:flex-wrap lg:items-end"
            >
              <label className="flex min-w-0 flex-col gap-1">
                <span className="text-xs text-fg-muted">Model</span>
                <select
                  name="model"
                  defaultValue={model.id}
                  className="w-full min-w-0 rounded border border-border bg-bg px-2 py-1.5 lg:w-56"
                >
                  {[...new Set(data.models.map((m) => m.organization.id))].map((orgId) => {
                    const list = data.models.filter((m) => m.organization.id === orgId);
                    return (
                      <optgroup key={orgId} label={list[0]!.organization.name}>
                        {list.map((m) => (
                          <option key={m.id} value={m.id}>
                            {m.name}
                            {m.publishedCount > 0 ? ' (published)' : ''}
                          </option>
                        ))}
                      </optgroup>
                    );
                  })}
                </select>
              </label>
              <label className="flex min-w-0 flex-col gap-1">
                <span className="text-xs text-fg-muted">Precision</span>
                <select
                  name="precision"
                  defaultValue={state.precision}
                  className="w-full rounded border border-border bg-bg px-2 py-1.5 lg:w-28"
                >
                  {PLANNER_PRECISIONS.map((p) => (
                    <option key={p} value={p}>
                      {PRECISION_LABEL[p]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex min-w-0 flex-col gap-1">
                <span className="text-xs text-fg-muted">Context length (tokens)</span>
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
              </label>
              <label className="flex min-w-0 flex-col gap-1">
                <span className="text-xs text-fg-muted">GPU</span>
                <select
                  name="gpu"
                  defaultValue={gpu.id}
                  className="w-full min-w-0 rounded border border-border bg-bg px-2 py-1.5 lg:w-64"
                >
                  {data.gpus.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </select>
              </label>
              {urlState.v ? <input type="hidden" name="v" value={urlState.v} /> : null}
              <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-1">
                <button type="submit" className="rounded border border-border bg-bg px-3 py-1.5 hover:bg-bg-muted">
                  Plan
                </button>
                <AutoSubmit formId="hardware-form" view="hardware" />
              </div>
            </form>

            <div className="space-y-1 text-sm" data-testid="planner-summary">
              <p>
                {model.name} at {precisionLabel}, {formatNumber(state.context)} tokens of context, on {gpu.name}.
              </p>
              {windowTokens && state.context > windowTokens ? (
                <p className="text-xs text-warn">
                  This is longer than the model&apos;s context window ({formatTokens(windowTokens)}).
                </p>
              ) : null}
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
                {windowTokens && state.context !== windowTokens ? (
                  <Link className="link" href={href({ context: windowTokens })}>
                    Use its full context window ({formatTokens(windowTokens)})
                  </Link>
                ) : null}
                <Link className="link" href={href({})}>
                  Permalink
                </Link>
              </p>
            </div>

            <div className="space-y-2" data-testid="published-match">
              <h3 className="text-sm font-semibold">
                Published for {model.name} at {precisionLabel} on {gpu.name}
              </h3>
              {published.length === 0 ? (
                <p className="text-sm text-fg-muted">
                  — No published figure for this model, precision and GPU.
                  {otherPublished.length > 0 ? ' Its other published figures are listed below the estimate.' : ''}
                </p>
              ) : (
                <ul className="space-y-1 text-sm">
                  {published.map((h, i) => (
                    <li
                      key={i}
                      className="flex flex-wrap items-baseline gap-x-2"
                      data-testid="published-row"
                      data-profile={h.profile}
                    >
                      <span className="rounded bg-bg-muted px-1.5 py-0.5 text-[10px] font-semibold tracking-wide uppercase">
                        published
                      </span>
                      <span className="text-xs text-fg-muted">{PROFILE_LABEL[h.profile]}</span>
                      <PublishedFigure id={`pub-${i}`} row={h} modelName={model.name} />
                      <span className="text-xs text-fg-muted">{h.source.title}</span>
                    </li>
                  ))}
                </ul>
              )}
              {published.length > 0 ? (
                <p className="text-xs text-fg-muted">
                  Published counts are sized for serving: several requests at once, speculative decoding, headroom. The estimate
                  below is the memory minimum for one sequence, so it is expected to be lower.
                </p>
              ) : null}
            </div>

            {estimate ? (
              <EstimatePanel estimate={estimate} model={model} gpu={gpu} precision={state.precision} context={state.context} />
            ) : null}

            {otherPublished.length > 0 ? (
              <div className="space-y-1" data-testid="published-other">
                <h3 className="text-sm font-semibold">Other published figures for {model.name}</h3>
                <ul className="space-y-1 text-sm">
                  {otherPublished.map((h, i) => (
                    <li key={i} className="flex flex-wrap items-baseline gap-x-2">
                      <span className="rounded bg-bg-muted px-1.5 py-0.5 text-xs">{h.precision}</span>
                      <span className="text-xs text-fg-muted">{PROFILE_LABEL[h.profile]}</span>
                      <PublishedFigure id={`pub-other-${i}`} row={h} modelName={model.name} />
                      <span className="text-xs text-fg-muted">{h.source.title}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="published-heading" className="space-y-2">
        <h2 id="published-heading" className="text-lg font-semibold">
          Every published requirement
        </h2>
        <p className="max-w-3xl text-sm text-fg-muted">
          As published: precision, profile (“standard” is the source&apos;s typical serving set-up, “full context” the whole
          context window), GPU count or memory budget, and the conditions the source names. Where two sources publish the same
          figure, both are listed.
        </p>
        {data.hardware.length === 0 ? (
          <p className="text-sm text-fg-muted">No published GPU requirement is recorded in data version {version.id}.</p>
        ) : (
          <PublishedTable rows={data.hardware} modelNames={modelNames} />
        )}
      </section>

      <section aria-labelledby="gpus-heading" className="space-y-2">
        <h2 id="gpus-heading" className="text-lg font-semibold">
          GPUs the planner knows
        </h2>
        <TableScroller label="GPUs table">
          <table className="tabular w-full min-w-[32rem] text-sm">
            <thead className="bg-bg-subtle text-left text-xs text-fg-muted">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  GPU
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Memory
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Native FP8
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Kind
                </th>
              </tr>
            </thead>
            <tbody>
              {data.gpus.map((g) => (
                <tr key={g.id} className="border-t border-border" data-gpu={g.id}>
                  <th scope="row" className="px-3 py-1.5 text-left font-medium">
                    <Link className="hover:underline" href={href({ gpu: g.id })}>
                      {g.name}
                    </Link>
                  </th>
                  <td className="px-3 py-1.5 text-right whitespace-nowrap">
                    <SourceTip
                      id={`gpu-${g.id}`}
                      label={`${formatNumber(g.memoryGb)} GB`}
                      ariaLabel={`${g.name} memory ${formatNumber(g.memoryGb)} GB. Show source`}
                    >
                      <span className="mb-1 block font-semibold">
                        {g.name}: {formatNumber(g.memoryGb)} GB
                      </span>
                      <SourceLine source={g.source} />
                    </SourceTip>
                  </td>
                  <td className="px-3 py-1.5 text-xs">{g.fp8 ? 'yes' : 'no'}</td>
                  <td className="px-3 py-1.5 text-xs">{KIND_LABEL[g.kind] ?? g.kind}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </section>

      <section aria-labelledby="method-heading" className="space-y-2 text-sm" data-testid="planner-method">
        <h2 id="method-heading" className="text-lg font-semibold">
          How the estimate is made
        </h2>
        <ul className="max-w-3xl list-disc space-y-1 pl-5 text-fg-muted">
          <li>
            Weights = total parameters × bytes per parameter: BF16 {BYTES_PER_PARAM.bf16}, FP8 {BYTES_PER_PARAM.fp8}, INT8{' '}
            {BYTES_PER_PARAM.int8}, INT4 {BYTES_PER_PARAM.int4}. The parameter count is the model&apos;s headline value as its
            source counts it (some sources leave out embeddings; the value&apos;s note says so).
          </li>
          <li>
            KV cache = 2 × layers × KV heads × head dim × context × bytes, for one sequence, with {KV_BYTES.bf16} bytes per value
            at BF16, {KV_BYTES.fp8} at FP8 (the cache kept in FP8) and {KV_BYTES.int8} at INT8 and INT4 (weight-only quantization
            keeps a 16-bit cache). Layers come from the spec “layers”, or dense + MoE layers; multi-token-prediction layers are
            not counted. Only where the data has every value; head dim is never derived from hidden size ÷ heads. Not applied to
            Multi-head Latent Attention or sparse, linear or sliding-window attention, which cache less.
          </li>
          <li>Overhead: {OVERHEAD * 100}% on top of weights + KV cache, for activations, runtime buffers and fragmentation.</li>
          <li>
            GPUs = ceil(total ÷ the GPU&apos;s memory as its vendor prints it), GB = 10⁹ bytes. Nothing is reserved beyond the
            overhead, and serving several requests at once multiplies the KV cache, which is why published counts are higher.
          </li>
        </ul>
      </section>
    </div>
  );
}
