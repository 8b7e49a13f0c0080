import { describe, expect, it } from 'vitest';
import { reasoningModes } from '@/lib/compare/chart-data';
import { paretoFrontier } from '@/lib/compare/pareto';
import type { ScoreView } from '@/lib/queries/scores';

function score(modelId: string, value: number, settings: Partial<ScoreView['settings']>, isHeadline = false): ScoreView {
  return {
    id: `${modelId}-${value}`,
    modelId,
    value,
    display: `${value}%`,
    exactness: 'exact',
    disputed: false,
    isHeadline,
    settings: {
      thinking: null,
      tools: null,
      harness: null,
      metric: null,
      window: null,
      context: null,
      opponent: null,
      effort: null,
      subset: null,
      ...settings,
    },
  } as ScoreView;
}

describe('reasoning efforts in the price-vs-score scatter', () => {
  it('plots each effort or thinking mode a source gives as its own point', () => {
    const scores = [
      score('gpt-5.2', 35.4, { effort: 'xhigh' }, true),
      score('gpt-5.2', 30.1, { effort: 'medium' }),
      score('gpt-5.2', 45.5, { effort: 'xhigh', tools: true }),
      score('glm-5', 30.5, { thinking: 'on' }, true),
    ];
    const gpt = reasoningModes(scores, 'gpt-5.2', scores[0]!);
    expect(gpt.map((p) => [p.label, p.score.value])).toEqual([
      ['xhigh effort', 35.4],
      ['medium effort', 30.1],
    ]);
    // One mode only: one point, labelled with the model alone.
    expect(reasoningModes(scores, 'glm-5', scores[3]!)).toEqual([{ key: '', label: null, score: scores[3] }]);
  });

  it('computes the frontier over every mode as its own point', () => {
    const points = [
      { id: 'a~high', x: 10, y: 80 },
      { id: 'a~low', x: 10, y: 60 },
      { id: 'b', x: 2, y: 70 },
    ];
    expect(
      paretoFrontier(points, true)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['a~high', 'b']);
  });
});
