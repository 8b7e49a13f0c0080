import 'server-only';
import { CATEGORY_LABEL } from '../categories';
import type { BenchmarkCategory } from '../data/schema';
import type { SearchEntry } from '../search';
import { SEARCHABLE_PAGES } from '../site-pages';
import { getBenchmarkIndex, getModelIndex } from './catalog';
import { perVersion } from './memo';

/** Everything the site search finds in a version, computed once per version. */
export const getSearchIndex = perVersion('searchIndex', (version): SearchEntry[] => {
  const groups = getModelIndex(version);
  const organizations = groups.map((g): SearchEntry => ({
    kind: 'organization',
    label: g.organization.name,
    href: `/models?org=${g.organization.id}`,
    detail: `${g.models.length} ${g.models.length === 1 ? 'model' : 'models'}`,
    keywords: [g.organization.id, ...g.organization.aka].join(' '),
  }));
  const models = groups.flatMap((g) =>
    g.models.map((m): SearchEntry => ({
      kind: 'model',
      label: m.name,
      href: `/models/${m.id}`,
      detail: `${m.organization.name}${m.openWeights ? ', open weights' : ''}`,
      keywords: [m.id, m.family, ...g.organization.aka].join(' '),
    })),
  );
  const benchmarks = getBenchmarkIndex(version).flatMap((g) =>
    g.benchmarks.map((b): SearchEntry => ({
      kind: 'benchmark',
      label: b.name,
      href: `/benchmarks/${b.id}`,
      detail: CATEGORY_LABEL[b.category as BenchmarkCategory] ?? b.category,
      keywords: b.id,
    })),
  );
  const pages = SEARCHABLE_PAGES.map((p): SearchEntry => ({
    kind: 'page',
    label: p.label,
    href: p.href,
    detail: p.href,
    keywords: p.keywords,
  }));
  return [...models, ...benchmarks, ...organizations, ...pages];
});
