import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit log. A trigger (see the migrations) refuses UPDATE, DELETE and TRUNCATE; each row carries
 * the hash of the row before it, so `pnpm audit:verify` can prove nothing was changed or removed.
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
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    uniqueIndex('audit_log_seq_key').on(t.seq),
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
