'use client';

import Link from 'next/link';
import { LinkPending } from '@/components/ui/link-pending';
import { cx } from '@/lib/cx';
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { OrgDot } from '@/components/ui/org-dot';
import {
  isPickerCatalog,
  type PickerCatalog,
  type PickerCatalogList,
  type PickerOption,
  type PickerOptionGroup,
} from '@/lib/compare/picker-options';
import { compareUrl, toggleId, type CompareState } from '@/lib/view-state';

/** Where a picker's options come from: given with the page (a few), or the version's catalogue, fetched once for every picker. */
export type PickerOptionsSource = { groups: PickerOptionGroup[] } | { catalogUrl: string; list: PickerCatalogList };

const catalogs = new Map<string, Promise<PickerCatalog>>();

function loadCatalog(url: string): Promise<PickerCatalog> {
  let pending = catalogs.get(url);
  if (!pending) {
    pending = fetch(url, { headers: { accept: 'application/json' } })
      .then(async (res) => {
        const body: unknown = await res.json().catch(() => null);
        if (!res.ok) {
          const message = (body as { error?: { message?: string } } | null)?.error?.message;
          throw new Error(message ?? `the server answered ${res.status}`);
        }
        if (!isPickerCatalog(body)) throw new Error('the server sent an unexpected answer');
        return body;
      })
      .catch((error: unknown) => {
        // Forget a failure, so that opening the picker again tries again.
        catalogs.delete(url);
        throw error;
      });
    catalogs.set(url, pending);
  }
  return pending;
}

type Loaded = { state: 'ready'; groups: PickerOptionGroup[] } | { state: 'loading' } | { state: 'failed'; message: string };

/**
 * The groups of a source: at once when given; otherwise fetched when the browser is idle after
 * the page loads (so the picker opens with them), or when the picker opens, whichever is first.
 */
function usePickerGroups(source: PickerOptionsSource, open: boolean): { loaded: Loaded; retry: () => void } {
  const catalogUrl = 'catalogUrl' in source ? source.catalogUrl : null;
  const list = 'list' in source ? source.list : null;
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    if (!catalogUrl) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => setWanted(true));
    return () => cancel(handle);
  }, [catalogUrl]);

  useEffect(() => {
    if (!catalogUrl || !list || !(wanted || open)) return;
    let current = true;
    loadCatalog(catalogUrl).then(
      (catalog) => current && setLoaded({ state: 'ready', groups: catalog[list] }),
      (error: unknown) =>
        current && setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [catalogUrl, list, wanted, open, attempt]);

  const retry = () => {
    setLoaded({ state: 'loading' });
    setAttempt((n) => n + 1);
  };
  if ('groups' in source) return { loaded: { state: 'ready', groups: source.groups }, retry };
  return { loaded, retry };
}

/** What choosing an option changes in the view. */
export type PickerAction = 'models' | 'benchmarks' | 'y' | 'v';

/** The view with `id` toggled (or, with `only`, the only one chosen): the same links the server rendered before. */
function hrefFor(
  action: PickerAction,
  state: CompareState,
  shown: readonly string[],
  id: string,
  only: boolean,
  latest: string | null,
): string {
  switch (action) {
    case 'models': {
      const models = only ? [id] : toggleId(shown, id);
      return compareUrl({ ...state, models, sort: models.length ? state.sort : null });
    }
    case 'benchmarks':
      return compareUrl(only ? { ...state, benchmarks: [id], categories: [] } : { ...state, benchmarks: toggleId(shown, id) });
    case 'y':
      return compareUrl({ ...state, y: id });
    case 'v':
      return compareUrl({ ...state, v: id === latest ? null : id });
  }
}

/**
 * Follows the open state of the <details> around `anchor`, and closes it on Escape, on a click
 * outside, and on a click on anything marked data-closes-picker.
 */
function useDetailsOpen(anchor: RefObject<HTMLDivElement | null>, setOpen: (open: boolean) => void) {
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
  }, [anchor, setOpen]);
}

/** One option: a link that toggles it (or chooses it), and for a multi-select an "only" link. */
function OptionRow({
  option: o,
  selected,
  multi,
  href,
  onlyHref,
}: {
  option: PickerOption;
  selected: boolean;
  multi: boolean;
  href: string;
  /** A multi-select's "only" link. */
  onlyHref: string | null;
}) {
  const status = selected
    ? multi
      ? 'selected, select to remove'
      : 'selected'
    : multi
      ? 'not selected, select to add'
      : 'select';
  return (
    <li className="flex items-center">
      <Link
        href={href}
        scroll={false}
        prefetch={false}
        className="group/opt flex min-w-0 flex-1 items-center gap-2 rounded px-1 py-1 text-sm hover:bg-bg-muted"
        data-item-id={o.id}
        {...(multi ? {} : { 'data-closes-picker': '' })}
        aria-label={`${o.label}${o.hint ? `, ${o.hint}` : ''}: ${status}`}
      >
        <span
          aria-hidden="true"
          // While the new view loads, the box shows the state this choice asks for.
          className={cx(
            'grid size-4 shrink-0 place-items-center rounded border text-[10px]',
            selected
              ? 'border-accent bg-accent text-accent-fg group-has-[[data-link-pending]]/opt:border-fg-subtle group-has-[[data-link-pending]]/opt:bg-transparent'
              : 'border-fg-subtle group-has-[[data-link-pending]]/opt:border-accent group-has-[[data-link-pending]]/opt:bg-accent group-has-[[data-link-pending]]/opt:text-accent-fg',
          )}
        >
          <span
            className={cx(
              selected
                ? 'group-has-[[data-link-pending]]/opt:opacity-0'
                : 'opacity-0 group-has-[[data-link-pending]]/opt:opacity-100',
            )}
          >
            ✓
          </span>
        </span>
        {o.org ? <OrgDot org={o.org} /> : null}
        <span className="flex-1">{o.label}</span>
        {o.hint ? <span className="text-xs text-fg-subtle">{o.hint}</span> : null}
        <LinkPending />
      </Link>
      {onlyHref ? (
        <Link
          href={onlyHref}
          scroll={false}
          prefetch={false}
          className="rounded px-1.5 py-1 text-[11px] text-accent hover:bg-bg-muted"
          aria-label={`Show only ${o.label}`}
          data-only-id={o.id}
          data-closes-picker=""
        >
          only
          <LinkPending />
        </Link>
      ) : null}
    </li>
  );
}

/**
 * The options of a Picker: rendered when the picker opens, narrowed as you type, each a link to
 * the view with that option toggled. Escape or a click outside closes the picker; a single
 * choice ("only", a quick pick, a single-choice option) closes it too, as a menu would.
 */
export function PickerList({
  action,
  label,
  source,
  state,
  shown,
  multi,
  latest,
}: {
  action: PickerAction;
  label: string;
  source: PickerOptionsSource;
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

  useDetailsOpen(anchor, setOpen);

  const { loaded, retry } = usePickerGroups(source, open);
  const groups = useMemo(() => (loaded.state === 'ready' ? loaded.groups : []), [loaded]);

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
            className="w-full rounded border border-border bg-bg px-2 py-1 text-sm"
          />
          <div className="mt-2 max-h-80 overflow-y-auto pr-1">
            {loaded.state === 'loading' ? (
              <p className="px-1 py-2 text-sm text-fg-muted" role="status">
                Loading the options…
              </p>
            ) : null}
            {loaded.state === 'failed' ? (
              <p className="px-1 py-2 text-sm text-warn" role="alert">
                Could not load the options: {loaded.message}.{' '}
                <button type="button" className="underline" onClick={retry}>
                  Try again
                </button>
              </p>
            ) : null}
            {loaded.state === 'ready' && filtered.length === 0 ? (
              <p className="px-1 py-2 text-sm text-fg-muted">Nothing matches “{query}”.</p>
            ) : null}
            {filtered.map((g) => (
              <div key={g.label} className="mb-2">
                <p className="px-1 py-0.5 text-[11px] font-semibold tracking-wide text-fg-subtle uppercase">{g.label}</p>
                <ul>
                  {g.options.map((o) => (
                    <OptionRow
                      key={o.id}
                      option={o}
                      selected={shown.includes(o.id)}
                      multi={multi}
                      href={hrefFor(action, state, shown, o.id, false, latest)}
                      onlyHref={multi ? hrefFor(action, state, shown, o.id, true, latest) : null}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
