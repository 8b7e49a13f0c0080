'use client';

import { useEffect } from 'react';
import { useClientValue } from '@/lib/use-client-value';

type Choice = 'system' | 'light' | 'dark';
const NEXT: Record<Choice, Choice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<Choice, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

function apply(choice: Choice) {
  const dark = choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

const listeners = new Set<() => void>();
function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}
function storedChoice(): Choice {
  const stored = localStorage.getItem('theme');
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}
function store(choice: Choice) {
  if (choice === 'system') localStorage.removeItem('theme');
  else localStorage.setItem('theme', choice);
  for (const listener of listeners) listener();
}

/** Cycles system -> light -> dark; "system" keeps following the OS setting live. */
export function ThemeToggle() {
  const choice = useClientValue(storedChoice, 'system', subscribe);

  // The inline script in <head> sets the theme before first paint; a page React renders in the
  // browser instead (an error shell) never ran it, so apply the choice once hydrated as well.
  useEffect(() => apply(choice), [choice]);

  useEffect(() => {
    if (choice !== 'system') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => apply('system');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [choice]);

  return (
    <button
      type="button"
      className="rounded-md border border-border px-2 py-1 text-xs text-fg-muted hover:bg-bg-muted"
      onClick={() => {
        const next = NEXT[choice];
        store(next);
        apply(next);
      }}
      aria-label={`${LABEL[choice]}. Change theme`}
      title="Change theme"
    >
      {choice === 'system' ? '◐ System' : choice === 'light' ? '☀ Light' : '☾ Dark'}
    </button>
  );
}
