'use client';

import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { createPortal } from 'react-dom';
import { DetailBody, DetailContextLink } from '@/components/values/detail-body';
import { detailPanelHref } from '@/lib/details';
import type { Detail } from '@/lib/queries/details';
import { REMOTE_TIP_ID } from './source-tip';

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

type Why = { status: string; reason: string } | null;

/** A compare cell's reason when its column header gives it for every cell (components/compare/compare-table.tsx). */
function columnReason(trigger: HTMLElement): string | undefined {
  const column = trigger.closest('td')?.dataset.column;
  const table = trigger.closest('table');
  if (!column || !table) return undefined;
  const basis = table.querySelector(`thead th[data-column="${CSS.escape(column)}"] [data-testid="column-basis"]`);
  return basis?.getAttribute('title') ?? undefined;
}
type Remote = { trigger: HTMLElement; host: HTMLElement; href: string; why: Why };

const WHY_TITLE: Record<string, string> = {
  compared: 'Compared like-for-like',
  excluded: 'Left out of this comparison',
  alone: 'Nothing to compare with',
};

function RemotePanelBody({ href, why }: { href: string; why: Why }) {
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

/**
 * The listeners behind every source panel of the page; returns their removal. `setRemote` asks React
 * to draw a fetched panel beside its value; `onOpenPanel` receives the function that opens a drawn panel.
 */
function attachTipListeners(
  setRemote: Dispatch<SetStateAction<Remote | null>>,
  onOpenPanel: (open: (trigger: HTMLElement, panel: HTMLElement) => void) => void,
): () => void {
  let open: { trigger: HTMLElement; panel: HTMLElement; stop: () => void } | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const isRemote = (trigger: HTMLElement) => trigger.dataset.tip === REMOTE_TIP_ID;

  const place = (trigger: HTMLElement, panel: HTMLElement) =>
    autoUpdate(trigger, panel, () => {
      void computePosition(trigger, panel, {
        strategy: 'fixed',
        placement: 'bottom',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              panel.style.maxHeight = `${Math.max(80, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        panel.style.left = `${Math.round(x)}px`;
        panel.style.top = `${Math.round(y)}px`;
      });
    });

  const openPanel = (trigger: HTMLElement, panel: HTMLElement) => {
    if (!panel.matches(':popover-open')) panel.showPopover();
    trigger.setAttribute('aria-expanded', 'true');
    if (isRemote(trigger)) trigger.setAttribute('aria-describedby', REMOTE_TIP_ID);
    open = { trigger, panel, stop: place(trigger, panel) };
  };
  onOpenPanel(openPanel);

  const show = (trigger: HTMLElement) => {
    clearTimeout(hideTimer);
    if (open?.trigger === trigger) return;
    hide();
    if (isRemote(trigger)) {
      const host = document.createElement('span');
      trigger.after(host);
      const status = trigger.dataset.whyStatus;
      const reason = trigger.dataset.why ?? columnReason(trigger);
      setRemote({
        trigger,
        host,
        href: trigger.getAttribute('href') ?? '',
        why: status && reason ? { status, reason } : null,
      });
      return;
    }
    const id = trigger.dataset.tip;
    const panel = id ? document.getElementById(id) : null;
    if (panel) openPanel(trigger, panel);
  };

  function hide() {
    clearTimeout(hideTimer);
    if (!open) return;
    const { trigger, panel, stop } = open;
    open = null;
    stop();
    trigger.setAttribute('aria-expanded', 'false');
    if (panel.matches(':popover-open')) panel.hidePopover();
    if (isRemote(trigger)) {
      trigger.removeAttribute('aria-describedby');
      setRemote((r) => (r?.trigger === trigger ? null : r));
    }
  }

  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 180);
  };

  const triggerOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest('[data-tip]') as HTMLElement | null) : null;
  const insideOpen = (target: EventTarget | null) =>
    !!open && target instanceof Node && (open.trigger.contains(target) || open.panel.contains(target));

  const onPointerOver = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    const trigger = triggerOf(e.target);
    if (trigger && !open?.panel.contains(trigger)) show(trigger);
    else if (insideOpen(e.target)) clearTimeout(hideTimer);
  };
  const onPointerOut = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse' || !open) return;
    if (insideOpen(e.target) && !insideOpen(e.relatedTarget)) hideSoon();
  };
  const onFocusIn = (e: FocusEvent) => {
    const trigger = triggerOf(e.target);
    if (trigger && !open?.panel.contains(trigger)) show(trigger);
    else if (open && !insideOpen(e.target)) hide();
  };
  // A tap focuses the value (which opens its panel) and then clicks it: the click must not close what
  // the same tap just opened. So whether a tap closes a panel is decided by whether it was open when
  // the finger went down.
  let openAtPointerDown: HTMLElement | null = null;
  const onPointerDown = (e: PointerEvent) => {
    openAtPointerDown = e.pointerType !== 'mouse' && open && triggerOf(e.target) === open.trigger ? open.trigger : null;
  };
  const onClick = (e: MouseEvent) => {
    const trigger = triggerOf(e.target);
    if (!trigger || open?.panel.contains(trigger)) {
      if (open && !insideOpen(e.target)) hide();
      return;
    }
    // A modified click (new tab, new window) follows the value's link to its details page.
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    const tapOnOpen = openAtPointerDown === trigger && (e as PointerEvent).pointerType !== 'mouse';
    openAtPointerDown = null;
    if (tapOnOpen) hide();
    else show(trigger);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    const { trigger } = open;
    hide();
    trigger.focus();
  };

  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('pointerout', onPointerOut);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKey);
  // Focus may have landed on a value before this component hydrated.
  const focused = triggerOf(document.activeElement);
  if (focused) show(focused);
  return () => {
    hide();
    document.removeEventListener('pointerover', onPointerOver);
    document.removeEventListener('pointerout', onPointerOut);
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('pointerdown', onPointerDown, true);
    document.removeEventListener('click', onClick);
    document.removeEventListener('keydown', onKey);
  };
}

/**
 * One listener set for every value with a source panel: hover and keyboard focus show the panel, a tap
 * toggles it (phones have no hover), Escape or a click elsewhere closes it. Panels are manual popovers
 * (the browser draws them in the top layer, so no table scroller clips them), placed by Floating UI.
 * Not `popover="auto"`: its light dismiss closes a panel on the very tap or click that opened it, as
 * the value it belongs to sits outside the panel.
 * Panels of DetailTips are drawn here, in a host placed right after their value so that Tab reaches the
 * panel's links next, from the JSON their address serves.
 */
export function SourceTipController() {
  const [remote, setRemote] = useState<Remote | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  const openRef = useRef<(trigger: HTMLElement, panel: HTMLElement) => void>(() => {});

  useEffect(() => attachTipListeners(setRemote, (open) => (openRef.current = open)), []);

  // The remote panel exists once its portal has mounted: open it then, and drop its host when it goes.
  useLayoutEffect(() => {
    if (!remote) return;
    if (panelRef.current) openRef.current(remote.trigger, panelRef.current);
    return () => remote.host.remove();
  }, [remote]);

  if (!remote) return null;
  return createPortal(
    <span id={REMOTE_TIP_ID} role="tooltip" popover="manual" className="tip-panel" ref={panelRef}>
      <RemotePanelBody href={remote.href} why={remote.why} />
    </span>,
    remote.host,
  );
}
