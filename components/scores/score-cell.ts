/*
 * The compact form of a score-table row that components/scores/score-rows.tsx (a client leaf) draws.
 * Shared by server and client code, so no directive and no server-only imports: a value exported
 * from a 'use client' module is only a reference on the server.
 */

/** Bits of a cell's flags. */
export const SCORE_FLAG = { disputed: 1, conflict: 2 } as const;

/** One score: its row id (for its details), what the cell shows, flags, its settings, its source's number. */
export type ScoreCell = [id: string, display: string, flags: number, settings: string, sourceNumber: number];
/** The sources a table cites, in the order of their numbers: [id, publisher]. */
export type SourceKey = [id: string, publisher: string];
/** A benchmark's scores on the model page: the headline first, then the other reported values. */
export type BenchmarkScores = [benchmarkId: string, benchmarkName: string, cells: ScoreCell[]];
/** A model's headline score on the benchmark page, rows best first. */
export type RankedScore = [modelId: string, modelName: string, org: string, cell: ScoreCell];
