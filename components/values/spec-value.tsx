import type { SpecValue } from '@/lib/queries/models';
import { DetailTip } from '../ui/source-tip';

/** A spec value with its source, exactness and note one hover or tap away; "—" when missing. */
export function SpecValueCell({
  value,
  missingReason = 'not reported',
}: {
  value: Pick<SpecValue, 'detail' | 'display' | 'hasConflict' | 'label'> | undefined;
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
      // No wrapper of its own: tables set tabular figures once (a list holds hundreds of values).
      label={
        value.hasConflict ? (
          <>
            {value.display}
            <span aria-hidden="true" className="ml-0.5 text-warn">
              ⚠
            </span>
          </>
        ) : (
          value.display
        )
      }
      ariaLabel={`${value.label}: ${value.display}. Show source`}
    />
  );
}
