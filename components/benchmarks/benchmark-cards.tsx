'use client';

import Link from 'next/link';

/** One benchmark's card: [id, name, parent [id, name] or null, description, unit words, direction words, models scored, values]. */
export type BenchmarkCard = readonly [
  id: string,
  name: string,
  parent: readonly [id: string, name: string] | null,
  description: string,
  unit: string,
  direction: string,
  modelsScored: number,
  scoreRows: number,
];

/**
 * The cards of /benchmarks, drawn from compact tuples. The page lists every benchmark of the data
 * (nearly two hundred): as server components each card would be written twice, as HTML and as its
 * element tree in the RSC payload; as a client leaf the payload carries the tuples and the HTML is the
 * same. Cards are styled by short classes (app/globals.css) for the same reason.
 */
export function BenchmarkCards({ cards }: { cards: readonly BenchmarkCard[] }) {
  return cards.map(([id, name, parent, description, unit, direction, modelsScored, scoreRows]) => (
    <li key={id} data-benchmark={id} className={parent ? 'bcard border-dashed' : 'bcard'}>
      <h3>
        <Link className="link" href={`/benchmarks/${id}`}>
          {name}
        </Link>
      </h3>
      {parent ? (
        <p className="text-xs text-fg-muted">
          part of{' '}
          <Link className="link" href={`/benchmarks/${parent[0]}`}>
            {parent[1]}
          </Link>
        </p>
      ) : null}
      <p>{description}</p>
      <div className="bcard-meta">
        <span className="tag">
          {unit} · {direction}
        </span>
        <span data-testid="models-scored" className={modelsScored === 0 ? 'text-fg-subtle' : undefined}>
          {modelsScored === 0
            ? 'no model scored yet'
            : `${modelsScored} ${modelsScored === 1 ? 'model' : 'models'} scored${scoreRows !== modelsScored ? ` (${scoreRows} values)` : ''}`}
        </span>
      </div>
    </li>
  ));
}
