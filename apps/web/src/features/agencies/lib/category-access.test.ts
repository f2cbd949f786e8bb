import { describe, expect, it } from 'vitest';
import { canChangeAgencyCategory } from './category-access.ts';

describe('canChangeAgencyCategory', () => {
  it('lets supervisors and administrators change a category, not other caseworkers', () => {
    expect(canChangeAgencyCategory({ role: 'supervisor', isAdmin: false })).toBe(true);
    expect(canChangeAgencyCategory({ role: 'caseworker', isAdmin: true })).toBe(true);
    expect(canChangeAgencyCategory({ role: 'caseworker', isAdmin: false })).toBe(false);
    expect(canChangeAgencyCategory({ role: 'volunteer', isAdmin: false })).toBe(false);
  });
});
