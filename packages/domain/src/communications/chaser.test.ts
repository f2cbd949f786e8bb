import { describe, expect, it } from 'vitest';
import { draftChaser, type ChaserSource } from './chaser.ts';

const letter: ChaserSource = {
  channel: 'letter',
  occurredOn: '2026-10-01',
  subject: 'Request for an update on the investigation',
  replyDue: '2026-10-15',
  addressee: 'DC Helen Marsh',
  earlierChasers: [],
};

const references = [
  { label: 'Crime reference', value: '01/204518/25' },
  { label: 'Name', value: 'Ana-Maria Popa' },
];

describe('draftChaser', () => {
  it('writes to "Sir or Madam" when the letter went to an agency rather than a person', () => {
    expect(draftChaser({ ...letter, addressee: null }, []).body.startsWith('Dear Sir or Madam,')).toBe(true);
  });

  it('cites the original by date, channel and subject, and when a reply was expected', () => {
    const draft = draftChaser(letter, []);
    expect(draft.subject).toBe('Chasing: Request for an update on the investigation');
    expect(draft.body).toContain('Dear DC Helen Marsh,');
    expect(draft.body).toContain(
      'We wrote to you by letter on Thu 1 Oct 2026 about “Request for an update on the investigation”, and a ' +
        'reply was expected by Thu 15 Oct 2026. We have not yet received a reply.',
    );
    expect(draft.body).not.toContain('We wrote again');
    expect(draft.body).toContain('Please reply as soon as you can');
    expect(draft.body).not.toMatch(/within \d+ working days/);
    expect(draft.body.endsWith('Yours sincerely,')).toBe(true);
  });

  it('lists the case’s references for the agency, one a line, before the letter’s text', () => {
    const draft = draftChaser(letter, references);
    const paragraphs = draft.body.split('\n\n');
    expect(paragraphs[1]).toBe('Crime reference: 01/204518/25\nName: Ana-Maria Popa');
    expect(draftChaser(letter, []).body.split('\n\n')[1]).toMatch(/^We wrote to you/);
  });

  it('names the earlier chasers, oldest first', () => {
    const once = draftChaser({ ...letter, earlierChasers: ['2026-10-20'] }, []);
    expect(once.body).toContain('We wrote again on Tue 20 Oct 2026.');
    const twice = draftChaser({ ...letter, earlierChasers: ['2026-10-20', '2026-11-02'] }, []);
    expect(twice.body).toContain('We wrote again on Tue 20 Oct 2026 and Mon 2 Nov 2026.');
  });

  it('does not stack "Chasing: " on a subject that already has it', () => {
    const draft = draftChaser({ ...letter, subject: 'Chasing: Request for an update' }, []);
    expect(draft.subject).toBe('Chasing: Request for an update');
    expect(draft.body).toContain('about “Request for an update”');
  });

  it('names the channel in words and leaves out a reply date there was none', () => {
    const draft = draftChaser({ ...letter, channel: 'email', replyDue: null }, []);
    expect(draft.body).toContain('We wrote to you by e-mail on Thu 1 Oct 2026 about');
    expect(draft.body).not.toContain('reply was expected');
  });
});
