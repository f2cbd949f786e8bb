import { describe, expect, it } from 'vitest';
import { computeDeadline, type ComputeDeadlineArgs } from './compute.ts';
import { DeadlineInputError } from './errors.ts';
import { jurisdictionSchema } from './calendars/jurisdictions.ts';
import { computeDeadlineInput } from './schemas.ts';

function errorOf(args: ComputeDeadlineArgs): DeadlineInputError {
  try {
    computeDeadline(args);
  } catch (error) {
    if (error instanceof DeadlineInputError) return error;
    throw error;
  }
  throw new Error('expected a DeadlineInputError');
}

describe('bad input', () => {
  it('an unknown rule', () => {
    const error = errorOf({ rule: 'asylum.ftt_appeal', trigger: '2026-04-20' });
    expect(error.field).toBe('rule');
    expect(error.message).toBe('There is no deadline rule "asylum.ftt_appeal"');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DeadlineInputError');
    expect(errorOf({ rule: '__proto__', trigger: '2026-04-20' }).field).toBe('rule');
    expect(errorOf({ rule: undefined as unknown as string, trigger: '2026-04-20' }).field).toBe('rule');
  });

  it.each(['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-4-20', '20/04/2026', '', 'soon'])(
    'an impossible or malformed date: %j',
    (trigger) => {
      const error = errorOf({ rule: 'sar.response', trigger });
      expect(error.field).toBe('trigger');
      expect(error.message).toMatch(/must be a real date written YYYY-MM-DD/);
    },
  );

  it('a trigger that is not a string', () => {
    expect(errorOf({ rule: 'sar.response', trigger: 20260420 as unknown as string }).field).toBe('trigger');
  });

  it('an unknown jurisdiction', () => {
    const error = errorOf({ rule: 'sar.response', trigger: '2026-04-20', jurisdiction: 'wales' });
    expect(error.field).toBe('jurisdiction');
    expect(error.message).toMatch(/england-and-wales, scotland or northern-ireland/);
    expect(errorOf({ rule: 'sar.response', trigger: '2026-04-20', jurisdiction: 'Scotland' }).field).toBe(
      'jurisdiction',
    );
  });

  it('a trigger before 1990 or after 2099', () => {
    expect(errorOf({ rule: 'sar.response', trigger: '1989-12-31' }).message).toMatch(/1990 or later/);
    expect(computeDeadline({ rule: 'sar.response', trigger: '1990-01-01' }).due).toBe('1990-02-01');
    expect(errorOf({ rule: 'sar.response', trigger: '2100-01-01' }).field).toBe('trigger');
  });

  it('a trigger more than a year after today', () => {
    const error = errorOf({ rule: 'sar.response', trigger: '2027-04-21', today: '2026-04-20' });
    expect(error.field).toBe('trigger');
    expect(error.message).toMatch(/more than a year from today/);
    expect(computeDeadline({ rule: 'sar.response', trigger: '2027-04-20', today: '2026-04-20' }).due).toBe(
      '2027-05-20',
    );
    expect(errorOf({ rule: 'sar.response', trigger: '2036-04-20', today: '2026-04-20' }).field).toBe(
      'trigger',
    );
    expect(errorOf({ rule: 'sar.response', trigger: '2026-04-20', today: '2026-02-30' }).field).toBe('today');
  });

  it('a period for a rule whose period is fixed, or an impossible period', () => {
    expect(errorOf({ rule: 'sar.response', trigger: '2026-04-20', period: 2 }).field).toBe('period');
    for (const period of [0, -1, 1.5, 367, Number.NaN]) {
      expect(errorOf({ rule: 'comms.reply_expected', trigger: '2026-04-20', period }).field).toBe('period');
    }
  });

  it('defaults to England and Wales', () => {
    expect(computeDeadline({ rule: 'sar.response', trigger: '2026-04-20' }).jurisdiction).toBe(
      'england-and-wales',
    );
    expect(
      computeDeadline({ rule: 'sar.response', trigger: '2026-04-20', jurisdiction: null }).jurisdiction,
    ).toBe('england-and-wales');
  });
});

describe('API schemas', () => {
  it('accepts a rule, a trigger and an optional jurisdiction', () => {
    expect(computeDeadlineInput.parse({ rule: 'social.icpc', trigger: '2026-05-01' })).toEqual({
      rule: 'social.icpc',
      trigger: '2026-05-01',
      jurisdiction: 'england-and-wales',
    });
    expect(
      computeDeadlineInput.parse({
        rule: 'comms.reply_expected',
        trigger: '2026-05-01',
        jurisdiction: 'scotland',
        period: 15,
      }),
    ).toMatchObject({ jurisdiction: 'scotland', period: 15 });
  });

  it.each([
    [{ rule: 'social.nope', trigger: '2026-05-01' }, 'rule'],
    [{ rule: 'social.icpc', trigger: '2026-02-30' }, 'trigger'],
    [{ rule: 'social.icpc', trigger: '1989-05-01' }, 'trigger'],
    [{ rule: 'social.icpc', trigger: 'tomorrow' }, 'trigger'],
    [{ rule: 'social.icpc', trigger: '2026-05-01', jurisdiction: 'wales' }, 'jurisdiction'],
    [{ rule: 'social.icpc', trigger: '2026-05-01', period: 2.5 }, 'period'],
  ])('refuses %j', (input, field) => {
    const result = computeDeadlineInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual([field]);
  });

  it('jurisdictionSchema', () => {
    expect(jurisdictionSchema.options).toEqual(['england-and-wales', 'scotland', 'northern-ireland']);
  });
});
