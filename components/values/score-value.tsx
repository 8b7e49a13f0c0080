import type { NoteView } from '@/lib/queries/shared';
import type { ScoreView } from '@/lib/queries/scores';
import { SourceTip } from '../ui/source-tip';
import { ScoreDetails } from './score-details';

/** One score with everything behind it in a tip; struck through when disputed. */
export function ScoreValue({
  id,
  title,
  score,
  others = [],
  notes = [],
}: {
  id: string;
  title: string;
  score: ScoreView;
  others?: ScoreView[];
  notes?: NoteView[];
}) {
  return (
    <SourceTip
      id={id}
      ariaLabel={`${title}: ${score.display}${score.disputed ? ' (disputed)' : ''}. Show source`}
      label={
        <span className={`tabular ${score.disputed ? 'line-through decoration-warn' : ''}`}>
          {score.display}
          {score.hasConflict ? (
            <span aria-hidden="true" className="ml-0.5 text-warn">
              ⚠
            </span>
          ) : null}
        </span>
      }
    >
      <ScoreDetails title={title} shown={score} others={others} notes={notes} />
    </SourceTip>
  );
}
