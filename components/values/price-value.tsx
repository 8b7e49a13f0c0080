import { EXACTNESS_LABEL, formatPartialDate, type ExactnessName } from '@/lib/format';
import type { PriceView } from '@/lib/queries/prices';
import type { NoteView } from '@/lib/queries/shared';
import { SourceTip } from '../ui/source-tip';
import { SourceLine } from './source-line';
import { NoteCallouts } from './notes';

const KIND_LABEL: Record<string, string> = {
  input: 'Input',
  'cached-input': 'Cached input',
  output: 'Output',
  'cache-storage': 'Cache storage',
};

/** A price with its source, as-of date, condition and any disagreement, one hover or tap away. */
export function PriceValue({
  id,
  price,
  others = [],
  notes = [],
  modelName,
}: {
  id: string;
  price: PriceView | null | undefined;
  others?: PriceView[];
  notes?: NoteView[];
  modelName: string;
}) {
  if (!price) {
    return (
      <span className="text-fg-subtle" title="not listed">
        —<span className="sr-only">not listed</span>
      </span>
    );
  }
  const unit = price.unit === 'per-1m-tokens-hour' ? 'per 1M tokens per hour' : 'per 1M tokens';
  return (
    <SourceTip
      id={id}
      ariaLabel={`${modelName} ${KIND_LABEL[price.kind] ?? price.kind} price ${price.display} ${unit}${price.disputed ? ' (disputed)' : ''}. Show source`}
      label={
        <span className={`tabular ${price.disputed ? 'line-through decoration-warn' : ''}`}>
          {price.display}
          {price.hasConflict ? (
            <span aria-hidden="true" className="ml-0.5 text-warn">
              ⚠
            </span>
          ) : null}
        </span>
      }
    >
      <span className="mb-1 block font-semibold">
        {modelName} · {KIND_LABEL[price.kind] ?? price.kind}: {price.display} {price.currency} {unit}
      </span>
      <span className="block">
        Seller: {price.provider.name}
        {price.condition ? ` · ${price.condition}` : ''}
      </span>
      {price.asOf ? <span className="block">As of {formatPartialDate(price.asOf)}</span> : null}
      {price.exactness !== 'exact' ? (
        <span className="block">
          {EXACTNESS_LABEL[price.exactness as ExactnessName] ?? price.exactness}: “{price.text}”
        </span>
      ) : null}
      <SourceLine source={price.source} locator={price.locator} />
      {price.note ? <span className="mt-1 block text-fg-muted">{price.note}</span> : null}
      <NoteCallouts notes={notes} />
      {others.length > 0 ? (
        <span className="mt-2 block border-t border-border pt-2">
          <span className="block font-semibold">Other listed values</span>
          {others.map((o, i) => (
            <span key={i} className="mt-1 block">
              <span className={o.disputed ? 'line-through' : ''}>{o.display}</span>
              {o.disputed ? <span className="ml-1 text-warn">disputed</span> : null}
              <span className="block pl-2">
                <SourceLine source={o.source} locator={o.locator} />
              </span>
            </span>
          ))}
        </span>
      ) : null}
    </SourceTip>
  );
}
