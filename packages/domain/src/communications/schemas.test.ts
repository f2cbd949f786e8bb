import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_ATTACHMENTS } from './attachments.ts';
import {
  createCommunicationInput,
  dismissConfirmationInput,
  isDisclosingCommunication,
  isSpokenChannel,
  listCommunicationsInput,
  searchCommunicationsInput,
  updateCommunicationInput,
} from './schemas.ts';

const PERSON = '6f1c1a52-9d7e-4b8a-9a43-1c2d3e4f5a6b';
const AGENCY = '0b9d4c1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
const OTHER = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

const letter = {
  personId: PERSON,
  channel: 'letter',
  direction: 'outgoing',
  agencyId: AGENCY,
  occurredOn: '2026-11-02',
  subject: 'Request for an update',
};

/** The messages per field of a refused input, as the browser would see them. */
function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[] | undefined> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>;
}

describe('createCommunicationInput', () => {
  it('fills in the defaults: no reply expected, confirm calls in writing, England and Wales, no attachments', () => {
    expect(createCommunicationInput.parse({ ...letter, body: '  ' })).toEqual({
      ...letter,
      matterId: null,
      contactId: null,
      counterpartName: null,
      body: null,
      expectsReply: false,
      replyDue: null,
      jurisdiction: 'england-and-wales',
      confirmInWriting: true,
      chaserOfId: null,
      confirmsId: null,
      replyToId: null,
      attachmentIds: [],
      recipientCategory: null,
      informationShared: ['identity', 'case_details'],
      legalBasis: null,
      basisDetails: null,
    });
  });

  it('refuses a received communication that expects a reply, naming expectsReply', () => {
    expect(
      fieldErrors(createCommunicationInput, { ...letter, direction: 'incoming', expectsReply: true }),
    ).toEqual({
      expectsReply: ['Only something sent can expect a reply'],
    });
  });

  it('refuses a received communication that chases or confirms, and a sent one that is a reply', () => {
    expect(
      fieldErrors(createCommunicationInput, {
        ...letter,
        direction: 'incoming',
        chaserOfId: OTHER,
        confirmsId: OTHER,
      }),
    ).toEqual({
      chaserOfId: ['Only something sent can do this'],
      confirmsId: ['Only something sent can do this'],
    });
    expect(fieldErrors(createCommunicationInput, { ...letter, replyToId: OTHER })).toEqual({
      replyToId: ['Only something received is a reply'],
    });
  });

  it('needs an agency or a name of who it was with, naming agencyId', () => {
    const received = { ...letter, direction: 'incoming' };
    expect(fieldErrors(createCommunicationInput, { ...received, agencyId: null })).toEqual({
      agencyId: ['Choose the agency, or name who it was with'],
    });
    expect(
      fieldErrors(createCommunicationInput, { ...received, agencyId: null, counterpartName: '   ' }),
    ).toEqual({
      agencyId: ['Choose the agency, or name who it was with'],
    });
    expect(
      createCommunicationInput.parse({ ...received, agencyId: null, counterpartName: ' The client’s GP ' })
        .counterpartName,
    ).toBe('The client’s GP');
  });

  it('refuses a contact without their agency', () => {
    expect(
      fieldErrors(createCommunicationInput, {
        ...letter,
        agencyId: null,
        counterpartName: 'GP',
        recipientCategory: 'health',
        contactId: OTHER,
      }),
    ).toEqual({ contactId: ['Choose the contact’s agency too'] });
  });

  it('refuses a reply-due date before the date sent, or without expecting a reply', () => {
    expect(
      fieldErrors(createCommunicationInput, { ...letter, expectsReply: true, replyDue: '2026-11-01' }),
    ).toEqual({ replyDue: ['The reply cannot be due before it was sent'] });
    expect(fieldErrors(createCommunicationInput, { ...letter, replyDue: '2026-11-20' })).toEqual({
      replyDue: ['A reply-due date needs “expects a reply”'],
    });
    expect(
      createCommunicationInput.parse({ ...letter, expectsReply: true, replyDue: '2026-11-02' }).replyDue,
    ).toBe('2026-11-02');
  });

  it.each(['phone_call', 'meeting'])(
    'refuses a %s as a chaser or a confirmation: those are in writing',
    (channel) => {
      expect(fieldErrors(createCommunicationInput, { ...letter, channel, chaserOfId: OTHER })).toEqual({
        channel: ['A chaser or a confirmation must be in writing'],
      });
      expect(fieldErrors(createCommunicationInput, { ...letter, channel, confirmsId: OTHER })).toEqual({
        channel: ['A chaser or a confirmation must be in writing'],
      });
    },
  );

  it('refuses an impossible date, naming occurredOn', () => {
    expect(fieldErrors(createCommunicationInput, { ...letter, occurredOn: '2026-02-30' })).toEqual({
      occurredOn: ['Enter a real date as YYYY-MM-DD, for example 2026-11-23'],
    });
    expect(
      fieldErrors(createCommunicationInput, { ...letter, occurredOn: '23/11/2026' }).occurredOn,
    ).toHaveLength(1);
  });

  it(`accepts ${MAX_ATTACHMENTS} attachments and refuses more`, () => {
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(
      createCommunicationInput.parse({ ...letter, attachmentIds: ids(MAX_ATTACHMENTS) }).attachmentIds,
    ).toHaveLength(MAX_ATTACHMENTS);
    expect(
      fieldErrors(createCommunicationInput, { ...letter, attachmentIds: ids(MAX_ATTACHMENTS + 1) }),
    ).toEqual({
      attachmentIds: ['At most 10 attachments'],
    });
  });

  it('refuses an unknown channel or direction, a blank subject and a non-uuid attachment', () => {
    const errors = fieldErrors(createCommunicationInput, {
      ...letter,
      channel: 'carrier_pigeon',
      direction: 'sideways',
      subject: '  ',
      attachmentIds: ['not-a-uuid'],
    });
    expect(Object.keys(errors).sort()).toEqual(['attachmentIds', 'channel', 'direction', 'subject']);
    expect(errors.subject).toEqual(['Enter subject']);
  });
});

describe('updateCommunicationInput', () => {
  const update = { id: OTHER, version: 3, agencyId: AGENCY, occurredOn: '2026-11-02', subject: 'Corrected' };

  it('clears a reply-due date to null (recompute) and refuses one before the date sent', () => {
    expect(updateCommunicationInput.parse(update).replyDue).toBeNull();
    expect(fieldErrors(updateCommunicationInput, { ...update, replyDue: '2026-10-30' })).toEqual({
      replyDue: ['The reply cannot be due before it was sent'],
    });
  });

  it('needs the counterpart and the version read', () => {
    expect(fieldErrors(updateCommunicationInput, { ...update, agencyId: null })).toEqual({
      agencyId: ['Choose the agency, or name who it was with'],
    });
    expect(Object.keys(fieldErrors(updateCommunicationInput, { ...update, version: undefined }))).toEqual([
      'version',
    ]);
  });
});

describe('the other inputs', () => {
  it('cap a page at 100 and search words at 200 characters; a search needs 2', () => {
    expect(listCommunicationsInput.parse({ personId: PERSON }).limit).toBe(50);
    expect(listCommunicationsInput.safeParse({ personId: PERSON, limit: 101 }).success).toBe(false);
    expect(searchCommunicationsInput.parse({ search: ' refusal ' })).toEqual({
      search: 'refusal',
      limit: 25,
    });
    expect(fieldErrors(searchCommunicationsInput, { search: ' a ' })).toEqual({
      search: ['Enter at least 2 characters'],
    });
    expect(fieldErrors(searchCommunicationsInput, { search: 'x'.repeat(201) }).search).toHaveLength(1);
  });

  it('need a reason to set a confirmation aside', () => {
    expect(fieldErrors(dismissConfirmationInput, { id: OTHER, version: 1, reason: ' ' })).toEqual({
      reason: ['Enter the reason'],
    });
  });

  it('tell spoken channels from written ones', () => {
    expect(isSpokenChannel('phone_call')).toBe(true);
    expect(isSpokenChannel('meeting')).toBe(true);
    expect(isSpokenChannel('letter')).toBe(false);
    expect(isSpokenChannel('email')).toBe(false);
  });

  it('count anything sent, and any call or meeting, as sharing; a letter received shares nothing', () => {
    expect(isDisclosingCommunication({ direction: 'outgoing', channel: 'letter' })).toBe(true);
    expect(isDisclosingCommunication({ direction: 'incoming', channel: 'phone_call' })).toBe(true);
    expect(isDisclosingCommunication({ direction: 'incoming', channel: 'meeting' })).toBe(true);
    expect(isDisclosingCommunication({ direction: 'incoming', channel: 'email' })).toBe(false);
  });
});

describe('who a communication goes to', () => {
  it('asks it of a call received from someone outside the directory, as of something sent', () => {
    const call = {
      ...letter,
      channel: 'phone_call',
      direction: 'incoming',
      agencyId: null,
      counterpartName: 'DC Hart',
    };
    expect(fieldErrors(createCommunicationInput, call)).toEqual({
      recipientCategory: ['Say who it goes to: the client, or which kind of agency'],
    });
    expect(
      fieldErrors(createCommunicationInput, { ...call, recipientCategory: 'police', informationShared: [] }),
    ).toEqual({
      informationShared: ['Say what it shares about the client'],
    });
    expect(createCommunicationInput.safeParse({ ...call, recipientCategory: 'police' }).success).toBe(true);
  });

  it('needs no name for the client themself, nor anyone named for a chaser or a confirmation', () => {
    const named = { ...letter, agencyId: null };
    expect(createCommunicationInput.safeParse({ ...named, recipientCategory: 'client' }).success).toBe(true);
    expect(createCommunicationInput.safeParse({ ...named, chaserOfId: OTHER }).success).toBe(true);
    expect(createCommunicationInput.safeParse({ ...named, confirmsId: OTHER }).success).toBe(true);
  });
});
