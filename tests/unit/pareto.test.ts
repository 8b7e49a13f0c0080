import { describe, expect, it } from 'vitest';
import { blendedPrice, paretoFrontier } from '@/lib/compare/pareto';

describe('paretoFrontier', () => {
  const pts = [
    { id: 'cheap-weak', x: 0.1, y: 40 },
    { id: 'mid', x: 0.6, y: 64 },
    { id: 'dominated', x: 1.0, y: 60 },
    { id: 'pricey-strong', x: 3.0, y: 72 },
    { id: 'pricier-same', x: 5.0, y: 72 },
  ];
  it('keeps exactly the points nothing cheaper beats', () => {
    expect(paretoFrontier(pts).map((p) => p.id)).toEqual(['cheap-weak', 'mid', 'pricey-strong']);
  });
  it('returns the frontier ordered by price', () => {
    const f = paretoFrontier([...pts].reverse());
    expect(f.map((p) => p.x)).toEqual([0.1, 0.6, 3.0]);
  });
  it('handles lower-is-better scores', () => {
    expect(paretoFrontier(pts, false).map((p) => p.id)).toEqual(['cheap-weak']);
  });
  it('is empty for no points', () => {
    expect(paretoFrontier([])).toEqual([]);
  });
});

describe('blendedPrice', () => {
  it('weights input three to one', () => {
    expect(blendedPrice(0.6, 2.2)).toBeCloseTo(1.0, 10);
    expect(blendedPrice(3, 15)).toBeCloseTo(6, 10);
  });
});
