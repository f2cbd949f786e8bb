import { describe, expect, it } from 'vitest';
import { plural } from './words.ts';

describe('plural', () => {
  it('counts with the singular for one and the plural otherwise', () => {
    expect(plural(1, 'deadline')).toBe('1 deadline');
    expect(plural(0, 'deadline')).toBe('0 deadlines');
    expect(plural(2, 'reply', 'replies')).toBe('2 replies');
    expect(plural(1, 'reply', 'replies')).toBe('1 reply');
  });
});
