'use client';

import { useEffect, useState } from 'react';

type Choice = 'system' | 'light' | 'dark';
const NEXT: Record<Choice, Choice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<Choice, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

function apply(choice: Choice) {
  const dark = choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Cycles system -> light -> dark; "system" keeps following the OS setting live. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<Choice>('system');

  useEffect(() => {
    const stored = localStorage.getItem('theme');
    if (stored === 'light' || stored === 'dark') setChoice(stored);
  }, []);

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
      className="rounded-md border border-[var(--border)] px-2 py-1 text-xs text-[var(--fg-muted)] hover:bg-[var(--bg-muted)]"
      onClick={() => {
        const next = NEXT[choice];
        setChoice(next);
        if (next === 'system') localStorage.removeItem('theme');
        else localStorage.setItem('theme', next);
        apply(next);
      }}
      aria-label={`${LABEL[choice]}. Change theme`}
      title="Change theme"
    >
      {choice === 'system' ? '◐ System' : choice === 'light' ? '☀ Light' : '☾ Dark'}
    </button>
  );
}
