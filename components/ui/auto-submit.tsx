'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useTransition } from 'react';
import { useHydrated } from '@/lib/use-client-value';
import {
  parseCostState,
  parseHardwareState,
  parseModelListState,
  serializeCostState,
  serializeHardwareState,
  serializeModelListState,
  withQuery,
} from '@/lib/view-state';

/**
 * Enhances a server-rendered GET form: after a pause in typing (or on submit) it navigates to
 * the view's canonical URL with router.replace/push, so the page re-renders on the server
 * without a full reload. Without JavaScript the form still submits as a plain GET.
 */
export function AutoSubmit({
  formId,
  view,
  delayMs = 450,
}: {
  formId: string;
  view: 'cost' | 'hardware' | 'models';
  delayMs?: number;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const enhanced = useHydrated();

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const target = () => {
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
      const query =
        view === 'cost'
          ? serializeCostState(parseCostState(params).state)
          : view === 'models'
            ? serializeModelListState(parseModelListState(params).state)
            : serializeHardwareState(parseHardwareState(params).state);
      return withQuery(new URL(form.action, window.location.href).pathname, query);
    };
    const go = (mode: 'replace' | 'push') => {
      clearTimeout(timer);
      const url = target();
      if (url === `${window.location.pathname}${window.location.search}`) return;
      startTransition(() => {
        if (mode === 'replace') router.replace(url, { scroll: false });
        else router.push(url, { scroll: false });
      });
    };
    const onEdit = () => {
      clearTimeout(timer);
      // A value the browser already flags (out of range, not a number) is left for the person to fix.
      if (!form.checkValidity()) return;
      timer = setTimeout(() => go('replace'), delayMs);
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      go('push');
    };
    form.addEventListener('input', onEdit);
    form.addEventListener('change', onEdit);
    form.addEventListener('submit', onSubmit);
    return () => {
      clearTimeout(timer);
      form.removeEventListener('input', onEdit);
      form.removeEventListener('change', onEdit);
      form.removeEventListener('submit', onSubmit);
    };
  }, [formId, view, delayMs, router]);

  return (
    <span
      aria-live="polite"
      className="text-xs text-fg-muted"
      data-testid="auto-submit-status"
      data-enhanced={enhanced ? '' : undefined}
    >
      {pending ? 'Updating…' : enhanced ? 'Updates as you type.' : ''}
    </span>
  );
}
