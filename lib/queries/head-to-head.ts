import 'server-only';
import { basisLabel, pairVerdict, type PairVerdict } from '../compare/like-for-like';
import { getBenchmarks, getScoreViews, type BenchmarkInfo, type ScoreView } from './scores';
import { toCandidate } from './compare';

export interface HeadToHeadRow {
  benchmark: BenchmarkInfo;
  /** The values compared (like-for-like) or, when not comparable, each model's headline value. */
  a: ScoreView | null;
  b: ScoreView | null;
  aOthers: ScoreView[];
  bOthers: ScoreView[];
  /** a − b when the pair is comparable. */
  gap: number | null;
  leader: 'a' | 'b' | 'tie' | null;
  /** Why the two values may be compared, or why not; null when only one model reports the benchmark. */
  reason: string | null;
  comparable: boolean;
}

export interface HeadToHead {
  verdict: PairVerdict;
  rows: HeadToHeadRow[];
}

/**
 * Two models in the order the URL names them (a − b), over every benchmark either reports:
 * comparable pairs first (with the values the like-for-like rules chose), then the pairs that
 * could not be compared with the reason, then the benchmarks only one of them reports.
 */
export function getHeadToHead(version: string, a: string, b: string, nameOf: (id: string) => string): HeadToHead {
  const scores = getScoreViews(version, [a, b]);
  const byBenchmark = new Map<string, ScoreView[]>();
  for (const s of scores) {
    const list = byBenchmark.get(s.benchmarkId);
    if (list) list.push(s);
    else byBenchmark.set(s.benchmarkId, [s]);
  }
  const benchmarks = getBenchmarks(version).filter((bench) => byBenchmark.has(bench.id));
  const verdict = pairVerdict(
    a,
    b,
    benchmarks.map((bench) => ({
      meta: { id: bench.id, name: bench.name, category: bench.category, unit: bench.unit, higherIsBetter: bench.higherIsBetter },
      candidates: (byBenchmark.get(bench.id) ?? []).map(toCandidate),
    })),
    nameOf,
  );
  const compared = new Map(verdict.compared.map((r) => [r.benchmark.id, r]));
  const excluded = new Map(verdict.notComparable.map((e) => [e.benchmark.id, e]));
  const rows = benchmarks.map((bench): HeadToHeadRow => {
    const list = byBenchmark.get(bench.id) ?? [];
    const result = compared.get(bench.id);
    const pick = (model: string, scoreId: string | undefined) =>
      list.find((s) => s.id === scoreId) ?? list.find((s) => s.modelId === model && s.isHeadline) ?? null;
    const va = pick(a, result?.a.scoreId);
    const vb = pick(b, result?.b.scoreId);
    return {
      benchmark: bench,
      a: va,
      b: vb,
      aOthers: list.filter((s) => s.modelId === a && s !== va),
      bOthers: list.filter((s) => s.modelId === b && s !== vb),
      gap: result ? result.gap : null,
      leader: result ? result.leader : null,
      reason: result ? `Compared like-for-like: ${basisLabel(result.basis)}.` : (excluded.get(bench.id)?.reason ?? null),
      comparable: !!result,
    };
  });
  const rank = (r: HeadToHeadRow) => (r.comparable ? 0 : r.reason ? 1 : 2);
  rows.sort((x, y) => rank(x) - rank(y));
  return { verdict, rows };
}
