import { SourceLine } from '@/components/values/source-line';
import type { ScoreView } from '@/lib/queries/scores';
import { SCORE_FLAG, type ScoreCell, type SourceKey } from './score-cell';

/** The numbers of a table's sources, in the order its rows first cite them: [1], [2]… */
export function sourceNumbers(scores: readonly ScoreView[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const s of scores) if (!numbers.has(s.source.id)) numbers.set(s.source.id, numbers.size + 1);
  return numbers;
}

/** The sources of `scores` as the rows cite them, numbered as sourceNumbers numbers them. */
export function sourceKeys(scores: readonly ScoreView[]): SourceKey[] {
  return [...new Map(scores.map((s) => [s.source.id, s.source.publisher])).entries()];
}

/**
 * A score as the compact cell ScoreRows draws: what the cell shows, its settings as the source states
 * them, and the number of its source in the list below the table (ScoreSources). A table cites a few
 * sources many times over: each row carries a number, the list carries each title and address once.
 */
export function scoreCell(score: ScoreView, numbers: ReadonlyMap<string, number>): ScoreCell {
  const flags = (score.disputed ? SCORE_FLAG.disputed : 0) | (score.hasConflict ? SCORE_FLAG.conflict : 0);
  return [score.id, score.display, flags, score.badges.join(' · '), numbers.get(score.source.id) ?? 0];
}

/** Every source the rows above cite, once each, numbered as the rows cite them (pass them in the table's order). */
export function ScoreSources({ scores }: { scores: readonly ScoreView[] }) {
  const sources = [...new Map(scores.map((s) => [s.source.id, s.source])).values()];
  if (sources.length === 0) return null;
  return (
    <div className="text-xs">
      <h3 className="font-medium text-fg-muted">Sources of these values</h3>
      <ol className="mt-1 space-y-1">
        {sources.map((s, i) => (
          <li key={s.id} id={`src-${s.id}`} className="flex scroll-mt-4 gap-1 target:bg-warn-bg">
            <span className="tabular text-fg-muted">[{i + 1}]</span>
            <SourceLine source={s} />
          </li>
        ))}
      </ol>
    </div>
  );
}
