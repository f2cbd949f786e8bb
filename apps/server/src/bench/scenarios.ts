import type { AppRouter } from '@umbrella/api';
import { londonToday, STALLED_CASE_SORTS } from '@umbrella/domain';
import type { inferRouterOutputs } from '@trpc/server';
import type { DiscoveredInputs } from './pick-inputs.ts';
import type { BenchRole } from './sign-in.ts';
import { TARGETS } from './targets.ts';
import type { ProcedureCall } from './trpc-http.ts';

type Outputs = inferRouterOutputs<AppRouter>;

export interface Scenario {
  id: string;
  title: string;
  role: BenchRole;
  kind: 'read' | 'write';
  /** The p95 target at 16 connections (reads only). */
  p95TargetMs: number | null;
  /** Each request sends one variant: the calls of one batch, as the web app would send them. */
  variants: ProcedureCall[][];
  /** How many results an answer holds (the data of each call, in order): checks the inputs find real data. */
  countResults(data: unknown[]): number;
}

/** The page size the web app asks for in the client list, stalled cases and communication search. */
const PAGE_SIZE = 25;

const clientSearch = (search: string): ProcedureCall[] => [
  // As apps/web's client list sends it (an infinite query: first page, no cursor).
  { path: 'clients.list', input: { search, limit: PAGE_SIZE, direction: 'forward' } },
];
const listed = (data: unknown[]) => (data[0] as { items: unknown[] }).items.length;

/** Every scenario id, in the order they run (the write last, so the reads see the data as loaded). */
export const SCENARIO_IDS = [
  'my-work',
  'search-prefix',
  'search-typo',
  'search-reference',
  'client-profile',
  'communication-search',
  'stalled-cases',
  'log-communication',
] as const;

/** A short sample letter body: about the length caseworkers log. */
const LETTER_BODY =
  'Thank you for your letter. We confirm receipt of the documents sent on behalf of our client and will ' +
  'write again once the file has been reviewed. Please quote the reference above in any correspondence. ' +
  'If you need anything further in the meantime, contact the caseworker named on the file.';

export function buildScenarios(inputs: DiscoveredInputs, now: Date): Scenario[] {
  const today = londonToday(now);
  return [
    {
      id: 'my-work',
      title: 'My work',
      role: 'caseworker',
      kind: 'read',
      p95TargetMs: TARGETS.readP95Ms,
      variants: [[{ path: 'myWork.get', input: {} }]],
      countResults: (data) => {
        const work = data[0] as Outputs['myWork']['get'];
        return (
          work.overdue.length +
          work.upcoming.length +
          work.repliesOverdue.length +
          work.followUps.length +
          work.reports.length +
          work.reportFollowUps.length
        );
      },
    },
    {
      id: 'search-prefix',
      title: 'Client search: name prefix',
      role: 'caseworker',
      kind: 'read',
      p95TargetMs: TARGETS.readP95Ms,
      variants: inputs.prefixes.map(clientSearch),
      countResults: listed,
    },
    {
      id: 'search-typo',
      title: 'Client search: typo',
      role: 'caseworker',
      kind: 'read',
      p95TargetMs: TARGETS.readP95Ms,
      variants: inputs.typos.map(clientSearch),
      countResults: listed,
    },
    {
      id: 'search-reference',
      title: 'Client search: reference',
      role: 'caseworker',
      kind: 'read',
      p95TargetMs: TARGETS.readP95Ms,
      variants: inputs.references.map(clientSearch),
      countResults: listed,
    },
    {
      id: 'client-profile',
      title: 'Client profile + timeline',
      role: 'caseworker',
      kind: 'read',
      p95TargetMs: TARGETS.readP95Ms,
      // The client page opens with clients.get, then its timeline (clients.timeline, the page's default
      // limit): sent here as one batch, so a request is the profile with its timeline.
      variants: inputs.clients.map((c) => [
        { path: 'clients.get', input: { id: c.id } },
        { path: 'clients.timeline', input: { personId: c.id } },
      ]),
      countResults: (data) => (data[1] as Outputs['clients']['timeline']).items.length,
    },
    {
      id: 'communication-search',
      title: 'Communications full-text search',
      role: 'caseworker',
      kind: 'read',
      p95TargetMs: TARGETS.fullTextSearchP95Ms,
      variants: inputs.words.map((search) => [
        { path: 'communications.search', input: { search, limit: PAGE_SIZE, direction: 'forward' } },
      ]),
      countResults: listed,
    },
    {
      id: 'stalled-cases',
      title: 'Stalled cases dashboard',
      role: 'supervisor',
      kind: 'read',
      p95TargetMs: TARGETS.stalledCasesP95Ms,
      // The dashboard's list as the web app asks for it, in each of its sort orders.
      variants: STALLED_CASE_SORTS.map((sort) => [
        { path: 'supervision.stalledCases', input: { sort, limit: PAGE_SIZE, direction: 'forward' } },
      ]),
      countResults: listed,
    },
    {
      id: 'log-communication',
      title: 'Log a communication',
      role: 'caseworker',
      kind: 'write',
      p95TargetMs: null,
      // A letter received: it shares nothing, so the disclosure firewall lets it through without a consent.
      variants: inputs.clients.map((c) => [
        {
          path: 'communications.create',
          input: {
            personId: c.id,
            channel: 'letter',
            direction: 'incoming',
            counterpartName: 'Home Office',
            occurredOn: today,
            subject: 'Benchmark: letter received',
            body: LETTER_BODY,
          },
        },
      ]),
      countResults: (data) => ((data[0] as Outputs['communications']['create']).id ? 1 : 0),
    },
  ];
}
