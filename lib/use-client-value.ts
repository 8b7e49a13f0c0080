'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * A value only the browser knows (the address, localStorage), read without a hydration mismatch:
 * the server and the hydrating render use `serverValue`, later renders `read()`.
 */
export function useClientValue<T>(
  read: () => T,
  serverValue: T,
  subscribe: (onChange: () => void) => () => void = noSubscription,
): T {
  return useSyncExternalStore(subscribe, read, () => serverValue);
}

/** True once the component runs in the browser after hydration. */
export function useHydrated(): boolean {
  return useClientValue(() => true, false);
}
