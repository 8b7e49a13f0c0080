import { clsx, type ClassValue } from 'clsx';

/**
 * Joins class names, conditional ones included, without resolving Tailwind conflicts: for client
 * components and what they import. `cn` (lib/cn.ts) resolves conflicts with tailwind-merge, which
 * would add 9 KB of gzip JavaScript to every page; the classes joined here never conflict.
 */
export function cx(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
