'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { SEARCH_KIND_LABEL, searchEntries, searchIndexUrl, type SearchEntry } from '@/lib/search';
import { cx } from '@/lib/cx';

const MAX_SHOWN = 8;
/** One index per data version, fetched once per page load (and cached by the browser for good). */
const indexes = new Map<string, Promise<SearchEntry[]>>();

function loadIndex(version: string): Promise<SearchEntry[]> {
  let index = indexes.get(version);
  if (!index) {
    index = fetch(searchIndexUrl(version))
      .then((r) => (r.ok ? (r.json() as Promise<{ entries: SearchEntry[] }>) : { entries: [] }))
      .then((body) => body.entries)
      .catch(() => {
        indexes.delete(version);
        return [];
      });
    indexes.set(version, index);
  }
  return index;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The header's search box. Without JavaScript it is a GET form to /search; with it, results
 * appear as you type (a combobox over a cached index), and "/" focuses it from anywhere.
 */
export function HeaderSearch({ version }: { version: string }) {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [entries, setEntries] = useState<SearchEntry[] | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const results = entries ? searchEntries(entries, query, MAX_SHOWN) : [];
  const expanded = open && query.trim() !== '' && entries !== null;

  const warm = () => {
    if (entries === null) void loadIndex(version).then(setEntries);
  };
  const go = (href: string) => {
    setOpen(false);
    setQuery('');
    inputRef.current?.blur();
    router.push(href);
  };

  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Site"
      className="relative order-last w-full md:order-none md:w-60"
      onSubmit={(event) => {
        const pick = results[active];
        if (pick) {
          event.preventDefault();
          go(pick.href);
        }
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        Search models, benchmarks, organizations and pages
      </label>
      <input
        ref={inputRef}
        id="site-search"
        name="q"
        type="search"
        autoComplete="off"
        placeholder="Search (press /)"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onFocus={() => {
          warm();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          warm();
          setQuery(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (results.length === 0) return;
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => (i + step + results.length) % results.length);
          } else if (event.key === 'Escape') {
            setOpen(false);
            setActive(-1);
          }
        }}
        className="w-full rounded-md border border-border bg-bg px-2 py-1 text-sm"
        data-testid="header-search"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        hidden={!expanded}
        className="absolute right-0 z-30 mt-1 max-h-[70vh] w-full min-w-64 overflow-y-auto rounded-md border border-border bg-bg p-1 text-sm shadow-lg"
      >
        {results.map((r, i) => (
          <li
            key={r.href}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={cx('cursor-pointer rounded px-2 py-1.5', i === active ? 'bg-bg-muted' : 'hover:bg-bg-muted')}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              go(r.href);
            }}
          >
            <span className="font-medium">{r.label}</span>{' '}
            <span className="text-xs text-fg-muted">
              {SEARCH_KIND_LABEL[r.kind].replace(/s$/, '')} · {r.detail}
            </span>
          </li>
        ))}
        {expanded && results.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="px-2 py-1.5 text-fg-muted">
            No match; press Enter to search every page
          </li>
        ) : null}
      </ul>
    </form>
  );
}
