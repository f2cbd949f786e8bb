import { NORTH_LONDON_CLIENTS } from './clients-north-london.ts';
import { TRAFFICKING_CLIENTS } from './clients-trafficking.ts';
import type { DemoCommunication } from './communication-story.ts';
import { NORTH_LONDON_COMMUNICATIONS } from './communications-north-london.ts';
import { TRAFFICKING_COMMUNICATIONS } from './communications-trafficking.ts';
import { DEMO_CONSENTS } from './consent-story.ts';
import type { DemoClient } from './story.ts';

/** The demo clients' communications, by display name. */
export const DEMO_COMMUNICATIONS: Readonly<Record<string, readonly DemoCommunication[]>> = {
  ...NORTH_LONDON_COMMUNICATIONS,
  ...TRAFFICKING_COMMUNICATIONS,
};

/**
 * The fictional clients of the demo organisation, with their case files, matters, timelines, communications
 * and consents.
 */
export const DEMO_CLIENTS: readonly DemoClient[] = [...NORTH_LONDON_CLIENTS, ...TRAFFICKING_CLIENTS].map(
  (client) => ({
    ...client,
    communications: DEMO_COMMUNICATIONS[client.displayName] ?? [],
    consents: DEMO_CONSENTS[client.displayName] ?? [],
  }),
);
