'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { cx } from '@/lib/cx';

/**
 * A table's own horizontal scroller: on a phone the table scrolls sideways inside it and the
 * page does not. Keyboard users can focus it to scroll; `relative` keeps screen-reader-only
 * text inside from widening the page. When the table is wider than its box, a fade at the
 * edge(s) with more columns shows that it scrolls (data-more-left / data-more-right).
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
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, []);
  return (
    <div className={cx('relative', bordered && 'rounded-md border border-border')}>
      <div
        ref={ref}
        className={cx('relative overflow-x-auto', bordered && 'rounded-md')}
        role="region"
        aria-label={label}
        tabIndex={0}
        data-testid={testId}
        data-more-left={more.left ? '' : undefined}
        data-more-right={more.right ? '' : undefined}
      >
        {children}
      </div>
      <div
        aria-hidden="true"
        data-scroll-fade="right"
        className={cx(
          'pointer-events-none absolute inset-y-0 right-0 z-20 w-8 bg-gradient-to-l from-fg/15 to-transparent transition-opacity',
          bordered && 'rounded-r-md',
          more.right ? 'opacity-100' : 'opacity-0',
        )}
      />
    </div>
  );
}
