import type { SpecValue } from '@/lib/queries/models';
import { DetailTip } from '../ui/source-tip';

/** A spec value with its source, exactness and note one hover or tap away; "—" when missing. */
export function SpecValueCell({
  value,
  missingReason = 'not reported',
}: {
  value: SpecValue | undefined;
  missingReason?: string;
}) {
  if (!value) {
    return (
      <span className="text-fg-subtle" title={missingReason} aria-label={missingReason}>
        —
      </span>
    );
  }
  return (
    <DetailTip
      href={value.detail}
      label={
        <span className="tabular">
          {value.display}
          {value.hasConflict ? (
            <span aria-hidden="true" className="ml-0.5 text-warn">
              ⚠
            </span>
          ) : null}
        </span>
      }
      ariaLabel={`${value.label}: ${value.display}. Show source`}
    />
  );
}
