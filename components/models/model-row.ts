/*
 * The compact form of a model-list row that model-rows.tsx (a client leaf) draws. Shared by server
 * and client code: no directive, no server-only imports.
 */

/** A spec value in a cell: [row id (for its details), what the cell shows, whether sources disagree]. */
export type SpecCell = readonly [id: string, display: string, conflict: boolean];

export type ModelRow = readonly [
  id: string,
  name: string,
  org: string,
  orgName: string,
  openWeights: boolean,
  benchmarksScored: number,
  /** One per body column after the name; null where the column is not a spec or the model has no value. */
  cells: ReadonlyArray<SpecCell | null>,
];
