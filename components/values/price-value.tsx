import type { PriceView } from '@/lib/queries/prices';
import { DetailTip } from '../ui/source-tip';
import { PRICE_KIND_LABEL, priceUnitLabel } from './detail-body';

/** A price with its source, as-of date, condition and any disagreement, one hover or tap away. */
export function PriceValue({ price, modelName }: { price: PriceView | null | undefined; modelName: string }) {
  if (!price) {
    return (
      <span className="text-fg-subtle" title="not listed">
        —<span className="sr-only">not listed</span>
      </span>
    );
  }
  return (
    <DetailTip
      href={price.detail}
      ariaLabel={`${modelName} ${PRICE_KIND_LABEL[price.kind] ?? price.kind} price ${price.display} ${priceUnitLabel(price.unit)}${price.disputed ? ' (disputed)' : ''}. Show source`}
      label={
        <span className={price.disputed ? 'tabular line-through decoration-warn' : 'tabular'}>
          {price.display}
          {price.hasConflict ? (
            <span aria-hidden="true" className="ml-0.5 text-warn">
              ⚠
            </span>
          ) : null}
        </span>
      }
    />
  );
}
