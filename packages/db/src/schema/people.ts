import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Ciphertext } from '../crypto/ciphertext.ts';
import { baseColumns, versionColumn } from './columns.ts';
import { teams } from './teams.ts';
import { users } from './users.ts';

/** How, and when, the client may safely be contacted. Shown wherever someone might contact them. */
export interface SafeContactRules {
  call: boolean;
  text: boolean;
  voicemail: boolean;
  post: boolean;
  codeWord: string | null;
  safeTimes: string | null;
  notes: string | null;
}

/** The safe-contact rules as stored: the booleans readable, the free text sealed (see crypto/safe-contact.ts). */
export interface SealedSafeContact {
  call: boolean;
  text: boolean;
  voicemail: boolean;
  post: boolean;
  codeWord: Ciphertext | null;
  safeTimes: Ciphertext | null;
  notes: Ciphertext | null;
}

/** A client. `displayName` is what the organisation calls them; legal names and other names are aliases. */
export const people = pgTable(
  'people',
  {
    ...baseColumns,
    ...versionColumn,
    displayName: text().notNull(),
    /** Sealed (the calendar date `YYYY-MM-DD`, encrypted by the application); the precision stays readable. */
    dateOfBirth: text().$type<Ciphertext>(),
    dateOfBirthPrecision: text({ enum: ['exact', 'approximate', 'unknown'] })
      .notNull()
      .default('unknown'),
    nationality: text(),
    languages: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    interpreterNeeded: boolean().notNull().default(false),
    interpreterLanguage: text(),
    pronouns: text(),
    safeContact: jsonb().$type<SealedSafeContact>().notNull(),
    riskFlags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    keyWorkerId: uuid().references(() => users.id),
    teamId: uuid().references(() => teams.id),
    /** Restricted: caseworkers outside the client's team cannot open the record without break-glass. */
    restricted: boolean().notNull().default(false),
    /** Sealed. */
    notes: text().$type<Ciphertext>(),
    archivedAt: timestamp({ withTimezone: true }),
    /** When the record was anonymised (retention or erasure): every identifying field is gone, counts remain. */
    anonymisedAt: timestamp({ withTimezone: true }),
    /** Legal hold: the retention policy and anonymisation are suspended while it is set (with its reason). */
    legalHold: boolean().notNull().default(false),
    legalHoldReason: text(),
    legalHoldSetById: uuid().references(() => users.id),
    legalHoldSetAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('people_display_name_trgm_idx').using('gin', sql`${t.displayName} gin_trgm_ops`),
    index('people_display_name_idx').on(t.displayName, t.id),
    index('people_key_worker_idx').on(t.keyWorkerId),
    index('people_team_idx').on(t.teamId),
    // The client list's flag filter (`risk_flags @> array[...]`).
    index('people_risk_flags_idx').using('gin', t.riskFlags),
  ],
);

/** Another name a client is or was known by, and the agencies that know them by it. */
export const personAliases = pgTable(
  'person_aliases',
  {
    ...baseColumns,
    ...versionColumn,
    personId: uuid()
      .notNull()
      .references(() => people.id),
    /** Sealed: legal names and aliases are found by `nameIndex`, exactly (normalised), never by typo. */
    name: text().$type<Ciphertext>().notNull(),
    /** The name's blind index (FieldCipher.blindIndex 'name'); null only until an old value is sealed. */
    nameIndex: text(),
    kind: text({ enum: ['legal', 'alias', 'previous'] }).notNull(),
    knownToAgencyIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    notes: text(),
  },
  (t) => [
    index('person_aliases_person_idx').on(t.personId),
    index('person_aliases_name_index_idx').on(t.nameIndex),
  ],
);
