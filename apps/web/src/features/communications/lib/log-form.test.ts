import { describe, expect, it } from 'vitest';
import { blankDraft, confirmationDraft, logFormSchema, toCreateInput } from './log-form.ts';
import type { CommunicationView } from './types.ts';

const PERSON = '00000000-0000-4000-8000-000000000001';
const AGENCY = '00000000-0000-4000-8000-000000000002';
const CONTACT = '00000000-0000-4000-8000-000000000003';

describe('the log form', () => {
  it('sends the agency and its contact, and no name, when a contact is chosen', () => {
    const values = {
      ...blankDraft().values,
      agencyId: AGENCY,
      contactId: CONTACT,
      counterpartName: 'typed before choosing the agency',
      subject: '  A letter  ',
      expectsReply: true,
      replyDue: '2026-12-20',
    };
    const input = toCreateInput(values, PERSON, {}, ['f1']);
    expect(input).toMatchObject({
      agencyId: AGENCY,
      contactId: CONTACT,
      counterpartName: null,
      subject: 'A letter',
      body: null,
      expectsReply: true,
      replyDue: '2026-12-20',
      attachmentIds: ['f1'],
    });
  });

  it('keeps the name of the person at an agency who is not one of its contacts', () => {
    const values = {
      ...blankDraft().values,
      agencyId: AGENCY,
      counterpartName: ' Duty social worker ',
      subject: 'Call about the referral',
    };
    expect(toCreateInput(values, PERSON, {}, [])).toMatchObject({
      agencyId: AGENCY,
      contactId: null,
      counterpartName: 'Duty social worker',
    });
  });

  it('never sends a reply expectation or a chaser link with something received', () => {
    const values = {
      ...blankDraft().values,
      direction: 'incoming' as const,
      counterpartName: 'The client’s GP',
      subject: 'Letter from the GP',
      expectsReply: true,
      replyDue: '2026-12-20',
    };
    const input = toCreateInput(values, PERSON, { chaserOfId: AGENCY }, []);
    expect(input).toMatchObject({ expectsReply: false, replyDue: null, chaserOfId: null, agencyId: null });
    expect(input.counterpartName).toBe('The client’s GP');
  });

  it('asks for the agency or a name, and a reply due no earlier than the letter', () => {
    const result = logFormSchema.safeParse({
      ...blankDraft().values,
      occurredOn: '2026-11-20',
      subject: 'A letter',
      expectsReply: true,
      replyDue: '2026-11-19',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['counterpartName', 'replyDue']));
  });

  it('drafts the written confirmation of a call from its summary', () => {
    const call = {
      id: 'call-1',
      channel: 'phone_call',
      occurredOn: '2026-11-20',
      body: 'Agreed to send the forms.',
      matterId: null,
      agencyId: null,
      contactId: null,
      counterpartName: 'Dr Okafor',
      counterpartLabel: 'Dr Okafor',
    } as CommunicationView;
    const draft = confirmationDraft(call);
    expect(draft.links).toEqual({ confirmsId: 'call-1' });
    expect(draft.values).toMatchObject({
      direction: 'outgoing',
      channel: 'letter',
      counterpartName: 'Dr Okafor',
      subject: 'Confirming our call on 20 Nov 2026',
    });
    expect(draft.values.body).toContain('Agreed to send the forms.');
  });
});
