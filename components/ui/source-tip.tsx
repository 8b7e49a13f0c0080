import type { ReactNode } from 'react';

/** The id of the one panel that shows fetched details; see SourceTipController. */
export const REMOTE_TIP_ID = 'tip-remote';

/**
 * A value whose details (source, settings, exactness, notes, other sources' values) are fetched when
 * first opened. The page carries only the value and the address of its details: that address is a
 * page, so without JavaScript the value is a plain link to it; with JavaScript the one
 * SourceTipController in the layout opens it in place on hover, focus or tap.
 * Styled by its data-tip attribute (app/globals.css), with no class: a page holds hundreds of these.
 */
export function DetailTip({
  href,
  label,
  ariaLabel,
  className = '',
  why,
}: {
  /** detailHref(…) of the value. */
  href: string;
  label: ReactNode;
  ariaLabel?: string;
  className?: string;
  /** View-dependent context the panel shows above the details: whether and why the value was compared. */
  why?: { status: 'compared' | 'excluded' | 'alone'; reason?: string } | null;
}) {
  // Only attributes that are set, and no aria-expanded until the controller opens it: every
  // attribute here is repeated for every value of a page, in its HTML and in its RSC payload.
  return (
    <a
      href={href}
      {...(className ? { className } : null)}
      {...(ariaLabel ? { 'aria-label': ariaLabel } : null)}
      data-tip={REMOTE_TIP_ID}
      {...(why ? { 'data-why-status': why.status } : null)}
      {...(why?.reason ? { 'data-why': why.reason } : null)}
    >
      {label}
    </a>
  );
}

/**
 * A value with a short, page-specific panel rendered with it (a formula's input, a cost's sources).
 * Used where the panel is not one stored value's details; the controller shows these too. The panel
 * is a popover: hidden until opened, then drawn in the top layer so no table scroller clips it.
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
    <span className="source-tip">
      <button
        type="button"
        {...(className ? { className } : null)}
        aria-describedby={panelId}
        aria-expanded="false"
        aria-controls={panelId}
        aria-label={ariaLabel}
        data-tip={panelId}
      >
        {label}
      </button>
      <span role="tooltip" id={panelId} popover="manual" className="tip-panel">
        {children}
      </span>
    </span>
  );
}
