import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * Joins class names, conditional ones included, letting a later Tailwind class win over an earlier one.
 * Server components only: client components use cx (lib/cx.ts), which ships no tailwind-merge.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
