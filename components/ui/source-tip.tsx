import type { ReactNode } from 'react';

/**
 * A value with its provenance one hover, focus or tap away. Rendered entirely on the server:
 * the panel is in the HTML (hidden), so it costs no client component per cell; the single
 * SourceTipController in the layout shows, positions and hides panels for the whole page.
 * Its styles are three short classes in app/globals.css rather than utility lists: a page holds
 * hundreds of these, and every class string is sent twice (in the HTML and in the RSC payload).
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
    <span className="source-tip" data-tip-root="">
      <button
        type="button"
        className={`tip-trigger ${className}`}
        aria-describedby={panelId}
        aria-expanded="false"
        aria-controls={panelId}
        aria-label={ariaLabel}
        data-tip={panelId}
      >
        {label}
      </button>
      <span role="tooltip" id={panelId} hidden className="tip-panel">
        {children}
      </span>
    </span>
  );
}
