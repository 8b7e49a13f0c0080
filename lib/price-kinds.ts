import type { PriceKind } from './data/schema';

/** Each kind of price in words, for client and server code alike (lib/queries is server-only). */
export const PRICE_KIND_NAME: Record<PriceKind, string> = {
  input: 'input',
  'cached-input': 'cached input',
  output: 'output',
  'cache-storage': 'cache storage',
};
