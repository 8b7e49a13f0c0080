import { describe, expect, it } from 'vitest';
import { formatPrice } from '@/lib/format';

describe('prices in the source’s words', () => {
  it('shows a zero written in words as those words, and a plain zero as a price', () => {
    expect(formatPrice({ value: 0, upper: null, exactness: 'exact', text: 'Limited-time Free', currency: 'USD' })).toBe(
      'Limited-time Free',
    );
    expect(formatPrice({ value: 0, upper: null, exactness: 'exact', text: '$0', currency: 'USD' })).toBe('$0.00');
    expect(formatPrice({ value: 0.6, upper: null, exactness: 'exact', text: '$0.60', currency: 'USD' })).toBe('$0.60');
  });
});
