import { describe, expect, it } from 'vitest';
import { scatterLabels } from '@/lib/compare/chart-data';

const point = (modelId: string, x: number, y: number) => ({ modelId, label: modelId.toUpperCase(), x, y });

describe('scatter labels', () => {
  it('labels a cluster of coinciding points once, on its highest point, with every name from the top down', () => {
    const labels = scatterLabels(
      [point('a', 32, 64.2), point('b', 32, 68), point('c', 32, 65.8), point('d', 12, 57.6), point('e', 37, 42)],
      [7.5, 60],
    );
    expect(labels.get('b')).toBe('B · C · A');
    expect(labels.get('a')).toBe('');
    expect(labels.get('c')).toBe('');
    expect(labels.get('d')).toBe('D');
    expect(labels.get('e')).toBe('E');
  });

  it('keeps separate labels for points apart on either axis', () => {
    const labels = scatterLabels([point('a', 1, 60), point('b', 1, 70), point('c', 3, 60)], [0.5, 5]);
    expect([...labels.values()]).toEqual(['B', 'A', 'C']);
  });

  it('labels a single point with its name', () => {
    expect(scatterLabels([point('a', 1, 50)], [0.5, 2]).get('a')).toBe('A');
  });
});
