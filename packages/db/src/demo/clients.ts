import { NORTH_LONDON_CLIENTS } from './clients-north-london.ts';
import { TRAFFICKING_CLIENTS } from './clients-trafficking.ts';
import type { DemoClient } from './story.ts';

/** The fictional clients of the demo organisation, with their case files, matters and timelines. */
export const DEMO_CLIENTS: readonly DemoClient[] = [...NORTH_LONDON_CLIENTS, ...TRAFFICKING_CLIENTS];
