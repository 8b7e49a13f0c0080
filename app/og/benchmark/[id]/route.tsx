import { Bars, Frame, ogImage } from '@/lib/og/render';
import { getModelList } from '@/lib/queries/models';
import { getBenchmarks, getScoreViews } from '@/lib/queries/scores';
import { resolveVersion } from '@/lib/queries/versions';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { version } = resolveVersion(undefined);
  const benchmark = getBenchmarks(version.id).find((b) => b.id === id);
  if (!benchmark) return new Response('unknown benchmark', { status: 404 });
  const models = new Map(getModelList(version.id).map((m) => [m.id, m]));
  const dir = benchmark.higherIsBetter ? -1 : 1;
  const ranked = getScoreViews(version.id, undefined, [id])
    .filter((s) => s.isHeadline && (s.exactness === 'exact' || s.exactness === 'approx'))
    .sort((a, b) => dir * (a.value - b.value))
    .slice(0, 8);
  return ogImage(
    <Frame
      kicker={`Benchmark · ${benchmark.category} · data ${version.id}`}
      title={benchmark.name}
      subtitle={benchmark.description}
    >
      <Bars
        title={`Top ${ranked.length}`}
        width={1088}
        max={benchmark.unit === '%' ? 100 : Math.max(...ranked.map((s) => s.value), 1)}
        bars={ranked.map((s) => ({
          label: models.get(s.modelId)?.name ?? s.modelId,
          org: models.get(s.modelId)?.organization.id ?? 'other',
          value: s.value,
          display: s.display,
          approx: s.exactness === 'approx',
        }))}
      />
    </Frame>,
    { pinned: false },
  );
}
