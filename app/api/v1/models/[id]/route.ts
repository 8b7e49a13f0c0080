import { detailEndpoint } from '@/lib/api/respond';
import { modelHardwareRows, modelRows, scoreRow } from '@/lib/api/resources';
import type { ModelDetail } from '@/lib/api/schemas';
import { getScoreViews } from '@/lib/queries/scores';
import type { z } from 'zod';

export const dynamic = 'force-dynamic';

export const GET = detailEndpoint<z.output<typeof ModelDetail>['data']>({
  what: 'model',
  csvHint: '/api/v1/scores?models=<id>&format=csv',
  load: (version, id) => {
    const model = modelRows(version).find((m) => m.id === id);
    return model && { ...model, scores: getScoreViews(version.id, [id]).map(scoreRow), hardware: modelHardwareRows(version, id) };
  },
});
