import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { TableScroller } from '@/components/ui/table-scroller';
import { cx } from '@/lib/cx';

/*
 * Table primitives. They add no element of their own, and a bordered table's cells carry no class
 * for their padding or weight: the table's `dt` class sets them (app/globals.css), because a page can
 * hold thousands of cells, every class is sent twice (HTML and RSC payload), and pages have a
 * raw-HTML budget. A cell that needs other padding passes it in `className` (utilities win over the
 * `dt` rules). `plain` cells belong to an unbordered table (changelog, API docs), spaced by right
 * padding only.
 */

/**
 * A first column that stays put while the table scrolls sideways; its shadow shows once the
 * scroller has moved (data-more-left). Give it a background so the cells behind it are hidden.
 */
export const PINNED = 'pin'; // app/globals.css: sticky, with the shadow once the scroller has moved

/** A table inside its own horizontal scroller (with the fade that shows it scrolls). */
export function Table({
  label,
  bordered = true,
  tabular = true,
  scrollerTestId,
  testId,
  className,
  children,
}: {
  /** The scroller's accessible name. */
  label: string;
  bordered?: boolean;
  /** Tabular figures, so numbers line up down a column. */
  tabular?: boolean;
  scrollerTestId?: string;
  testId?: string;
  className?: string;
  children: ReactNode;
}) {
  // Only props that are set: an undefined one would still be written into the RSC payload.
  return (
    <TableScroller label={label} {...(bordered ? null : { bordered })} {...(scrollerTestId ? { testId: scrollerTestId } : null)}>
      <table
        className={cx(bordered && 'dt', tabular && 'tabular', 'w-full text-sm', className)}
        {...(testId ? { 'data-testid': testId } : null)}
      >
        {children}
      </table>
    </TableScroller>
  );
}

/** A header column: its label, or the label with what sets it apart. */
export type Column = string | { label: ReactNode; numeric?: boolean; className?: string };

/**
 * The header row. `columns` writes plain header cells; `children` (after them) are for cells with
 * more to them, such as sort links.
 */
export function THead({
  columns = [],
  plain = false,
  className,
  children,
}: {
  columns?: Column[];
  plain?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const cells = columns.map((c, i) => {
    const col = typeof c === 'string' ? { label: c } : c;
    // A plain table's columns are set apart by right padding, none after the last.
    const spacing = plain && (i < columns.length - 1 || children) ? 'pr-3' : undefined;
    return (
      <Th key={i} plain={plain} numeric={col.numeric} className={cx(spacing, col.className)}>
        {col.label}
      </Th>
    );
  });
  return (
    <thead className={cx(!plain && 'bg-bg-subtle', 'text-left text-xs text-fg-muted', className)}>
      <tr>
        {children === undefined ? (
          cells
        ) : (
          <>
            {cells}
            {children}
          </>
        )}
      </tr>
    </thead>
  );
}

type CellProps<T extends 'th' | 'td'> = ComponentPropsWithoutRef<T> & { numeric?: boolean; plain?: boolean };

/**
 * A className prop only when there is one: `className={undefined}` is still written into the RSC
 * payload ("$undefined"), once per cell.
 */
function classProp(className: string | undefined): { className?: string } {
  return className ? { className } : {};
}

/** A column header cell (scope="col" unless told otherwise). */
export function Th({ numeric, plain, className, scope = 'col', ...rest }: CellProps<'th'>) {
  return <th scope={scope} {...classProp(cx(plain && 'py-1 font-medium', numeric && 'text-right', className))} {...rest} />;
}

/** The header cell that names its row (or, with scope="rowgroup", a group of rows). */
export function RowTh({ className, scope = 'row', ...rest }: ComponentPropsWithoutRef<'th'>) {
  return <th scope={scope} {...classProp(className)} {...rest} />;
}

/** A body cell; `numeric` aligns it right, under its header. */
export function Td({ numeric, plain, className, ...rest }: CellProps<'td'>) {
  return <td {...classProp(cx(plain && 'py-1', numeric && 'text-right', className))} {...rest} />;
}
