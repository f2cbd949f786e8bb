import { describe, expect, it } from 'vitest';
import { keyWorkerChangeNote } from './key-worker-note.ts';

describe('keyWorkerChangeNote', () => {
  it('names the old and new key worker, and the reason when given', () => {
    expect(keyWorkerChangeNote('Joanna Mensah', 'Tomasz Nowak', null)).toBe(
      'Key worker changed from Joanna Mensah to Tomasz Nowak.',
    );
    expect(keyWorkerChangeNote('Joanna Mensah', 'Tomasz Nowak', 'Joanna is on leave.')).toBe(
      'Key worker changed from Joanna Mensah to Tomasz Nowak. Reason: Joanna is on leave.',
    );
  });

  it('says no one for a client without a key worker before or after', () => {
    expect(keyWorkerChangeNote(null, 'Tomasz Nowak', null)).toBe(
      'Key worker changed from no one to Tomasz Nowak.',
    );
    expect(keyWorkerChangeNote('Tomasz Nowak', null, 'Left the organisation.')).toBe(
      'Key worker changed from Tomasz Nowak to no one. Reason: Left the organisation.',
    );
  });

  it('leaves an empty reason out', () => {
    expect(keyWorkerChangeNote('A', 'B', '')).toBe('Key worker changed from A to B.');
  });
});
