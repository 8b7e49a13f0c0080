/**
 * Where the details behind one value live: its source, settings, exactness, notes and what other
 * sources report. Pages carry only this address per value; the panel is fetched when first opened
 * (from `${href}/panel`, cached for good because a data version never changes) and the address
 * itself is a page, so a value is still a working link without JavaScript.
 * Shared by server and client code: no server-only imports here.
 */
export const DETAIL_KINDS = ['score', 'price', 'spec', 'hardware', 'gpu', 'event'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

export function isDetailKind(kind: string): kind is DetailKind {
  return (DETAIL_KINDS as readonly string[]).includes(kind);
}

export function detailHref(version: string, kind: DetailKind, id: string | number): string {
  return `/details/${encodeURIComponent(version)}/${kind}/${encodeURIComponent(String(id))}`;
}

/** The JSON the panel is drawn from; a sibling of the page so both share one cache key prefix. */
export function detailPanelHref(href: string): string {
  return `${href}/panel`;
}
