'use client';

import { useEffect, useLayoutEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { createPortal } from 'react-dom';
import type * as FloatingUi from '@floating-ui/dom';
import type RemotePanelBody from './remote-panel-body';
import type { Why } from './remote-panel-body';
import { REMOTE_TIP_ID } from './source-tip';

// Placement and the panel's drawing code load when a panel first opens or the browser is idle: they
// are not part of any page's first load.
// Kept as a plain module, not React.lazy: a lazy component suspends on its first render even when its
// code is already here, and React holds a revealed Suspense boundary back for 300 ms, so the first
// panel of a page took 330 ms to appear (the next ones 30 ms).
type PanelBody = typeof RemotePanelBody;
let panelBody: PanelBody | undefined;
const loadPanelBody = () => import('./remote-panel-body').then((m) => (panelBody = m.default));
let floatingUi: Promise<typeof FloatingUi> | undefined;
const loadFloatingUi = () => (floatingUi ??= import('@floating-ui/dom'));

/** A compare cell's reason when its column header gives it for every cell (components/compare/compare-table.tsx). */
function columnReason(trigger: HTMLElement): string | undefined {
  const column = trigger.closest('td')?.dataset.column;
  const table = trigger.closest('table');
  if (!column || !table) return undefined;
  const basis = table.querySelector(`thead th[data-column="${CSS.escape(column)}"] [data-testid="column-basis"]`);
  return basis?.getAttribute('title') ?? undefined;
}
type Remote = { trigger: HTMLElement; host: HTMLElement; href: string; why: Why };

// Hidden until Floating UI has placed it, so a panel never flashes where the browser would put it.
function placePanel(trigger: HTMLElement, panel: HTMLElement): () => void {
  let stop = () => {};
  let stopped = false;
  panel.style.visibility = 'hidden';
  void loadFloatingUi().then(({ autoUpdate, computePosition, flip, offset, shift, size }) => {
    if (stopped) return;
    stop = autoUpdate(trigger, panel, () => {
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
        panel.style.visibility = '';
      });
    });
  });
  return () => {
    stopped = true;
    stop();
  };
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

  const openPanel = (trigger: HTMLElement, panel: HTMLElement) => {
    if (!panel.matches(':popover-open')) panel.showPopover();
    trigger.setAttribute('aria-expanded', 'true');
    if (isRemote(trigger)) trigger.setAttribute('aria-describedby', REMOTE_TIP_ID);
    open = { trigger, panel, stop: placePanel(trigger, panel) };
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

  // pointerdown in the capture phase: it must run before the focus change the same tap causes.
  const listeners: Array<[string, (e: never) => void, boolean]> = [
    ['pointerover', onPointerOver, false],
    ['pointerout', onPointerOut, false],
    ['focusin', onFocusIn, false],
    ['pointerdown', onPointerDown, true],
    ['click', onClick, false],
    ['keydown', onKey, false],
  ];
  for (const [type, listener, capture] of listeners) document.addEventListener(type, listener as EventListener, capture);
  // The panel code, fetched ahead of the first opening once the page has settled.
  const warmTimer = window.setTimeout(() => void Promise.all([loadFloatingUi(), loadPanelBody()]).catch(() => {}), 1500);
  // Focus may have landed on a value before this component hydrated.
  const focused = triggerOf(document.activeElement);
  if (focused) show(focused);
  return () => {
    hide();
    window.clearTimeout(warmTimer);
    for (const [type, listener, capture] of listeners) document.removeEventListener(type, listener as EventListener, capture);
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
  const [Body, setBody] = useState<PanelBody | 'failed' | undefined>(() => panelBody);
  const panelRef = useRef<HTMLElement | null>(null);
  const openRef = useRef<(trigger: HTMLElement, panel: HTMLElement) => void>(() => {});

  useEffect(() => attachTipListeners(setRemote, (open) => (openRef.current = open)), []);

  useEffect(() => {
    if (!remote || (Body && Body !== 'failed')) return;
    let current = true;
    loadPanelBody().then(
      (loaded) => current && setBody(() => loaded),
      () => current && setBody('failed'),
    );
    return () => {
      current = false;
    };
  }, [remote, Body]);

  // The remote panel exists once its portal has mounted: open it then, and drop its host when it goes.
  useLayoutEffect(() => {
    if (!remote) return;
    if (panelRef.current) openRef.current(remote.trigger, panelRef.current);
    return () => remote.host.remove();
  }, [remote]);

  if (!remote) return null;
  return createPortal(
    <span id={REMOTE_TIP_ID} role="tooltip" popover="manual" className="tip-panel" ref={panelRef}>
      {Body === 'failed' ? (
        <span className="block">
          The panel could not be loaded. <a href={remote.href}>Open this value&apos;s details</a>.
        </span>
      ) : Body ? (
        <Body href={remote.href} why={remote.why} />
      ) : (
        <span className="block text-fg-muted">Loading the source…</span>
      )}
    </span>,
    remote.host,
  );
}
