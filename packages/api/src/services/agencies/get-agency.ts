import { agencies, contacts } from '@umbrella/db';
import { asc, eq } from 'drizzle-orm';
import { notFound } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { toAgencyView, toContactView, type AgencyView, type ContactView } from './views.ts';

/** Contacts of one agency shown at once; a directory entry with more is split up. */
const CONTACTS_MAX = 500;

export async function getAgency(
  ctx: StaffContext,
  input: { id: string },
): Promise<AgencyView & { contacts: ContactView[] }> {
  const [row] = await ctx.db.select().from(agencies).where(eq(agencies.id, input.id)).limit(1);
  if (!row) throw notFound('agency');
  const people = await ctx.db
    .select()
    .from(contacts)
    .where(eq(contacts.agencyId, row.id))
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(CONTACTS_MAX);
  return { ...toAgencyView(row), contacts: people.map(toContactView) };
}
