import Link from 'next/link';
import type { ReactNode } from 'react';
import { PickerFilter } from './picker-filter';

export interface PickerItem {
  id: string;
  label: string;
  /** Extra words the search matches (organization, category). */
  keywords: string;
  selected: boolean;
  href: string;
  /** URL with only this item selected. */
  onlyHref?: string;
  hint?: string;
  disabled?: boolean;
  swatch?: ReactNode;
}

export interface PickerGroup {
  label: string;
  items: PickerItem[];
}

/**
 * A multi-select made of links: each item is the URL of the view with that item toggled, so it
 * works without JavaScript, every change is a history entry, and the server renders the result.
 * A small client filter narrows the list as you type.
 */
export function Picker({
  id,
  label,
  summary,
  groups,
  quickPicks,
}: {
  id: string;
  label: string;
  summary: string;
  groups: PickerGroup[];
  quickPicks?: Array<{ label: string; href: string; active: boolean }>;
}) {
  return (
    <details className="picker relative" data-picker={id}>
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-[var(--border)] bg-[var(--bg)] px-3 py-1.5 text-sm hover:bg-[var(--bg-muted)]">
        <span className="font-medium">{label}</span>
        <span className="text-[var(--fg-muted)]">{summary}</span>
        <span aria-hidden="true" className="text-[var(--fg-subtle)]">▾</span>
      </summary>
      <div className="absolute left-0 z-30 mt-1 w-[min(22rem,calc(100vw-2rem))] rounded-md border border-[var(--border)] bg-[var(--bg)] p-2 shadow-xl">
        {quickPicks && quickPicks.length > 0 ? (
          <div className="mb-2 flex flex-wrap gap-1" aria-label={`${label}: quick picks`} role="group">
            {quickPicks.map((q) => (
              <Link
                key={q.label}
                href={q.href}
                scroll={false}
                aria-current={q.active ? 'true' : undefined}
                data-closes-picker=""
                className={`rounded-full border px-2 py-0.5 text-xs ${q.active ? 'border-[var(--accent)] bg-[var(--accent)] text-[var(--accent-fg)]' : 'border-[var(--border)] hover:bg-[var(--bg-muted)]'}`}
              >
                {q.label}
              </Link>
            ))}
          </div>
        ) : null}
        <PickerFilter targetId={`${id}-list`} label={`Search ${label.toLowerCase()}`} />
        <div id={`${id}-list`} className="mt-2 max-h-80 overflow-y-auto pr-1">
          {groups.map((g) => (
            <div key={g.label} className="mb-2" data-picker-group="">
              <p className="px-1 py-0.5 text-[11px] font-semibold tracking-wide text-[var(--fg-subtle)] uppercase">{g.label}</p>
              <ul>
                {g.items.map((item) => (
                  <li key={item.id} className="flex items-center" data-picker-item={`${item.label} ${item.keywords}`.toLowerCase()}>
                    <Link
                      href={item.href}
                      scroll={false}
                      className="flex min-w-0 flex-1 items-center gap-2 rounded px-1 py-1 text-sm hover:bg-[var(--bg-muted)]"
                      data-item-id={item.id}
                      aria-label={`${item.label}${item.hint ? `, ${item.hint}` : ''}: ${item.selected ? 'selected, select to remove' : 'not selected, select to add'}`}
                    >
                      <span
                        aria-hidden="true"
                        className={`grid size-4 shrink-0 place-items-center rounded border text-[10px] ${item.selected ? 'border-[var(--accent)] bg-[var(--accent)] text-[var(--accent-fg)]' : 'border-[var(--fg-subtle)]'}`}
                      >
                        {item.selected ? '✓' : ''}
                      </span>
                      {item.swatch}
                      <span className="flex-1">{item.label}</span>
                      {item.hint ? <span className="text-xs text-[var(--fg-subtle)]">{item.hint}</span> : null}
                    </Link>
                    {item.onlyHref ? (
                      <Link
                        href={item.onlyHref}
                        scroll={false}
                        className="rounded px-1.5 py-1 text-[11px] text-[var(--accent)] hover:bg-[var(--bg-muted)]"
                        aria-label={`Show only ${item.label}`}
                        data-only-id={item.id}
                        data-closes-picker=""
                      >
                        only
                      </Link>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </div>
    </details>
  );
}
