import { formatPartialDate } from '@/lib/format';
import { Frame, ogImage, Stat } from '@/lib/og/render';
import { getModel } from '@/lib/queries/models';
import { getScoreViews } from '@/lib/queries/scores';
import { getBenchmarks } from '@/lib/queries/scores';
import { resolveVersion } from '@/lib/queries/versions';

export const dynamic = 'force-dynamic';

const HEADLINE_BENCHMARKS = [
  'swe-bench-verified',
  'aime-2025',
  'gpqa-diamond',
  'livecodebench',
  'hle',
  'terminal-bench',
  'browsecomp',
  'mmlu-pro',
];

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { version } = resolveVersion(undefined);
  const model = getModel(version.id, id);
  if (!model) return new Response('unknown model', { status: 404 });
  const names = new Map(getBenchmarks(version.id).map((b) => [b.id, b.name]));
  const scores = getScoreViews(version.id, [id]).filter((s) => s.isHeadline);
  const picked = HEADLINE_BENCHMARKS.map((b) => scores.find((s) => s.benchmarkId === b))
    .filter((s) => s !== undefined)
    .slice(0, 4);
  const spec = (f: 'total-params' | 'active-params' | 'context-window' | 'license') => model.specs[f]?.display;
  const release = model.specs['release-date'];
  // Source titles are printed as they are, Chinese ones included (the bundled font covers them).
  const sourceTitles = [
    ...new Set([...Object.values(model.specs).map((v) => v.source.title), ...picked.map((s) => s.source.title)]),
  ];
  return ogImage(
    <Frame
      kicker={`${model.organization.name} · data ${version.id}`}
      title={model.name}
      subtitle={[
        model.openWeights ? 'Open weights' : 'Closed weights',
        spec('license'),
        release ? `released ${formatPartialDate(String(release.value))}` : null,
      ]
        .filter(Boolean)
        .join(' · ')}
      footer={sourceTitles.length ? `Sources: ${sourceTitles.slice(0, 3).join('; ')}` : undefined}
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 18 }}>
        <div style={{ display: 'flex', gap: 16 }}>
          <Stat label="Total parameters" value={spec('total-params') ?? '—'} />
          <Stat label="Active parameters" value={spec('active-params') ?? '—'} />
          <Stat label="Context window" value={spec('context-window') ?? '—'} />
        </div>
        <div style={{ display: 'flex', gap: 16 }}>
          {picked.map((s) => (
            <Stat key={s.benchmarkId} label={names.get(s.benchmarkId) ?? s.benchmarkId} value={s.display} />
          ))}
        </div>
      </div>
    </Frame>,
    { pinned: false },
  );
}
