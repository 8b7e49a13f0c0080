import 'server-only';
import type { PairVerdict } from '../compare/like-for-like';
import { formatPartialDate } from '../format';
import { getCompareDefaults } from './compare';
import { getHeadToHead, type HeadToHeadRow } from './head-to-head';
import { getHistory } from './history';
import { getModelList } from './models';
import { getListPrices, type ListPrice } from './prices';

export interface FamilyRelease {
  id: string;
  name: string;
  date: string | null;
  dateLabel: string | null;
  totalParams: string | null;
  activeParams: string | null;
  price: ListPrice | null;
  /** This release against the one before it, like-for-like (this − previous); null for the first. */
  step: { previous: { id: string; name: string }; verdict: PairVerdict; rows: HeadToHeadRow[] } | null;
}

/**
 * The GLM line release by release: each main release (a Z.ai model with its own launch chart,
 * not a variant) with its launch date, size and list price, and what it gained over the release
 * before it on the benchmarks the two were measured on like-for-like (usually in the newer one's
 * launch chart, which shows its predecessor).
 */
export function getGlmFamily(version: string): FamilyRelease[] {
  const models = getModelList(version);
  const launch = new Set(getCompareDefaults(version).launchPicks.map((p) => p.modelId));
  const launches = new Map(getHistory(version).flatMap((e) => (e.model ? [[e.model.id, e] as const] : [])));
  const prices = getListPrices(version);
  const line = models
    .filter((m) => m.organization.id === 'zai' && m.variantOf === null && launch.has(m.id))
    .map((m) => ({ model: m, date: launches.get(m.id)?.date ?? (m.specs['release-date']?.value as string | undefined) ?? null }))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const nameOf = (id: string) => models.find((m) => m.id === id)?.name ?? id;
  return line.map(({ model, date }, i): FamilyRelease => {
    const previous = i > 0 ? line[i - 1]!.model : null;
    const h2h = previous ? getHeadToHead(version, model.id, previous.id, nameOf) : null;
    const spec = (field: 'total-params' | 'active-params') => model.specs[field]?.display ?? null;
    return {
      id: model.id,
      name: model.name,
      date,
      dateLabel: date ? formatPartialDate(date) : null,
      totalParams: spec('total-params'),
      activeParams: spec('active-params'),
      price: prices.get(model.id) ?? null,
      step:
        previous && h2h
          ? {
              previous: { id: previous.id, name: previous.name },
              verdict: h2h.verdict,
              rows: h2h.rows.filter((r) => r.comparable),
            }
          : null,
    };
  });
}
