import { FormSubmit } from '@/components/ui/form-submit';
import { formatTokens } from '@/lib/format';
import { PRECISION_LABEL } from '@/lib/gpu-planner';
import type { GpuView } from '@/lib/queries/hardware';
import { PLANNER_PRECISIONS, type CostState } from '@/lib/view-state';

const field = 'tabular w-full rounded border border-border bg-bg px-2 py-1.5';

/** One number input: a plain form field, so the page works without JavaScript. */
function NumberField({
  name,
  label,
  min = 0,
  max,
  value,
  required = true,
  placeholder,
  hint,
}: {
  name: string;
  label: string;
  min?: number;
  max: number;
  value: number | null;
  required?: boolean;
  placeholder?: string;
  hint?: string;
}) {
  return (
    <label className="flex w-full flex-col gap-1 sm:w-40">
      <span className="text-xs text-fg-muted">{label}</span>
      <input
        name={name}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step="any"
        required={required}
        placeholder={placeholder}
        defaultValue={value ?? ''}
        className={field}
      />
      {hint ? <span className="text-[10px] text-fg-muted">{hint}</span> : null}
    </label>
  );
}

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <label className="flex w-full flex-col gap-1 sm:w-auto">
      <span className="text-xs text-fg-muted">{label}</span>
      <select name={name} defaultValue={value} className={field}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The workload and self-hosting inputs of /pricing, every one visible and in the URL. */
export function CostForm({
  state,
  modelId,
  choices,
  gpus,
  gpuId,
  version,
}: {
  state: CostState;
  modelId: string;
  choices: Array<{ id: string; name: string; sellers: number }>;
  gpus: GpuView[];
  gpuId: string | null;
  version: string | null;
}) {
  return (
    <form
      id="cost-form"
      method="get"
      action="/pricing"
      className="space-y-3 rounded-md border border-border bg-bg-subtle p-3 text-sm"
    >
      <div className="flex flex-wrap items-end gap-3">
        <Select
          name="model"
          label="Model"
          value={modelId}
          options={choices.map((c) => ({ value: c.id, label: `${c.name} (${c.sellers} seller${c.sellers === 1 ? '' : 's'})` }))}
        />
        <NumberField name="in" label="Input tokens (millions)" max={1_000_000} value={state.input} />
        <NumberField name="out" label="Output tokens (millions)" max={1_000_000} value={state.output} />
        <Select
          name="per"
          label="Tokens counted per"
          value={state.per}
          options={[
            { value: 'day', label: 'day' },
            { value: 'month', label: 'month' },
          ]}
        />
        <NumberField name="cache" label="Input served from cache (%)" max={100} value={state.cache} />
        <NumberField name="days" label="Days a month" min={1} max={31} value={state.days} />
      </div>
      <fieldset className="flex flex-wrap items-end gap-3 border-t border-border pt-3">
        <legend className="sr-only">Self-hosting</legend>
        <Select
          name="gpu"
          label="Self-hosting GPU"
          value={gpuId ?? ''}
          options={gpus.map((g) => ({ value: g.id, label: g.name }))}
        />
        <Select
          name="precision"
          label="Precision"
          value={state.precision}
          options={PLANNER_PRECISIONS.map((p) => ({ value: p, label: PRECISION_LABEL[p] }))}
        />
        <NumberField
          name="ctx"
          label={`Context (tokens, ${formatTokens(state.context)})`}
          min={1}
          max={10_000_000}
          value={state.context}
        />
        <NumberField
          name="gpuh"
          label="GPU-hour price (USD)"
          max={1000}
          value={state.gpuHour}
          required={false}
          placeholder="enter yours"
          hint="Empty: no source in the data gives one."
        />
        <NumberField
          name="tps"
          label="Throughput (tokens/s)"
          min={0.001}
          max={100_000_000}
          value={state.tps}
          required={false}
          placeholder="enter yours"
          hint="One deployment, input and output alike. Empty: no source gives one."
        />
      </fieldset>
      <FormSubmit label="Calculate" version={version} formId="cost-form" view="cost" />
    </form>
  );
}
