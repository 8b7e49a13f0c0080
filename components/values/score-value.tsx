import type { ScoreView } from '@/lib/queries/scores';
import { DetailTip } from '../ui/source-tip';

/** One score, its source and everything behind it one hover, focus or tap away; struck through when disputed. */
export function ScoreValue({
  title,
  score,
}: {
  title: string;
  score: Pick<ScoreView, 'detail' | 'display' | 'disputed' | 'hasConflict'>;
}) {
  return (
    <DetailTip
      href={score.detail}
      ariaLabel={`${title}: ${score.display}${score.disputed ? ' (disputed)' : ''}. Show source`}
      label={
        <>
          {score.disputed ? <span className="line-through decoration-warn">{score.display}</span> : score.display}
          {score.hasConflict ? (
            <span aria-hidden="true" className="ml-0.5 text-warn">
              ⚠
            </span>
          ) : null}
        </>
      }
    />
  );
}
