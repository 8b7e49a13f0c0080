import type { ScoreView } from '../queries/scores';
import type { Candidate } from './like-for-like';

/** A score as the like-for-like engine sees it (pure: usable on the server and in chart code alike). */
export function toCandidate(s: ScoreView): Candidate {
  const { thinking, effort, tools, harness, metric, window, subset, context } = s.settings;
  return {
    scoreId: s.id,
    modelId: s.modelId,
    value: s.value,
    upper: s.upper,
    exactness: s.exactness,
    disputed: s.disputed,
    headline: s.isHeadline,
    sourceId: s.source.id,
    sourceTitle: s.source.title,
    sourceKind: s.source.kind,
    figure: s.figure,
    settings: { thinking, effort, tools, harness, metric, window, subset, context },
  };
}
