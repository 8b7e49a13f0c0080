import { Td } from '@/components/ui/table';
import { SourceLine } from '@/components/values/source-line';
import type { ScoreView } from '@/lib/queries/scores';

/** The numbers of a table's sources, in the order its rows first cite them: [1], [2]… */
export function sourceNumbers(scores: readonly ScoreView[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const s of scores) if (!numbers.has(s.source.id)) numbers.set(s.source.id, numbers.size + 1);
  return numbers;
}

/**
 * The last two cells of a score's row: the settings its source states, and the number of its source
 * in the list below the table (ScoreSources). A table cites a few sources many times over: each row
 * carries a number, the list carries each title and address once.
 */
export function SettingsAndSourceCells({ score, sourceNumber }: { score: ScoreView; sourceNumber: number }) {
  return (
    <>
      <Td className="text-xs">{score.badges.join(' · ') || <span className="text-fg-subtle">not stated</span>}</Td>
      <Td className="text-xs">
        <a className="link" href={`#src-${score.source.id}`} aria-label={`Source ${sourceNumber}: ${score.source.publisher}`}>
          {`[${sourceNumber}]`}
        </a>
      </Td>
    </>
  );
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
