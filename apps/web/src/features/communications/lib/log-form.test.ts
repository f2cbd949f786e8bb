import { describe, expect, it } from 'vitest';
import {
  approvalFormSchema,
  blankDraft,
  chaserDraft,
  confirmationDraft,
  firewallRefusal,
  logFormSchema,
  RECIPIENT_CHOICES,
  sharingValues,
  toApprovalInput,
  toCreateInput,
} from './log-form.ts';
import type { ChaserDraftView, CommunicationView } from './types.ts';

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
    expect(input).toMatchObject({
      expectsReply: false,
      replyDue: null,
      chaserOfId: null,
      agencyId: null,
      // Nothing received is a disclosure.
      recipientCategory: null,
      informationShared: [],
    });
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
      disclosure: null,
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

  it('logs what something sent shares, in the list’s order, and who it goes to only without an agency', () => {
    const toAgency = {
      ...blankDraft().values,
      agencyId: AGENCY,
      recipientCategory: 'health' as const,
      subject: 'Referral',
      informationShared: ['case_details', 'health', 'identity'] as ('case_details' | 'health' | 'identity')[],
    };
    expect(toCreateInput(toAgency, PERSON, {}, [])).toMatchObject({
      recipientCategory: null,
      informationShared: ['identity', 'health', 'case_details'],
      legalBasis: null,
      basisDetails: null,
    });
    const toClient = {
      ...blankDraft().values,
      counterpartName: 'The client',
      recipientCategory: 'client' as const,
      subject: 'Your appointment',
    };
    expect(toCreateInput(toClient, PERSON, {}, [])).toMatchObject({
      agencyId: null,
      // Recorded by the server as with the client: no other name is sent.
      counterpartName: null,
      recipientCategory: 'client',
      informationShared: ['identity', 'case_details'],
    });
  });

  it('treats a call or meeting received as sharing: who it was with and what it shares are sent', () => {
    const call = {
      ...blankDraft().values,
      direction: 'incoming' as const,
      channel: 'phone_call' as const,
      counterpartName: 'DC Hart',
      recipientCategory: 'police' as const,
      subject: 'The officer rang',
    };
    expect(toCreateInput(call, PERSON, {}, [])).toMatchObject({
      recipientCategory: 'police',
      informationShared: ['identity', 'case_details'],
    });
    const paths = (values: object) => {
      const result = logFormSchema.safeParse({ ...call, ...values });
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ recipientCategory: '' })).toEqual(['recipientCategory']);
    const unsaid = logFormSchema.safeParse({ ...call, recipientCategory: '' });
    expect(unsaid.error?.issues[0]?.message).toBe('Say who they are: the client, or which kind of agency');
    expect(paths({ informationShared: [] })).toEqual(['informationShared']);
    // The client rang: no name needed.
    expect(paths({ counterpartName: '', recipientCategory: 'client' })).toEqual([]);
    // A letter received still says neither.
    expect(toCreateInput({ ...call, channel: 'letter' }, PERSON, {}, [])).toMatchObject({
      recipientCategory: null,
      informationShared: [],
    });
  });

  it('asks who something sent without an agency goes to, and what it shares unless it is to the client', () => {
    const paths = (values: object) => {
      const result = logFormSchema.safeParse({ ...blankDraft().values, subject: 'A letter', ...values });
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ counterpartName: 'Duty officer' })).toEqual(['recipientCategory']);
    expect(
      paths({ counterpartName: 'Duty officer', recipientCategory: 'police', informationShared: [] }),
    ).toEqual(['informationShared']);
    expect(
      paths({ counterpartName: 'The client', recipientCategory: 'client', informationShared: [] }),
    ).toEqual([]);
    expect(paths({ agencyId: AGENCY })).toEqual([]);
    // Something received says neither.
    expect(paths({ direction: 'incoming', counterpartName: 'Duty officer', informationShared: [] })).toEqual(
      [],
    );
  });

  it('asks for a legal basis and its details only when it goes to a supervisor', () => {
    const values = { ...blankDraft().values, agencyId: AGENCY, subject: 'Request from the Home Office' };
    expect(logFormSchema.safeParse(values).success).toBe(true);
    const result = approvalFormSchema.safeParse({ ...values, basisDetails: '   ' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['legalBasis', 'Choose the legal basis for sharing without consent'],
      ['basisDetails', 'Give the details of the legal basis: why it applies here'],
    ]);
    const asked = {
      ...values,
      legalBasis: 'legal_obligation' as const,
      basisDetails: ' Court order of 20 Nov ',
    };
    expect(approvalFormSchema.safeParse(asked).success).toBe(true);
    expect(toApprovalInput(asked, PERSON, {}, ['f1'])).toMatchObject({
      agencyId: AGENCY,
      direction: 'outgoing',
      legalBasis: 'legal_obligation',
      basisDetails: 'Court order of 20 Nov',
      attachmentIds: ['f1'],
    });
  });

  it('offers every recipient but our own organisation, the client first', () => {
    expect(RECIPIENT_CHOICES[0]).toBe('client');
    expect(RECIPIENT_CHOICES).toContain('immigration_enforcement');
    expect(RECIPIENT_CHOICES).not.toContain('own_organisation');
  });

  it('sends a chaser where the original went, sharing what it shared', () => {
    const draft = {
      chaserOfId: 'letter-1',
      channel: 'letter',
      matterId: null,
      agencyId: null,
      contactId: null,
      counterpartName: 'Duty officer',
      subject: 'Chasing: records',
      body: 'We wrote on 3 Nov 2026.',
    } as ChaserDraftView;
    const original = {
      disclosure: { recipientCategory: 'police' as const, informationShared: ['identity' as const] },
    };
    expect(chaserDraft(draft, original).values).toMatchObject({
      recipientCategory: 'police',
      informationShared: ['identity'],
      expectsReply: true,
    });
    // An agency says who it goes to itself; our own casework is never a recipient of something sent.
    expect(sharingValues({ recipientCategory: 'police', informationShared: [] }, true)).toEqual({
      recipientCategory: '',
      informationShared: ['identity', 'case_details'],
    });
    expect(
      sharingValues({ recipientCategory: 'own_organisation', informationShared: [] }, false),
    ).toMatchObject({
      recipientCategory: '',
    });
  });

  it('reads the firewall’s refusal from the agency, or from who it goes to', () => {
    expect(firewallRefusal({ agencyId: ['Nothing goes to Immigration Enforcement…'] })).toBe(
      'Nothing goes to Immigration Enforcement…',
    );
    expect(firewallRefusal({ recipientCategory: ['The client has not agreed…'] })).toBe(
      'The client has not agreed…',
    );
    expect(firewallRefusal({ subject: ['Give it a subject'] })).toBeNull();
  });
});
