import { describe, expect, it } from 'vitest';
import { parseLargeArgs } from './demo-large.ts';

describe('pnpm demo:large options', () => {
  it('defaults to the full set, the documented seed and today', () => {
    expect(parseLargeArgs([], '2026-12-06')).toEqual({ scale: 1, seed: 20261123, anchor: '2026-12-06' });
  });

  it('takes a scale, a seed and an anchor date', () => {
    expect(parseLargeArgs(['--scale', '0.1', '--seed', '7', '--anchor', '2026-11-23'], '2026-12-06')).toEqual(
      {
        scale: 0.1,
        seed: 7,
        anchor: '2026-11-23',
      },
    );
  });

  it('names the option that is wrong', () => {
    expect(parseLargeArgs(['--scale', '0'], '2026-12-06')).toMatch(/^--scale must be/);
    expect(parseLargeArgs(['--scale', 'lots'], '2026-12-06')).toMatch(/^--scale must be/);
    expect(parseLargeArgs(['--seed', '1.5'], '2026-12-06')).toMatch(/^--seed must be/);
    expect(parseLargeArgs(['--anchor', '23/11/2026'], '2026-12-06')).toMatch(/^--anchor must be/);
    expect(parseLargeArgs(['--clients', '5'], '2026-12-06')).toMatch(/Unknown option/);
  });
});
