import { SettingsAndSourceCells, sourceNumbers } from '@/components/scores/settings-source-cells';
import { ModelNameLink } from '@/components/ui/model-name';
import { RowTh, Table, Td, THead } from '@/components/ui/table';
import { ScoreValue } from '@/components/values/score-value';
import type { ModelSummary } from '@/lib/queries/models';
import type { BenchmarkInfo, ScoreView } from '@/lib/queries/scores';

/** The benchmark's headline scores, best first, each with its settings and source. */
export function RankingTable({
  benchmark,
  ranked,
  models,
}: {
  benchmark: BenchmarkInfo;
  ranked: ScoreView[];
  models: Map<string, ModelSummary>;
}) {
  const numbers = sourceNumbers(ranked);
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
        {ranked.map((s, i) => {
          const m = models.get(s.modelId);
          return (
            <tr key={s.modelId} className="border-t border-border" data-model={s.modelId}>
              <Td numeric className="px-2 text-fg-subtle">
                {i + 1}
              </Td>
              <RowTh className="whitespace-nowrap">
                <ModelNameLink id={s.modelId} name={m?.name ?? s.modelId} org={m?.organization.id ?? 'other'} />
              </RowTh>
              <Td numeric>
                <ScoreValue title={`${m?.name ?? s.modelId} · ${benchmark.name}`} score={s} />
              </Td>
              <SettingsAndSourceCells score={s} sourceNumber={numbers.get(s.source.id) ?? 0} />
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
