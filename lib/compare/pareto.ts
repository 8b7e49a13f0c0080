/**
 * Price-performance frontier: the points no other point beats on both axes at once
 * (cheaper or equal, and scoring higher or equal, with one strictly better).
 */
export interface ParetoPoint {
  id: string;
  x: number;
  y: number;
}

export function paretoFrontier<T extends ParetoPoint>(points: readonly T[], higherIsBetter = true): T[] {
  const better = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  const sorted = [...points].sort((a, b) => a.x - b.x || (higherIsBetter ? b.y - a.y : a.y - b.y) || a.id.localeCompare(b.id));
  const frontier: T[] = [];
  let bestY: number | undefined;
  for (const p of sorted) {
    if (bestY === undefined || better(p.y, bestY)) {
      frontier.push(p);
      bestY = p.y;
    }
  }
  return frontier;
}

/** Artificial Analysis's blended price: three input tokens for every output token. */
export function blendedPrice(input: number, output: number): number {
  return (3 * input + output) / 4;
}
