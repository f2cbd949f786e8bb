import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { cases } from '../schema/cases.ts';
import { people } from '../schema/people.ts';

/** A demo client as the later loaders need it: found by display name, with their case file. */
export interface DemoClientRow {
  personId: string;
  caseId: string;
  openedOn: string;
  keyWorkerId: string | null;
  restricted: boolean;
}

/** Every demo client loaded so far, by display name (each has one case file). */
export async function loadDemoClients(tx: DbOrTx): Promise<Map<string, DemoClientRow>> {
  const rows = await tx
    .select({
      displayName: people.displayName,
      personId: people.id,
      caseId: cases.id,
      openedOn: cases.openedOn,
      keyWorkerId: people.keyWorkerId,
      restricted: people.restricted,
    })
    .from(people)
    .innerJoin(cases, eq(cases.personId, people.id))
    .orderBy(people.displayName);
  return new Map(rows.map(({ displayName, ...row }) => [displayName, row]));
}

/** The demo client of that name; a story naming one who does not exist is a mistake in the demo data. */
export function demoClient(clients: Map<string, DemoClientRow>, name: string): DemoClientRow {
  const client = clients.get(name);
  if (!client) throw new Error(`Demo data: no client "${name}".`);
  return client;
}
