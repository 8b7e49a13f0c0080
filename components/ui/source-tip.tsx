import type { ReactNode } from 'react';

/**
 * A value with its provenance one hover, focus or tap away. Rendered entirely on the server:
 * the panel is in the HTML (hidden), so it costs no client component per cell; the single
 * SourceTipController in the layout shows, positions and hides panels for the whole page.
 */
export function SourceTip({
  id,
  label,
  children,
  className = '',
  ariaLabel,
}: {
  /** Unique on the page; links the trigger to its panel. */
  id: string;
  label: ReactNode;
  children: ReactNode;
  className?: string;
  ariaLabel?: string;
}) {
  const panelId = `tip-${id}`;
  return (
    <span className="source-tip relative inline-block" data-tip-root="">
      <button
        type="button"
        className={`tip-trigger cursor-help rounded-sm underline decoration-dotted decoration-[var(--fg-subtle)] underline-offset-4 ${className}`}
        aria-describedby={panelId}
        aria-expanded="false"
        aria-controls={panelId}
        aria-label={ariaLabel}
        data-tip={panelId}
      >
        {label}
      </button>
      <span
        role="tooltip"
        id={panelId}
        hidden
        className="tip-panel fixed z-50 block max-h-[70vh] w-max max-w-[min(22rem,calc(100vw-1rem))] overflow-y-auto rounded-md border border-[var(--border)] bg-[var(--bg)] p-3 text-left text-xs leading-relaxed font-normal whitespace-normal text-[var(--fg)] shadow-xl"
      >
        {children}
      </span>
    </span>
  );
}
