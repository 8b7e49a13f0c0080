import type { z } from 'zod';
import { ApiError, errorAnswer, jsonAnswer, readQuery, resolveApiVersion } from '@/lib/api/respond';
import type { CompareAnswer } from '@/lib/api/schemas';
import { getCompareIds, getLikeForLike } from '@/lib/queries/compare';
import { MATCH_MODES, type MatchMode } from '@/lib/view-state';

export const dynamic = 'force-dynamic';

const MAX_CELLS = 2000;

/**
 * /api/v1/compare?models=a~b~c&benchmarks=x~y&match=like|all&v=…: per benchmark which values may
 * be compared and why (lib/compare/like-for-like.ts), and the first model's verdict against the others.
 */
export function GET(request: Request): Response {
  try {
    const query = readQuery(new URL(request.url), ['models', 'benchmarks', 'match', 'v']);
    if (query.format !== 'json') throw new ApiError(400, 'this endpoint answers JSON only', 'format');
    const { version, pinned } = resolveApiVersion(query);
    const models = query.list('models');
    const benchmarks = query.list('benchmarks');
    if (!models || models.length < 2)
      throw new ApiError(400, 'models must name at least two model ids separated by "~"', 'models');
    if (!benchmarks) throw new ApiError(400, 'benchmarks must name at least one benchmark id', 'benchmarks');
    if (models.length * benchmarks.length > MAX_CELLS) {
      throw new ApiError(400, `models × benchmarks may be at most ${MAX_CELLS}`, 'benchmarks');
    }
    const rawMatch = query.get('match') ?? 'like';
    if (!(MATCH_MODES as readonly string[]).includes(rawMatch)) throw new ApiError(400, 'match must be like or all', 'match');
    const known = getCompareIds(version.id);
    for (const [param, ids, set, what] of [
      ['models', models, known.models, 'model'],
      ['benchmarks', benchmarks, known.benchmarks, 'benchmark'],
    ] as const) {
      const unknown = ids.filter((id) => !set.has(id));
      if (unknown.length > 0)
        throw new ApiError(400, `unknown ${what} id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, param);
    }
    const match = rawMatch as MatchMode;
    const { benchmarks: rows, verdict } = getLikeForLike(version.id, models, benchmarks, match);
    const answer: z.output<typeof CompareAnswer> = {
      version: version.id,
      data: {
        match,
        benchmarks: rows,
        verdict: verdict && {
          focus: verdict.focus,
          sentence: verdict.sentence,
          compared: verdict.compared,
          leads: verdict.leads,
          notComparable: verdict.notComparable,
          pairs: verdict.pairs.map((p) => ({
            model: p.b,
            leads: p.aLeads,
            trails: p.bLeads,
            ties: p.ties,
            notComparable: p.notComparable.length,
            medianGapPoints: p.medianGapPoints,
            sentence: p.sentence,
          })),
        },
      },
    };
    return jsonAnswer(request, answer, pinned);
  } catch (error) {
    return errorAnswer(error);
  }
}
