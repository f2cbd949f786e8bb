import { appendAudit, users, type UserRow } from '@umbrella/db';
import { AVAILABILITY_SLOTS, type AvailabilitySlot, type WorkProfileInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import { notFound } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';

export interface WorkProfile {
  version: number;
  phone: string | null;
  languages: string[];
  availability: AvailabilitySlot[];
  availabilityNote: string | null;
}

const FIELDS = ['phone', 'languages', 'availability', 'availabilityNote'] as const;

function toWorkProfile(user: UserRow): WorkProfile {
  return {
    version: user.version,
    phone: user.phone,
    languages: user.languages,
    availability: user.availability.filter((s): s is AvailabilitySlot =>
      AVAILABILITY_SLOTS.includes(s as AvailabilitySlot),
    ),
    availabilityNote: user.availabilityNote,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The caller's phone number, languages and usual availability, read fresh (the version names this read). */
export async function getWorkProfile(ctx: StaffContext): Promise<WorkProfile> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.session.user.id)).limit(1);
  if (!user) throw notFound('account');
  return toWorkProfile(user);
}

/** Saves the caller's work profile at the version they read; the audit names the fields changed, not values. */
export async function updateWorkProfile(ctx: StaffContext, input: WorkProfileInput): Promise<WorkProfile> {
  const now = ctx.now();
  const userId = ctx.session.user.id;
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
    if (!before) throw notFound('account');
    const [updated] = await tx
      .update(users)
      .set({
        phone: input.phone,
        languages: input.languages,
        availability: input.availability,
        availabilityNote: input.availabilityNote,
        version: sql`${users.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(users.id, userId), eq(users.version, input.version)))
      .returning();
    if (!updated) throw await staleOrMissing(tx, users, userId, 'profile');
    await appendAudit(tx, {
      actorUserId: userId,
      action: 'account.work_profile',
      outcome: 'success',
      entityType: 'user',
      entityId: userId,
      requestId: ctx.meta.requestId,
      details: { changed: FIELDS.filter((f) => !same(before[f], updated[f])) },
    });
    return toWorkProfile(updated);
  });
}
