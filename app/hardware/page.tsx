import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/og/meta';
import Link from 'next/link';
import { EstimatePanel } from '@/components/hardware/estimate-panel';
import { PublishedTable } from '@/components/hardware/published';
import { VersionBanner } from '@/components/layout/version-banner';
import { EmptyState } from '@/components/ui/empty-state';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { Section } from '@/components/ui/section';
import { formatNumber, formatTokens } from '@/lib/format';
import { DATA_PRECISION, estimatePlan, PRECISION_LABEL } from '@/lib/gpu-planner';
import { architectureOf, getPlannerData } from '@/lib/queries/planner';
import { resolveVersion } from '@/lib/queries/versions';
import {
  parseHardwareState,
  serializeHardwareState,
  withQuery,
  type HardwareState,
  type SearchParams,
  type ViewIssue,
} from '@/lib/view-state';
import { GpusSection, MethodSection, OtherPublished, PlannerForm, PublishedMatch } from './sections';

type Props = { searchParams: Promise<SearchParams> };

const description =
  'Published GPU requirements for GLM and other open-weights models, as published with their sources, and a planner that estimates the GPUs a model needs with its formula on screen.';

export const metadata: Metadata = pageMetadata({
  title: 'GPU requirements and planner',
  description,
  image: '/og/page/hardware',
});

const CONTEXT_PRESETS = [4096, 8192, 32768, 65536, 131072];

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

      <Section id="planner-heading" title="Planner" className="space-y-3">
        {!model || !gpu ? (
          <EmptyState>Data version {version.id} has no model with GPU data or no GPU to plan with.</EmptyState>
        ) : (
          <>
            <PlannerForm data={data} state={state} model={model} gpu={gpu} presets={presets} pinnedVersion={urlState.v} />
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
            <PublishedMatch
              heading={`Published for ${model.name} at ${precisionLabel} on ${gpu.name}`}
              modelName={model.name}
              published={published}
              hasOthers={otherPublished.length > 0}
            />
            {estimate ? (
              <EstimatePanel estimate={estimate} model={model} gpu={gpu} precision={state.precision} context={state.context} />
            ) : null}
            <OtherPublished modelName={model.name} rows={otherPublished} />
          </>
        )}
      </Section>

      <Section
        id="published-heading"
        title="Every published requirement"
        description={
          <>
            As published: precision, profile (“standard” is the source&apos;s typical serving set-up, “full context” the whole
            context window), GPU count or memory budget, and the conditions the source names. Where two sources publish the same
            figure, both are listed.
          </>
        }
      >
        {data.hardware.length === 0 ? (
          <EmptyState>No published GPU requirement is recorded in data version {version.id}.</EmptyState>
        ) : (
          <PublishedTable rows={data.hardware} modelNames={modelNames} />
        )}
      </Section>

      <GpusSection gpus={data.gpus} gpuHref={(id) => href({ gpu: id })} />
      <MethodSection />
    </div>
  );
}
