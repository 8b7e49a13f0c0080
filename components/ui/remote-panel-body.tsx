'use client';

import { useEffect, useState } from 'react';
import { DetailBody, DetailContextLink } from '@/components/values/detail-body';
import { detailPanelHref } from '@/lib/details';
import type { Detail } from '@/lib/queries/details';

/*
 * What a fetched source panel draws. Loaded by SourceTipController when a page first opens a panel (or
 * when the browser is idle), not with the page: most readers open none.
 */

export type Why = { status: string; reason: string } | null;

/** Details already fetched (or on their way), by address: a value opened twice is fetched once. */
const detailCache = new Map<string, Promise<Detail>>();

function loadDetail(href: string): Promise<Detail> {
  let pending = detailCache.get(href);
  if (!pending) {
    pending = fetch(detailPanelHref(href))
      .then(async (res) => {
        const body = (await res.json().catch(() => null)) as { detail?: Detail; error?: string } | null;
        if (!res.ok || !body?.detail) throw new Error(body?.error ?? `The details could not be loaded (HTTP ${res.status}).`);
        return body.detail;
      })
      .catch((error: unknown) => {
        // A failed load is not kept: the next opening tries again.
        detailCache.delete(href);
        throw error instanceof Error && error.message !== 'Failed to fetch'
          ? error
          : new Error('The details could not be loaded: the connection failed.');
      });
    detailCache.set(href, pending);
  }
  return pending;
}

const WHY_TITLE: Record<string, string> = {
  compared: 'Compared like-for-like',
  excluded: 'Left out of this comparison',
  alone: 'Nothing to compare with',
};

export default function RemotePanelBody({ href, why }: { href: string; why: Why }) {
  const [state, setState] = useState<{ href: string; detail?: Detail; error?: string } | null>(null);
  useEffect(() => {
    let live = true;
    loadDetail(href).then(
      (detail) => live && setState({ href, detail }),
      (error: Error) => live && setState({ href, error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [href]);
  const current = state?.href === href ? state : null;
  return (
    <>
      {why ? (
        <span
          className={`mb-2 block rounded border p-2 ${why.status === 'excluded' ? 'border-warn/40 bg-warn-bg' : 'border-border'}`}
          data-testid="match-reason"
        >
          <span className="block font-semibold">{WHY_TITLE[why.status] ?? why.status}</span>
          {why.reason}
        </span>
      ) : null}
      {current?.detail ? (
        <>
          <DetailBody detail={current.detail} />
          {'modelId' in current.detail && window.location.pathname === `/models/${current.detail.modelId}` ? null : (
            <DetailContextLink detail={current.detail} />
          )}
        </>
      ) : current?.error ? (
        <span className="block" role="alert">
          {current.error}{' '}
          <a className="link" href={href}>
            Open the details on their own page
          </a>
        </span>
      ) : (
        <span className="block text-fg-muted" aria-busy="true">
          Loading the source…
        </span>
      )}
    </>
  );
}
