import type { ComponentProps } from 'react';
import { AutoSubmit } from '@/components/ui/auto-submit';
import { cn } from '@/lib/cn';

/**
 * The end of a GET form: the data version the link is pinned to (if any), the submit button for
 * browsers without JavaScript, and AutoSubmit, which applies each change at once where it runs.
 */
export function FormSubmit({
  label,
  version,
  className,
  ...autoSubmit
}: ComponentProps<typeof AutoSubmit> & { label: string; version: string | null; className?: string }) {
  return (
    <>
      {version ? <input type="hidden" name="v" value={version} /> : null}
      <div className={cn('flex items-center gap-3', className)}>
        <button type="submit" className="rounded border border-border bg-bg px-3 py-1.5 hover:bg-bg-muted">
          {label}
        </button>
        <AutoSubmit {...autoSubmit} />
      </div>
    </>
  );
}
