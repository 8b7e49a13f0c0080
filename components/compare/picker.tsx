import Link from 'next/link';
import type { CompareState } from '@/lib/view-state';
import { LinkPending } from '@/components/ui/link-pending';
import { PickerList, type PickerAction, type PickerOptionsSource } from './picker-list';

/**
 * A multi-select (or single choice) over the view's URL: every option is a link to the view
 * with that option toggled, so every change is a history entry and the server renders the
 * result; a search narrows the options as you type.
 *
 * The options are rendered in the browser when the picker opens (PickerList). Long lists (every
 * model, every benchmark) are not in the page at all: they are the data version's catalogue,
 * fetched once for every picker when the browser is idle (/compare/options). Rendered on the
 * server, they were most of the page's HTML and RSC payload and grew with the catalogue rather
 * than with the view. The quick picks are few and stay server-rendered links.
 */
export function Picker({
  id,
  label,
  summary,
  action,
  source,
  state,
  shown,
  multi = true,
  latest = null,
  quickPicks,
}: {
  id: string;
  label: string;
  summary: string;
  action: PickerAction;
  source: PickerOptionsSource;
  /** The URL's own view state: links change it by one option, so defaults stay defaults. */
  state: CompareState;
  /** The ids selected now (for models and benchmarks, those on screen). */
  shown: string[];
  multi?: boolean;
  latest?: string | null;
  quickPicks?: Array<{ label: string; href: string; active: boolean }>;
}) {
  return (
    <details className="picker relative" data-picker={id}>
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-border bg-bg px-3 py-1.5 text-sm hover:bg-bg-muted">
        <span className="font-medium">{label}</span>
        <span className="text-fg-muted">{summary}</span>
        <span aria-hidden="true" className="text-fg-subtle">
          ▾
        </span>
      </summary>
      <div className="absolute left-0 z-30 mt-1 w-[min(22rem,calc(100vw-2rem))] rounded-md border border-border bg-bg p-2 shadow-xl">
        {quickPicks && quickPicks.length > 0 ? (
          <div className="mb-2 flex flex-wrap gap-1" aria-label={`${label}: quick picks`} role="group">
            {quickPicks.map((q) => (
              <Link
                key={q.label}
                href={q.href}
                scroll={false}
                prefetch={false}
                {...(q.active ? { 'aria-current': 'true' as const } : null)}
                data-closes-picker=""
                className={q.active ? 'chip chip-sm chip-on' : 'chip chip-sm'}
              >
                {q.label}
                <LinkPending />
              </Link>
            ))}
          </div>
        ) : null}
        <PickerList action={action} label={label} source={source} state={state} shown={shown} multi={multi} latest={latest} />
      </div>
    </details>
  );
}
