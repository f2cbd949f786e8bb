import { z } from 'zod';
import { uuidSchema, versionSchema } from '../auth/schemas.ts';
import { calendarDateSchema, optionalText } from '../common/schemas.ts';

/** How a client's request for their data reached us. */
export const SAR_CHANNELS = ['in_person', 'letter', 'email', 'phone', 'other'] as const;
export type SarChannel = (typeof SAR_CHANNELS)[number];
export const SAR_CHANNEL_LABELS: Record<SarChannel, string> = {
  in_person: 'In person',
  letter: 'Letter',
  email: 'E-mail',
  phone: 'Phone',
  other: 'Another way',
};

export const SAR_STATUSES = ['open', 'completed'] as const;
export type SarStatus = (typeof SAR_STATUSES)[number];

export const SAR_NOTE_MAX = 2000;

/** A client asked for everything we hold about them (UK GDPR Art 15): one calendar month to answer. */
export const recordSarInput = z.object({
  personId: uuidSchema,
  /** The day the request reached us: the month runs from here (sar.response). Not in the future. */
  receivedOn: calendarDateSchema,
  receivedVia: z.enum(SAR_CHANNELS, { error: 'Choose how the request reached us' }),
  /** We are satisfied it is the client asking (ICO: reasonable checks only). */
  identityChecked: z.boolean({ error: 'Say whether the client’s identity was checked' }),
  note: optionalText(SAR_NOTE_MAX, 'The note'),
});
export type RecordSarInput = z.input<typeof recordSarInput>;

/**
 * We are now satisfied it is the client asking (a request recorded before the check was made): the bundle may
 * then be exported.
 */
export const confirmSarIdentityInput = z.object({ id: uuidSchema, version: versionSchema });

/** The bundle was given to the client: the request is answered and its deadline met. */
export const completeSarInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  completedOn: calendarDateSchema,
  note: optionalText(SAR_NOTE_MAX, 'The note'),
});

export const sarIdInput = z.object({ id: uuidSchema });
export const clientSarsInput = z.object({ personId: uuidSchema });
