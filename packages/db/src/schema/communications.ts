import { sql } from 'drizzle-orm';
import {
  customType,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { Ciphertext } from '../crypto/ciphertext.ts';
import { agencies, contacts } from './agencies.ts';
import { cases } from './cases.ts';
import { baseColumns, versionColumn } from './columns.ts';
import { matters } from './matters.ts';
import { people } from './people.ts';
import { users } from './users.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Raw bytes: a Buffer on node-postgres, a Uint8Array on PGlite. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Every written communication in or out on a client's case (calls and meetings too, with a prompt to confirm
 * them in writing). `counterpartLabel` keeps who it was with as it was at the time, so a later rename in the
 * directory does not rewrite the record; it is also searched.
 */
export const communications = pgTable(
  'communications',
  {
    ...baseColumns,
    ...versionColumn,
    personId: uuid()
      .notNull()
      .references(() => people.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    matterId: uuid().references(() => matters.id),
    direction: text({ enum: ['outgoing', 'incoming'] }).notNull(),
    channel: text({ enum: ['letter', 'email', 'online_form', 'fax', 'phone_call', 'meeting'] }).notNull(),
    agencyId: uuid().references(() => agencies.id),
    contactId: uuid().references(() => contacts.id),
    counterpartName: text(),
    counterpartLabel: text().notNull(),
    /** Sent (outgoing) or received (incoming). */
    occurredOn: date({ mode: 'string' }).notNull(),
    /** Sealed (a letter quotes legal names and references): see crypto/columns.ts. */
    subject: text().$type<Ciphertext>().notNull(),
    body: text().$type<Ciphertext>(),
    /** Outgoing only: awaiting / answered / chased (a later chaser took over the wait); null when none expected. */
    /** Whose bank holidays count for the reply-due date. */
    jurisdiction: text({ enum: ['england-and-wales', 'scotland', 'northern-ireland'] })
      .notNull()
      .default('england-and-wales'),
    replyState: text({ enum: ['awaiting', 'answered', 'chased'] }),
    replyDue: date({ mode: 'string' }),
    replyDueExplanation: text(),
    /** The incoming communication that answered it. */
    answeredById: uuid().references((): AnyPgColumn => communications.id),
    /** The earlier outgoing communication this one chases. */
    chaserOfId: uuid().references((): AnyPgColumn => communications.id),
    /** A call or meeting: whether it still needs confirming in writing. */
    confirmation: text({ enum: ['needed', 'done', 'not_needed'] }),
    confirmationNote: text(),
    /** The call or meeting this written communication confirms. */
    confirmsId: uuid().references((): AnyPgColumn => communications.id),
    recordedById: uuid()
      .notNull()
      .references(() => users.id),
    /**
     * Full-text search over the subject, who it was with and the text, written by the application with the
     * client's legal names, other names and references taken out (crypto/search-text.ts): the words are
     * otherwise in clear here, since a search index cannot be encrypted.
     */
    search: tsvector(),
  },
  (t) => [
    index('communications_person_idx').on(t.personId, t.occurredOn, t.createdAt, t.id),
    index('communications_matter_idx').on(t.matterId, t.occurredOn),
    // Stall rules: each case's latest communication.
    index('communications_case_idx').on(t.caseId, t.occurredOn),
    index('communications_search_idx').using('gin', t.search),
    // Newest first across all clients (full-text search): a common word's latest matches are read in order
    // instead of sorting tens of thousands of rows (~1 s at 500,000 communications; ~20 ms with it).
    index('communications_newest_idx').on(t.occurredOn, t.createdAt, t.id),
    // My work: replies awaited, and calls or meetings still to confirm in writing.
    index('communications_awaiting_reply_idx')
      .on(t.replyDue)
      .where(sql`${t.replyState} = 'awaiting'`),
    // My work starts from the caseworker's clients: each client's awaited replies (~250 ms at 20,000 clients
    // reading every overdue reply of the organisation; ~5 ms from the clients).
    index('communications_awaiting_person_idx')
      .on(t.personId, t.replyDue)
      .where(sql`${t.replyState} = 'awaiting'`),
    index('communications_confirmation_needed_idx')
      .on(t.personId)
      .where(sql`${t.confirmation} = 'needed'`),
    index('communications_chaser_of_idx').on(t.chaserOfId),
    index('communications_answered_by_idx').on(t.answeredById),
  ],
);

/**
 * Uploaded files, kept in the database. A file is first staged by its uploader for one client, then attached
 * (`attachedAt`): to a communication when that is logged, to a consent as its signed form, or held by a
 * request awaiting a supervisor's approval. Staged files never attached are pruned after a day; a refused or
 * withdrawn request lets its files go back to staged, so they are pruned too.
 */
export const documents = pgTable(
  'documents',
  {
    ...baseColumns,
    personId: uuid()
      .notNull()
      .references(() => people.id),
    communicationId: uuid().references(() => communications.id),
    uploadedById: uuid()
      .notNull()
      .references(() => users.id),
    filename: text().notNull(),
    /** As sniffed from the content, never as the browser claimed. */
    contentType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    attachedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('documents_communication_idx').on(t.communicationId),
    // The pruning of staged files, and each uploader's count of them.
    index('documents_staged_idx')
      .on(t.createdAt)
      .where(sql`${t.attachedAt} is null`),
  ],
);
