import { describe, expect, it } from 'vitest';
import { answerRefusal, reportRefusal, reportWindowEnds, volunteerReach } from './volunteer-access.ts';

const endsAt = new Date('2026-12-05T15:30:00Z');
const facts = { assignment: 'accepted' as const, endsAt, cancelled: false };

describe('volunteerReach', () => {
  it('lets an assigned volunteer reach the appointment until the window closes', () => {
    expect(volunteerReach(facts, new Date('2026-12-01T10:00:00Z'), 7)).toBe('allowed');
    expect(volunteerReach(facts, new Date('2026-12-12T15:30:00Z'), 7)).toBe('allowed');
    expect(volunteerReach(facts, new Date('2026-12-12T15:30:01Z'), 7)).toBe('window_closed');
  });

  it('honours a configured window', () => {
    expect(volunteerReach(facts, new Date('2026-12-07T15:30:01Z'), 2)).toBe('window_closed');
    expect(volunteerReach(facts, new Date('2026-12-07T15:29:59Z'), 2)).toBe('allowed');
  });

  it('refuses volunteers not on it, and those who declined', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(volunteerReach({ ...facts, assignment: null }, now, 7)).toBe('not_assigned');
    expect(volunteerReach({ ...facts, assignment: 'declined' }, now, 7)).toBe('declined');
    expect(volunteerReach({ ...facts, assignment: 'offered' }, now, 7)).toBe('allowed');
  });

  it('says when the window ends', () => {
    expect(reportWindowEnds(endsAt, 7).toISOString()).toBe('2026-12-12T15:30:00.000Z');
  });
});

describe('reportRefusal', () => {
  const startsAt = new Date('2026-12-05T14:00:00Z');
  const base = { assignment: 'accepted' as const, startsAt, cancelled: false, filed: false };

  it('allows a report once the appointment has started', () => {
    expect(reportRefusal(base, new Date('2026-12-05T14:00:00Z'))).toBeNull();
    expect(reportRefusal(base, new Date('2026-12-05T13:59:59Z'))).toBe('not_started');
  });

  it('allows a report on a cancelled appointment at once', () => {
    expect(reportRefusal({ ...base, cancelled: true }, new Date('2026-12-01T10:00:00Z'))).toBeNull();
  });

  it('needs an accepted assignment, and allows one report only', () => {
    const later = new Date('2026-12-06T10:00:00Z');
    expect(reportRefusal({ ...base, assignment: 'offered' }, later)).toBe('not_accepted');
    expect(reportRefusal({ ...base, assignment: null }, later)).toBe('not_accepted');
    expect(reportRefusal({ ...base, filed: true }, later)).toBe('already_filed');
  });
});

describe('answerRefusal', () => {
  const startsAt = new Date('2026-12-05T14:00:00Z');
  const facts = { assignment: 'offered' as const, cancelled: false, startsAt, endsAt };
  const before = new Date('2026-12-05T13:00:00Z');
  const during = new Date('2026-12-05T14:30:00Z');
  const after = new Date('2026-12-05T15:30:00Z');

  it('lets a volunteer accept until it is over, not a cancelled one', () => {
    expect(answerRefusal('accept', facts, during)).toBeNull();
    expect(answerRefusal('accept', facts, after)).toBe('ended');
    expect(answerRefusal('accept', { ...facts, cancelled: true }, before)).toBe('cancelled');
    expect(answerRefusal('accept', { ...facts, assignment: 'accepted' }, after)).toBeNull();
  });

  it('lets a volunteer withdraw after accepting only before the start', () => {
    const accepted = { ...facts, assignment: 'accepted' as const };
    expect(answerRefusal('decline', accepted, before)).toBeNull();
    expect(answerRefusal('decline', accepted, startsAt)).toBe('started');
    expect(answerRefusal('decline', facts, during)).toBeNull();
  });
});
