import { describe, expect, it } from 'vitest';
import { reassignButtonText, reassignFormSchema, toReassignInput } from './reassign-form.ts';
import { reassignResultText } from './reassign-result.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const WORKER = '00000000-0000-4000-8000-0000000000cc';

describe('reassigning key workers', () => {
  it('says how many moved and how many were already with them', () => {
    expect(reassignResultText({ changed: 3, unchanged: 1 }, 'Tomasz Nowak')).toBe(
      '3 clients moved to Tomasz Nowak (1 already with them).',
    );
    expect(reassignResultText({ changed: 2, unchanged: 0 }, 'Tomasz Nowak')).toBe(
      '2 clients moved to Tomasz Nowak.',
    );
    expect(reassignResultText({ changed: 1, unchanged: 2 }, 'Tomasz Nowak')).toBe(
      '1 client moved to Tomasz Nowak (2 already with them).',
    );
    expect(reassignResultText({ changed: 1, unchanged: 0 }, 'Tomasz Nowak')).toBe(
      'The client moved to Tomasz Nowak.',
    );
  });

  it('says so when nothing changed', () => {
    expect(reassignResultText({ changed: 0, unchanged: 1 }, 'Tomasz Nowak')).toBe(
      'Tomasz Nowak is already the key worker: nothing changed.',
    );
    expect(reassignResultText({ changed: 0, unchanged: 4 }, 'Tomasz Nowak')).toBe(
      'Tomasz Nowak is already the key worker of all 4 clients: nothing changed.',
    );
  });

  it('asks for the new key worker and sends an empty reason as null', () => {
    expect(reassignFormSchema.safeParse({ keyWorkerId: '', reason: '' }).error?.issues[0]?.message).toBe(
      'Choose the new key worker',
    );
    const values = reassignFormSchema.parse({ keyWorkerId: WORKER, reason: '  ' });
    expect(toReassignInput(values, [A, B])).toEqual({ personIds: [A, B], keyWorkerId: WORKER, reason: null });
    const withReason = reassignFormSchema.parse({ keyWorkerId: WORKER, reason: ' On leave ' });
    expect(toReassignInput(withReason, [A]).reason).toBe('On leave');
  });

  it('names the button by how many will move', () => {
    expect(reassignButtonText(1)).toBe('Change key worker');
    expect(reassignButtonText(5)).toBe('Move 5 clients');
  });
});
