import { Td } from '@/components/ui/table';
import { SourceLink } from '@/components/values/source-line';
import type { ScoreView } from '@/lib/queries/scores';

/** The last two cells of a score's row: the settings its source states, and the source. */
export function SettingsAndSourceCells({ score }: { score: ScoreView }) {
  return (
    <>
      <Td className="text-xs">{score.badges.join(' · ') || <span className="text-fg-subtle">not stated</span>}</Td>
      <Td className="text-xs">
        <SourceLink source={score.source} />
      </Td>
    </>
  );
}
