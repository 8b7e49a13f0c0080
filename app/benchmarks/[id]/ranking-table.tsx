import type { RankedScore } from '@/components/scores/score-cell';
import { RankedScoreRows } from '@/components/scores/score-rows';
import { scoreCell, sourceKeys, sourceNumbers } from '@/components/scores/settings-source-cells';
import { Table, THead } from '@/components/ui/table';
import type { ModelSummary } from '@/lib/queries/models';
import type { BenchmarkInfo, ScoreView } from '@/lib/queries/scores';

/** The benchmark's headline scores, best first, each with its settings and source. */
export function RankingTable({
  version,
  benchmark,
  ranked,
  models,
}: {
  version: string;
  benchmark: BenchmarkInfo;
  ranked: ScoreView[];
  models: Map<string, ModelSummary>;
}) {
  const numbers = sourceNumbers(ranked);
  const rows = ranked.map((s): RankedScore => {
    const m = models.get(s.modelId);
    return [s.modelId, m?.name ?? s.modelId, m?.organization.id ?? 'other', scoreCell(s, numbers)];
  });
  return (
    <Table label="Ranking table" testId="ranking-table" className="min-w-[36rem]">
      <THead
        columns={[
          { label: '#', numeric: true, className: 'w-8 px-2' },
          'Model',
          { label: 'Score', numeric: true },
          'Settings',
          'Source',
        ]}
      />
      <tbody>
        <RankedScoreRows version={version} benchmarkName={benchmark.name} rows={rows} sources={sourceKeys(ranked)} />
      </tbody>
    </Table>
  );
}
