'use client';

import Link from 'next/link';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { OrgDot } from '@/components/ui/org-dot';
import { compareUrl, type CompareState } from '@/lib/view-state';

export interface PickerOption {
  id: string;
  label: string;
  /** Extra words the search matches (organization, category). */
  keywords: string;
  hint?: string;
  /** The organization whose colour marks the option. */
  org?: string;
}

export interface PickerOptionGroup {
  label: string;
  options: PickerOption[];
}

/** What choosing an option changes in the view. */
export type PickerAction = 'models' | 'benchmarks' | 'y' | 'v';

function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** The view with `id` toggled (or, with `only`, the only one chosen): the same links the server rendered before. */
function hrefFor(action: PickerAction, state: CompareState, shown: readonly string[], id: string, only: boolean, latest: string | null): string {
  switch (action) {
    case 'models': {
      const models = only ? [id] : toggle(shown, id);
      return compareUrl({ ...state, models, sort: models.length ? state.sort : null });
    }
    case 'benchmarks':
      return compareUrl(only ? { ...state, benchmarks: [id], categories: [] } : { ...state, benchmarks: toggle(shown, id) });
    case 'y':
      return compareUrl({ ...state, y: id });
    case 'v':
      return compareUrl({ ...state, v: id === latest ? null : id });
  }
}

/**
 * The options of a Picker: rendered when the picker opens, narrowed as you type, each a link to
 * the view with that option toggled. Escape or a click outside closes the picker; a single
 * choice ("only", a quick pick, a single-choice option) closes it too, as a menu would.
 */
export function PickerList({
  action,
  label,
  groups,
  state,
  shown,
  multi,
  latest,
}: {
  action: PickerAction;
  label: string;
  groups: PickerOptionGroup[];
  state: CompareState;
  shown: string[];
  /** Multi-select pickers toggle and offer "only"; single-choice pickers just choose. */
  multi: boolean;
  latest: string | null;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const inputId = useId();
  const anchor = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const details = anchor.current?.closest('details');
    if (!details) return;
    const onToggle = () => setOpen(details.open);
    const onPointerDown = (e: PointerEvent) => {
      if (details.open && !details.contains(e.target as Node)) details.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && details.open && details.contains(document.activeElement)) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if ((e.target as Element | null)?.closest?.('[data-closes-picker]')) details.open = false;
    };
    // The picker may have been opened before this component hydrated.
    setOpen(details.open);
    details.addEventListener('toggle', onToggle);
    details.addEventListener('click', onClick);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKey);
    return () => {
      details.removeEventListener('toggle', onToggle);
      details.removeEventListener('click', onClick);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return groups;
    return groups
      .map((g) => ({ ...g, options: g.options.filter((o) => `${o.label} ${o.keywords}`.toLowerCase().includes(q)) }))
      .filter((g) => g.options.length > 0);
  }, [groups, query]);

  const searchLabel = `Search ${label.toLowerCase()}`;
  return (
    <div ref={anchor}>
      {open ? (
        <>
          <label htmlFor={inputId} className="sr-only">
            {searchLabel}
          </label>
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={searchLabel}
            autoComplete="off"
            className="w-full rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 text-sm"
          />
          <div className="mt-2 max-h-80 overflow-y-auto pr-1">
            {filtered.length === 0 ? <p className="px-1 py-2 text-sm text-[var(--fg-muted)]">Nothing matches “{query}”.</p> : null}
            {filtered.map((g) => (
              <div key={g.label} className="mb-2">
                <p className="px-1 py-0.5 text-[11px] font-semibold tracking-wide text-[var(--fg-subtle)] uppercase">{g.label}</p>
                <ul>
                  {g.options.map((o) => {
                    const selected = shown.includes(o.id);
                    const status = selected ? (multi ? 'selected, select to remove' : 'selected') : multi ? 'not selected, select to add' : 'select';
                    return (
                      <li key={o.id} className="flex items-center">
                        <Link
                          href={hrefFor(action, state, shown, o.id, false, latest)}
                          scroll={false}
                          prefetch={false}
                          className="flex min-w-0 flex-1 items-center gap-2 rounded px-1 py-1 text-sm hover:bg-[var(--bg-muted)]"
                          data-item-id={o.id}
                          {...(multi ? {} : { 'data-closes-picker': '' })}
                          aria-label={`${o.label}${o.hint ? `, ${o.hint}` : ''}: ${status}`}
                        >
                          <span
                            aria-hidden="true"
                            className={`grid size-4 shrink-0 place-items-center rounded border text-[10px] ${selected ? 'border-[var(--accent)] bg-[var(--accent)] text-[var(--accent-fg)]' : 'border-[var(--fg-subtle)]'}`}
                          >
                            {selected ? '✓' : ''}
                          </span>
                          {o.org ? <OrgDot org={o.org} /> : null}
                          <span className="flex-1">{o.label}</span>
                          {o.hint ? <span className="text-xs text-[var(--fg-subtle)]">{o.hint}</span> : null}
                        </Link>
                        {multi ? (
                          <Link
                            href={hrefFor(action, state, shown, o.id, true, latest)}
                            scroll={false}
                            prefetch={false}
                            className="rounded px-1.5 py-1 text-[11px] text-[var(--accent)] hover:bg-[var(--bg-muted)]"
                            aria-label={`Show only ${o.label}`}
                            data-only-id={o.id}
                            data-closes-picker=""
                          >
                            only
                          </Link>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
