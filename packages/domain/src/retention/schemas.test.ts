import { describe, expect, it } from 'vitest';
import {
  anonymisationRequestsInput,
  refuseAnonymisationInput,
  requestAnonymisationInput,
  retentionDueInput,
  RETENTION_TEXT_MAX,
  setLegalHoldInput,
} from './schemas.ts';

const ID = '6f1c3c9e-8f0e-4a52-9d55-0d7c2b2b9c11';

function fieldMessages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  if (result.success) throw new Error('expected a refusal');
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('retention inputs', () => {
  it('requires a reason to set a legal hold, trimmed and capped', () => {
    expect(setLegalHoldInput.parse({ personId: ID, version: 3, reason: '  Court order  ' }).reason).toBe(
      'Court order',
    );
    expect(fieldMessages(setLegalHoldInput.safeParse({ personId: ID, version: 3, reason: '   ' }))).toEqual({
      reason: 'Enter the reason',
    });
    expect(
      fieldMessages(
        setLegalHoldInput.safeParse({ personId: ID, version: 3, reason: 'x'.repeat(RETENTION_TEXT_MAX + 1) }),
      ),
    ).toEqual({ reason: `The reason must be at most ${RETENTION_TEXT_MAX} characters` });
  });

  it('requires a reason to ask, and a note to refuse', () => {
    expect(fieldMessages(requestAnonymisationInput.safeParse({ personId: ID, reason: '' }))).toEqual({
      reason: 'Enter the reason',
    });
    expect(fieldMessages(refuseAnonymisationInput.safeParse({ id: ID, version: 1, note: '' }))).toEqual({
      note: 'Enter the note',
    });
  });

  it('pages by a number of rows, at most 100 at a time', () => {
    expect(retentionDueInput.parse({})).toEqual({ cursor: null, limit: 25 });
    expect(retentionDueInput.safeParse({ cursor: 'abc' }).success).toBe(false);
    expect(retentionDueInput.safeParse({ limit: 101 }).success).toBe(false);
    expect(anonymisationRequestsInput.parse({ state: 'decided', cursor: '25' })).toEqual({
      state: 'decided',
      cursor: '25',
      limit: 25,
    });
  });
});
