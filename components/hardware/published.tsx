import Link from 'next/link';
import { DetailTip } from '@/components/ui/source-tip';
import { PROFILE_LABEL } from '@/components/values/detail-body';
import { SourceLink } from '@/components/values/source-line';
import type { HardwareView } from '@/lib/queries/hardware';
import { RowTh, Table, Td, THead } from '@/components/ui/table';

export { PROFILE_LABEL };

/** A published requirement exactly as its source gives it, the source one hover or tap away. */
export function PublishedFigure({ row, modelName }: { row: HardwareView; modelName: string }) {
  return (
    <DetailTip
      href={row.detail}
      className="font-semibold"
      label={<span className="tabular">{row.display}</span>}
      ariaLabel={`${modelName} ${row.precision} ${PROFILE_LABEL[row.profile]}: ${row.display}. Show source`}
    />
  );
}

/** Every published requirement of the version, by model, conditions footnoted once each. */
export function PublishedTable({ rows, modelNames }: { rows: HardwareView[]; modelNames: Map<string, string> }) {
  const models = [...new Set(rows.map((r) => r.modelId))];
  // Footnotes numbered in the order the table shows them.
  const conditions: string[] = [];
  for (const m of models)
    for (const r of rows) if (r.modelId === m && r.condition && !conditions.includes(r.condition)) conditions.push(r.condition);
  return (
    <div className="space-y-2">
      <Table label="Published GPU requirements table" className="min-w-[48rem]">
        <THead columns={['Model', 'Precision', 'Profile', 'As published', 'Conditions', 'Source']} />
        {models.map((modelId) => {
          const list = rows.filter((r) => r.modelId === modelId);
          const name = modelNames.get(modelId) ?? modelId;
          return (
            <tbody key={modelId} className="border-t-2 border-border" data-model={modelId}>
              {list.map((r, i) => (
                <tr key={i}>
                  {i === 0 ? (
                    <RowTh scope="rowgroup" rowSpan={list.length} className="align-top whitespace-nowrap">
                      <Link className="hover:underline" href={`/models/${modelId}`}>
                        {name}
                      </Link>
                    </RowTh>
                  ) : null}
                  <Td className="text-xs">{r.precision}</Td>
                  <Td className="text-xs whitespace-nowrap">{PROFILE_LABEL[r.profile]}</Td>
                  <Td className="whitespace-nowrap">
                    <PublishedFigure row={r} modelName={name} />
                  </Td>
                  <Td className="text-xs">
                    {r.condition ? (
                      <a className="link" href={`#hw-cond-${conditions.indexOf(r.condition) + 1}`}>
                        [{conditions.indexOf(r.condition) + 1}]
                      </a>
                    ) : (
                      <span className="text-fg-subtle">none stated</span>
                    )}
                  </Td>
                  <Td className="min-w-[16rem] text-xs">
                    <SourceLink source={r.source} />
                  </Td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </Table>
      {conditions.length > 0 ? (
        <ol className="space-y-1 text-xs text-fg-muted">
          {conditions.map((c, i) => (
            <li key={i} id={`hw-cond-${i + 1}`}>
              [{i + 1}] {c}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
