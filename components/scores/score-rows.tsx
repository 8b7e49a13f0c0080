'use client';

import Link from 'next/link';
import { ModelNameLink } from '@/components/ui/model-name';
import { Td } from '@/components/ui/table';
import { ScoreValue } from '@/components/values/score-value';
import { detailHref } from '@/lib/details';
import { SCORE_FLAG, type BenchmarkScores, type RankedScore, type ScoreCell, type SourceKey } from './score-cell';

/*
 * The body rows of the model page's and the benchmark page's score tables, drawn from compact tuples.
 * These tables hold up to a hundred rows. As server components every row is written twice: once as
 * HTML and once as its element tree in the RSC payload (about 720 bytes a row, more than the HTML).
 * As a client leaf the payload carries only the tuples below (about 100 bytes a row) while the HTML
 * stays the same, so a no-JS reader and a crawler see every value. Build them with
 * components/scores/settings-source-cells.tsx (scoreCell, sourceKeys); their shape is in score-cell.ts.
 */

function ValueAndSourceCells({
  version,
  title,
  cell,
  sources,
}: {
  version: string;
  title: string;
  cell: ScoreCell;
  sources: readonly SourceKey[];
}) {
  const [id, display, flags, settings, sourceNumber] = cell;
  const source = sources[sourceNumber - 1];
  return (
    <>
      <Td numeric>
        <ScoreValue
          title={title}
          score={{
            detail: detailHref(version, 'score', id),
            display,
            disputed: (flags & SCORE_FLAG.disputed) !== 0,
            hasConflict: (flags & SCORE_FLAG.conflict) !== 0,
          }}
        />
        {flags & SCORE_FLAG.disputed ? <span className="ml-1 text-[10px] text-warn">disputed</span> : null}
      </Td>
      <Td className="text-xs">{settings || <span className="text-fg-subtle">not stated</span>}</Td>
      <Td className="text-xs">
        <a className="link" href={`#src-${source?.[0] ?? ''}`} aria-label={`Source ${sourceNumber}: ${source?.[1] ?? ''}`}>
          {`[${sourceNumber}]`}
        </a>
      </Td>
    </>
  );
}

/** The model page: per benchmark its headline row (linking the benchmark), then "also reported" rows, muted. */
export function ModelScoreRows({
  version,
  modelName,
  groups,
  sources,
}: {
  version: string;
  modelName: string;
  groups: readonly BenchmarkScores[];
  sources: readonly SourceKey[];
}) {
  return groups.flatMap(([benchmarkId, benchmarkName, cells]) =>
    cells.map((cell, i) => (
      <tr key={`${benchmarkId}-${i}`} className={i > 0 ? 'text-fg-muted' : undefined}>
        <Td>
          {i === 0 ? (
            <Link className="hover:underline" href={`/benchmarks/${benchmarkId}`}>
              {benchmarkName}
            </Link>
          ) : (
            <span className="pl-3 text-xs">also reported</span>
          )}
        </Td>
        <ValueAndSourceCells version={version} title={`${modelName} · ${benchmarkName}`} cell={cell} sources={sources} />
      </tr>
    )),
  );
}

/** The benchmark page's ranking: rank, model, score, settings, source. */
export function RankedScoreRows({
  version,
  benchmarkName,
  rows,
  sources,
}: {
  version: string;
  benchmarkName: string;
  rows: readonly RankedScore[];
  sources: readonly SourceKey[];
}) {
  return rows.map(([modelId, modelName, org, cell], i) => (
    <tr key={modelId} data-model={modelId}>
      <Td numeric className="px-2 text-fg-subtle">
        {i + 1}
      </Td>
      <th scope="row" className="whitespace-nowrap">
        <ModelNameLink id={modelId} name={modelName} org={org} />
      </th>
      <ValueAndSourceCells version={version} title={`${modelName} · ${benchmarkName}`} cell={cell} sources={sources} />
    </tr>
  ));
}
