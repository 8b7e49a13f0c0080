import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cn } from '@/lib/cn';

/**
 * A page section named by its heading: `id` is the heading's id, the section's aria-labelledby
 * and the anchor a link can jump to. `description` is the short paragraph under the heading.
 */
export function Section({
  id,
  title,
  note,
  description,
  level = 2,
  className,
  headingClassName,
  children,
  ...rest
}: Omit<ComponentPropsWithoutRef<'section'>, 'title'> & {
  id: string;
  title: ReactNode;
  /** A count or aside after the title, in its line but not its weight. */
  note?: ReactNode;
  description?: ReactNode;
  level?: 2 | 3;
  headingClassName?: string;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className={cn('space-y-2', className)} {...rest}>
      <Heading id={id} className={cn(level === 2 ? 'text-lg font-semibold' : 'font-semibold', headingClassName)}>
        {note ? (
          <>
            {title} <span className="text-sm font-normal text-fg-muted">{note}</span>
          </>
        ) : (
          title
        )}
      </Heading>
      {description ? <p className="max-w-3xl text-sm text-fg-muted">{description}</p> : null}
      {children}
    </section>
  );
}
