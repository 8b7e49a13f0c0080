'use client';

import Link from 'next/link';
import type { CSSProperties } from 'react';
import { SpecValueCell } from '@/components/values/spec-value';
import { detailHref } from '@/lib/details';
import { orgColor } from '@/lib/org-colors';
import type { ModelRow } from './model-row';

/*
 * The body rows of the model list, drawn from compact tuples (built by modelRow in model-row.ts).
 * The list holds every model of the data, a hundred rows and more: as server components each row
 * would be written twice, as HTML and as its element tree in the RSC payload; as a client leaf the
 * payload carries only the tuples and the HTML is the same.
 */
export function ModelRows({
  version,
  columns,
  rows,
  sources,
}: {
  version: string;
  /** The body columns after the name: [id, numeric, the label a value's link is read with]. */
  columns: ReadonlyArray<readonly [id: string, numeric: boolean, label: string]>;
  rows: readonly ModelRow[];
  /** Each value a link to its source (the models page); plain text on the home page. */
  sources: boolean;
}) {
  return rows.map(([id, name, org, orgName, openWeights, scored, cells]) => (
    <tr key={id} data-model={id} data-org={org}>
      <th scope="row">
        <Link href={`/models/${id}`} className="link">
          {name}
        </Link>
        {sources ? (
          <span className="block text-[10px] font-normal text-fg-muted">{openWeights ? 'open weights' : 'closed weights'}</span>
        ) : null}
      </th>
      {columns.map(([column, numeric, label], i) => {
        const spec = cells[i];
        const numericClass = numeric ? 'r' : undefined;
        if (column === 'org') {
          // The swatch is the cell's ::before (app/globals.css), not an element: a hundred rows.
          return sources ? (
            <td key={column} className="org-cell" style={{ '--org': orgColor(org) } as CSSProperties}>
              {orgName}
            </td>
          ) : (
            <td key={column}>{orgName}</td>
          );
        }
        if (column === 'scores') {
          return (
            <td key={column} className={numericClass}>
              {scored > 0 ? scored : '—'}
            </td>
          );
        }
        if (!spec) {
          // The table's caption says what "—" means; the title says it on hover.
          return (
            <td key={column} className={numeric ? 'r text-fg-subtle' : 'text-fg-subtle'} title="not reported">
              —
            </td>
          );
        }
        return (
          <td key={column} className={numericClass}>
            {sources ? (
              <SpecValueCell
                value={{ detail: detailHref(version, 'spec', spec[0]), display: spec[1], hasConflict: spec[2], label }}
              />
            ) : (
              spec[1]
            )}
          </td>
        );
      })}
    </tr>
  ));
}
