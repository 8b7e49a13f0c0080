import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

/** What stands where a list or table would be when there is nothing to show: says so, and why. */
export function EmptyState({ boxed = false, children }: { boxed?: boolean; children: ReactNode }) {
  return <p className={cn(boxed && 'rounded-md border border-border p-4', 'text-sm text-fg-muted')}>{children}</p>;
}
