import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Append-only audit log. A trigger (see the migrations) refuses UPDATE, DELETE and TRUNCATE; each row carries
 * the hash of the row before it in its chain, so `pnpm audit:verify` can prove nothing was changed or removed.
 * Details never hold personal data of clients: ids, field names and outcomes only.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    seq: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    actorUserId: uuid(),
    action: text().notNull(),
    outcome: text({ enum: ['success', 'failure', 'denied'] }).notNull(),
    entityType: text(),
    entityId: text(),
    requestId: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Which of the hash chains the row links into (see audit/append.ts): each chain is checked on its own. */
    chain: smallint().notNull().default(0),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    uniqueIndex('audit_log_seq_key').on(t.seq),
    // Each writer reads the last hash of its chain.
    index('audit_log_chain_idx').on(t.chain, t.seq),
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.seq),
    index('audit_log_actor_idx').on(t.actorUserId, t.seq),
    // The audit viewer's date filter.
    index('audit_log_created_idx').on(t.createdAt),
    // Rows against a client's records that name the client in their details (a matter, the case file): the audit
    // viewer's client filter and the subject access bundle.
    index('audit_log_details_person_idx')
      .on(sql`(${t.details} ->> 'personId')`, t.seq)
      .where(sql`(${t.details} ->> 'personId') is not null`),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
