import type { ReactNode } from 'react';

/**
 * A table's own horizontal scroller: on a phone the table scrolls sideways inside it and the
 * page does not. Keyboard users can focus it to scroll; `relative` keeps screen-reader-only
 * text inside from widening the page.
 */
export function TableScroller({
  label,
  children,
  testId,
  bordered = true,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
  bordered?: boolean;
}) {
  return (
    <div
      className={`relative overflow-x-auto ${bordered ? 'rounded-md border border-[var(--border)]' : ''}`}
      role="region"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
