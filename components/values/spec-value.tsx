import { EXACTNESS_LABEL, type ExactnessName } from '@/lib/format';
import type { SpecValue } from '@/lib/queries/models';
import { SourceTip } from '../ui/source-tip';
import { SourceLine } from './source-line';

/** A spec value with its source, exactness and note one hover or tap away; "—" when missing. */
export function SpecValueCell({
  id,
  value,
  missingReason = 'not reported',
}: {
  id: string;
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
    <SourceTip
      id={id}
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
      ariaLabel={`${value.label}: ${value.display}. Source: ${value.source.title}`}
    >
      <span className="mb-1 block font-semibold">
        {value.label}: {value.display}
        {value.qualifier ? ` (${value.qualifier})` : ''}
      </span>
      <SourceLine source={value.source} locator={value.locator} />
      {value.exactness !== 'exact' ? (
        <span className="mt-1 block">
          {EXACTNESS_LABEL[value.exactness as ExactnessName] ?? value.exactness}: “{value.text}”
        </span>
      ) : null}
      {value.note ? <span className="mt-1 block text-fg-muted">{value.note}</span> : null}
      {value.hasConflict ? (
        <span className="mt-1 block text-warn">Sources disagree on this value: see the model page.</span>
      ) : null}
    </SourceTip>
  );
}
