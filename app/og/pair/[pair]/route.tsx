import { parsePair } from '@/lib/head-to-head';
import { ogImage, Frame, Stat } from '@/lib/og/render';
import { getModel } from '@/lib/queries/models';
import { getBenchmarks, getScoreViews } from '@/lib/queries/scores';
import { resolveVersion } from '@/lib/queries/versions';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ pair: string }> }) {
  const pair = parsePair((await params).pair);
  const { version } = resolveVersion(undefined);
  const a = pair ? getModel(version.id, pair.a) : null;
  const b = pair ? getModel(version.id, pair.b) : null;
  if (!a || !b) return new Response('unknown pair', { status: 404 });
  const names = new Map(getBenchmarks(version.id).map((x) => [x.id, x.name]));
  const scores = getScoreViews(version.id, [a.id, b.id]).filter((s) => s.isHeadline && !s.disputed);
  const shared = [...new Set(scores.map((s) => s.benchmarkId))]
    .filter(
      (bid) =>
        scores.some((s) => s.modelId === a.id && s.benchmarkId === bid) &&
        scores.some((s) => s.modelId === b.id && s.benchmarkId === bid),
    )
    .slice(0, 4);
  const value = (m: string, bid: string) => scores.find((s) => s.modelId === m && s.benchmarkId === bid)?.display ?? '—';
  return ogImage(
    <Frame
      kicker={`Head to head · data ${version.id}`}
      title={`${a.name} vs ${b.name}`}
      subtitle={`${a.organization.name} · ${b.organization.name}`}
    >
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        {shared.map((bid) => (
          <Stat key={bid} label={names.get(bid) ?? bid} value={`${value(a.id, bid)} vs ${value(b.id, bid)}`} />
        ))}
      </div>
    </Frame>,
    { pinned: false },
  );
}
