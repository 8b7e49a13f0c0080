import Link from 'next/link';
import { DetailTip } from '@/components/ui/source-tip';
import { PROFILE_LABEL } from '@/components/values/detail-body';
import { SourceLink } from '@/components/values/source-line';
import type { HardwareView } from '@/lib/queries/hardware';
import { TableScroller } from '@/components/ui/table-scroller';

export { PROFILE_LABEL };

/** A published requirement exactly as its source gives it, the source one hover or tap away. */
export function PublishedFigure({ row, modelName }: { id?: string; row: HardwareView; modelName: string }) {
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
      <TableScroller label="Published GPU requirements table">
        <table className="tabular w-full min-w-[48rem] text-sm">
          <thead className="bg-bg-subtle text-left text-xs text-fg-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Model
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Precision
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Profile
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                As published
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Conditions
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Source
              </th>
            </tr>
          </thead>
          {models.map((modelId) => {
            const list = rows.filter((r) => r.modelId === modelId);
            const name = modelNames.get(modelId) ?? modelId;
            return (
              <tbody key={modelId} className="border-t-2 border-border" data-model={modelId}>
                {list.map((r, i) => (
                  <tr key={i} className={i > 0 ? 'border-t border-border' : ''}>
                    {i === 0 ? (
                      <th
                        scope="rowgroup"
                        rowSpan={list.length}
                        className="px-3 py-1.5 text-left align-top font-medium whitespace-nowrap"
                      >
                        <Link className="hover:underline" href={`/models/${modelId}`}>
                          {name}
                        </Link>
                      </th>
                    ) : null}
                    <td className="px-3 py-1.5 text-xs">{r.precision}</td>
                    <td className="px-3 py-1.5 text-xs whitespace-nowrap">{PROFILE_LABEL[r.profile]}</td>
                    <td className="px-3 py-1.5 whitespace-nowrap">
                      <PublishedFigure id={`pub-all-${modelId}-${i}`.replace(/[^a-z0-9-]/gi, '_')} row={r} modelName={name} />
                    </td>
                    <td className="px-3 py-1.5 text-xs">
                      {r.condition ? (
                        <a className="link" href={`#hw-cond-${conditions.indexOf(r.condition) + 1}`}>
                          [{conditions.indexOf(r.condition) + 1}]
                        </a>
                      ) : (
                        <span className="text-fg-subtle">none stated</span>
                      )}
                    </td>
                    <td className="min-w-[16rem] px-3 py-1.5 text-xs">
                      <SourceLink source={r.source} />
                    </td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </TableScroller>
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
