'use client';

import { useEffect } from 'react';

/**
 * One listener set for every SourceTip on the page: hover and keyboard focus show a panel,
 * a tap toggles it (phones have no hover), Escape or a tap elsewhere closes it. Panels are
 * positioned with fixed coordinates so a table's own scroller never clips them.
 */
export function SourceTipController() {
  useEffect(() => {
    let open: { trigger: HTMLElement; panel: HTMLElement } | null = null;
    let hideTimer: ReturnType<typeof setTimeout> | undefined;

    const panelFor = (trigger: HTMLElement) => {
      const id = trigger.dataset.tip;
      return id ? document.getElementById(id) : null;
    };

    // The panel fits the viewport: below the trigger, else above it, else on the roomier side
    // with its height capped to the room there (it scrolls inside, .tip-panel is overflow-y-auto).
    const place = (trigger: HTMLElement, panel: HTMLElement) => {
      const margin = 8;
      const gap = 6;
      const r = trigger.getBoundingClientRect();
      panel.style.left = '0px';
      panel.style.top = '0px';
      panel.style.maxHeight = `${Math.max(0, window.innerHeight - 2 * margin)}px`;
      const p = panel.getBoundingClientRect();
      let left = r.left + r.width / 2 - p.width / 2;
      left = Math.max(margin, Math.min(left, window.innerWidth - p.width - margin));
      const below = window.innerHeight - margin - (r.bottom + gap);
      const above = r.top - gap - margin;
      let top: number;
      if (p.height <= below) top = r.bottom + gap;
      else if (p.height <= above) top = r.top - gap - p.height;
      else if (below >= above) {
        top = r.bottom + gap;
        panel.style.maxHeight = `${Math.max(80, below)}px`;
      } else {
        panel.style.maxHeight = `${Math.max(80, above)}px`;
        top = r.top - gap - Math.min(p.height, Math.max(80, above));
      }
      const height = panel.getBoundingClientRect().height;
      top = Math.max(margin, Math.min(top, window.innerHeight - margin - height));
      panel.style.left = `${Math.round(left)}px`;
      panel.style.top = `${Math.round(top)}px`;
    };

    const show = (trigger: HTMLElement) => {
      clearTimeout(hideTimer);
      if (open?.trigger === trigger) return;
      hide();
      const panel = panelFor(trigger);
      if (!panel) return;
      panel.hidden = false;
      trigger.setAttribute('aria-expanded', 'true');
      place(trigger, panel);
      open = { trigger, panel };
    };

    function hide() {
      clearTimeout(hideTimer);
      if (!open) return;
      open.panel.hidden = true;
      open.trigger.setAttribute('aria-expanded', 'false');
      open = null;
    }

    const hideSoon = () => {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(hide, 180);
    };

    const triggerOf = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest('[data-tip]') as HTMLElement | null) : null;
    const rootOf = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest('[data-tip-root]') as HTMLElement | null) : null;

    const onPointerOver = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      const trigger = triggerOf(e.target);
      if (trigger) show(trigger);
      else if (open && rootOf(e.target)?.contains(open.trigger)) clearTimeout(hideTimer);
    };
    const onPointerOut = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' || !open) return;
      const from = rootOf(e.target);
      const to = rootOf(e.relatedTarget);
      if (from && from !== to && from.contains(open.trigger)) hideSoon();
    };
    const onFocusIn = (e: FocusEvent) => {
      const trigger = triggerOf(e.target);
      if (trigger) show(trigger);
      else if (open && !rootOf(e.target)?.contains(open.trigger)) hide();
    };
    // A tap focuses the trigger (which opens its panel) and then clicks it: the click must not
    // close what the same tap just opened. So whether a tap closes a panel is decided by whether
    // it was open when the finger went down.
    let openAtPointerDown: HTMLElement | null = null;
    const onPointerDown = (e: PointerEvent) => {
      openAtPointerDown = e.pointerType !== 'mouse' && open && triggerOf(e.target) === open.trigger ? open.trigger : null;
    };
    const onClick = (e: MouseEvent) => {
      const trigger = triggerOf(e.target);
      if (trigger) {
        const tapOnOpen = openAtPointerDown === trigger && (e as PointerEvent).pointerType !== 'mouse';
        openAtPointerDown = null;
        if (tapOnOpen) hide();
        else show(trigger);
        return;
      }
      if (open && !open.panel.contains(e.target as Node)) hide();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && open) {
        const trigger = open.trigger;
        hide();
        trigger.focus();
      }
    };
    const onScroll = () => {
      if (open) place(open.trigger, open.panel);
    };

    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('pointerout', onPointerOut);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onScroll);
    // Focus may have landed on a trigger before this component hydrated.
    const focused = triggerOf(document.activeElement);
    if (focused) show(focused);
    return () => {
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onScroll);
    };
  }, []);
  return null;
}
