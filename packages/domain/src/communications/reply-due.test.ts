import { describe, expect, it } from 'vitest';
import { computeReplyDue } from './reply-due.ts';

const base = {
  agencyWorkingDays: null,
  agencyName: null,
  jurisdiction: 'england-and-wales' as const,
  today: '2026-11-23',
};

describe('computeReplyDue', () => {
  it('expects a reply 10 working days after sending by default, and says that is the practice default', () => {
    const due = computeReplyDue({ ...base, sentOn: '2026-11-02' });
    expect(due.due).toBe('2026-11-16');
    expect(due.explanation).toContain('10 working days after the letter was sent on Mon 2 Nov 2026');
    expect(due.explanation).toContain('is Mon 16 Nov 2026');
    expect(due.explanation).toContain('the practice default for a reply');
    expect(due.explanation).toMatch(/2026 \(the practice default for a reply\)\.$/);
  });

  it('does not count Christmas, the Boxing Day substitute day or New Year’s Day', () => {
    // Fri 18 Dec 2026: 21-24 Dec, 29-31 Dec, 4-6 Jan; 25 Dec, 28 Dec (substitute) and 1 Jan are bank holidays.
    const due = computeReplyDue({ ...base, sentOn: '2026-12-18', today: '2026-12-18' });
    expect(due.due).toBe('2027-01-06');
    expect(due.explanation).toContain(
      'not counting Fri 25 Dec, Mon 28 Dec and Fri 1 Jan 2027, bank holidays',
    );
  });

  it('uses the agency’s own reply time when it has one, and names the agency', () => {
    const due = computeReplyDue({
      ...base,
      sentOn: '2026-11-02',
      agencyWorkingDays: 5,
      agencyName: 'Calder Moss Solicitors',
    });
    expect(due.due).toBe('2026-11-09');
    expect(due.explanation).toContain('5 working days after the letter was sent on Mon 2 Nov 2026');
    expect(due.explanation).toContain('the usual reply time of Calder Moss Solicitors).');
    expect(due.explanation).not.toContain('practice default for a reply');
  });

  it('falls back to the practice default for an agency without its own reply time', () => {
    const due = computeReplyDue({ ...base, sentOn: '2026-11-02', agencyName: 'Metropolitan Police Service' });
    expect(due.due).toBe('2026-11-16');
    expect(due.explanation).toContain('the practice default for a reply');
  });

  it('counts the bank holidays of the jurisdiction named: St Andrew’s Day in Scotland', () => {
    expect(computeReplyDue({ ...base, sentOn: '2026-11-23' }).due).toBe('2026-12-07');
    const scotland = computeReplyDue({ ...base, sentOn: '2026-11-23', jurisdiction: 'scotland' });
    expect(scotland.due).toBe('2026-12-08');
    expect(scotland.explanation).toMatch(/^In Scotland, /);
  });

  it('counts from the next working day when sent on a weekend', () => {
    // Sat 21 Nov: the 10th working day after it is Fri 4 Dec.
    expect(computeReplyDue({ ...base, sentOn: '2026-11-21' }).due).toBe('2026-12-04');
  });
});
