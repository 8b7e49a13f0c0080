import { formatPartialDate } from '@/lib/format';
import { Frame, ogImage, Stat } from '@/lib/og/render';
import { DEFAULT_MODELS } from '@/lib/queries/compare';
import { getHardware } from '@/lib/queries/hardware';
import { getModelList } from '@/lib/queries/models';
import { getListPrices } from '@/lib/queries/prices';
import { getHistory } from '@/lib/queries/history';
import { getVersionCounts, resolveVersion } from '@/lib/queries/versions';

export const dynamic = 'force-dynamic';

const PAGES: Record<string, { kicker: string; title: string; subtitle: string }> = {
  home: {
    kicker: 'Open data',
    title: 'The GLM family and its rivals, like-for-like',
    subtitle: 'Benchmarks, prices, specs and GPUs, every number tied to its source and settings.',
  },
  models: { kicker: 'Models', title: 'Every model compared', subtitle: 'Specs, scores, prices and GPU requirements per model.' },
  benchmarks: {
    kicker: 'Benchmarks',
    title: 'Benchmarks and rankings',
    subtitle: 'What each benchmark measures, and every model ranked with its settings.',
  },
  pricing: {
    kicker: 'Pricing',
    title: 'API prices and a cost calculator',
    subtitle: 'Per 1M tokens, in the currency listed, with as-of dates and sources.',
  },
  hardware: {
    kicker: 'Hardware',
    title: 'GPUs to run open weights',
    subtitle: 'Published requirements, and a planner with its formula in view.',
  },
  history: {
    kicker: 'History',
    title: 'The GLM family, from GLM-130B to GLM-4.6',
    subtitle: 'A timeline of the models and their sources.',
  },
  sources: {
    kicker: 'Sources',
    title: 'Every source behind every number',
    subtitle: 'Technical reports, model cards, vendor pages, and what cites them.',
  },
  about: {
    kicker: 'Methodology',
    title: 'How GLM Compare chooses and shows values',
    subtitle: 'Disagreements kept, approximations kept approximate, missing left missing.',
  },
  api: {
    kicker: 'API',
    title: 'A read-only JSON and CSV API',
    subtitle: 'The same rows as the site, with settings and sources.',
  },
  changelog: {
    kicker: 'Changelog',
    title: 'What changed between data versions',
    subtitle: 'Added, removed and changed, value by value.',
  },
};

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // An own property only: "constructor" or "__proto__" must not find Object.prototype's members.
  const page = Object.hasOwn(PAGES, slug) ? PAGES[slug] : undefined;
  if (!page) return new Response('unknown page', { status: 404 });
  const { version } = resolveVersion(undefined);
  const counts = getVersionCounts(version.id);
  let stats: Array<{ label: string; value: string }> = [
    { label: 'Models', value: String(counts.models) },
    { label: 'Sourced scores', value: String(counts.scores) },
    { label: 'Sources', value: String(counts.sources) },
  ];
  if (slug === 'pricing') {
    const prices = getListPrices(version.id);
    const orgOf = new Map(getModelList(version.id).map((m) => [m.id, m.organization.id]));
    const shown = new Set<string>();
    // The models the explorer opens with, one per organization (GLM and two rivals), each with both list prices.
    stats = DEFAULT_MODELS.flatMap((id) => {
      const p = prices.get(id);
      const org = orgOf.get(id);
      if (!p?.input || !p.output || org === undefined || shown.has(org)) return [];
      shown.add(org);
      return [{ label: `${p.modelId} in / out`, value: `${p.input.display} / ${p.output.display}` }];
    }).slice(0, 3);
  } else if (slug === 'hardware') {
    stats = getHardware(version.id, 'glm-4.5')
      .filter((h) => h.gpu && h.profile === 'standard')
      .slice(0, 3)
      .map((h) => ({ label: `GLM-4.5 ${h.precision}`, value: h.display.replace('NVIDIA ', '') }));
  } else if (slug === 'history') {
    const events = getHistory(version.id);
    stats = [events[0], events[Math.floor(events.length / 2)], events[events.length - 1]]
      .filter((e) => e !== undefined)
      .map((e) => ({ label: formatPartialDate(e.date), value: e.name }));
  }
  return ogImage(
    <Frame kicker={`${page.kicker} · data ${version.id}`} title={page.title} subtitle={page.subtitle}>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        {stats.map((s) => (
          <Stat key={s.label} label={s.label} value={s.value} />
        ))}
      </div>
    </Frame>,
    { pinned: false },
  );
}
