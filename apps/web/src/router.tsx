import { isUuid } from '@umbrella/domain';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { AppLayout } from './components/app-layout.tsx';
import { NotFoundPage, RootRouteError, RouteError } from './components/error-pages.tsx';
import { Pending } from './components/pending.tsx';
import { PublicLayout } from './components/public-layout.tsx';
import { RootLayout } from './components/root-layout.tsx';
import { AdminGate } from './features/admin-users/routes/admin-gate.tsx';
import { validateAuditSearch } from './features/audit/lib/audit-search.ts';
import { AuditGate } from './features/audit/routes/audit-gate.tsx';
import { RetentionGate } from './features/retention/routes/retention-gate.tsx';
import { StaffGate } from './components/staff-gate.tsx';
import { validateAgencyListSearch } from './features/agencies/lib/list-search.ts';
import { validateClientListSearch } from './features/clients/lib/list-search.ts';
import { VolunteerGate } from './features/accompaniments/routes/volunteer-gate.tsx';
import { validateAgendaSearch } from './features/appointments/lib/agenda-search.ts';
import { redirectIfSignedIn, requireActiveSession, requireSignInStep } from './features/auth/session.ts';
import type { SignInNotice } from './features/auth/use-end-session.ts';
import { HomeSwitch } from './features/my-work/routes/home-switch.tsx';
import { validateMyWorkSearch } from './features/my-work/lib/search.ts';
import { validateDigestSearch } from './features/digest/lib/week-search.ts';
import { validateSupervisionSearch } from './features/supervision/lib/dashboard-search.ts';
import { SupervisorGate } from './features/supervision/routes/supervisor-gate.tsx';
import type { RouterContext } from './lib/router-context.ts';
import { queryClient, trpc } from './trpc.ts';

/** One optional id from the address (`?communication=<id>`); anything else there is dropped. */
function idSearch<K extends string>(search: Record<string, unknown>, key: K): Partial<Record<K, string>> {
  const value = search[key];
  return isUuid(value) ? ({ [key]: value } as Record<K, string>) : {};
}

function setupStatus({ queryClient, trpc }: RouterContext) {
  return queryClient.ensureQueryData(trpc.setup.status.queryOptions(undefined, { staleTime: Infinity }));
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Until the first administrator exists, the set-up page is the only page.
  beforeLoad: async ({ context, location }) => {
    const status = await setupStatus(context);
    if (status.needsFirstAdmin && location.pathname !== '/setup') throw redirect({ to: '/setup' });
  },
  component: RootLayout,
  errorComponent: RootRouteError,
  notFoundComponent: NotFoundPage,
});

// Pages for people who are not (fully) signed in.
const publicLayout = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });

const setupRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: 'setup',
  beforeLoad: async ({ context }) => {
    const status = await setupStatus(context);
    if (!status.needsFirstAdmin) throw redirect({ to: '/sign-in' });
  },
  component: lazyRouteComponent(() => import('./features/setup/routes/setup-page.tsx'), 'SetupPage'),
});

const signInRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: 'sign-in',
  validateSearch: (search: Record<string, unknown>): { notice?: SignInNotice } =>
    search.notice === 'session-ended' || search.notice === 'signed-out' ? { notice: search.notice } : {},
  beforeLoad: ({ context }) => redirectIfSignedIn(context),
  // Its form library stays out of the first load: most visits start signed in.
  component: lazyRouteComponent(() => import('./features/auth/routes/sign-in-page.tsx'), 'SignInPage'),
});

const totpCodeRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: 'sign-in/code',
  beforeLoad: ({ context }) => requireSignInStep(context, 'needs_totp'),
  component: lazyRouteComponent(() => import('./features/auth/routes/totp-code-page.tsx'), 'TotpCodePage'),
});

const newPasswordRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: 'sign-in/new-password',
  beforeLoad: ({ context }) => requireSignInStep(context, 'needs_password_change'),
  component: lazyRouteComponent(
    () => import('./features/auth/routes/new-password-page.tsx'),
    'NewPasswordPage',
  ),
});

const twoFactorSetupRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: 'sign-in/two-factor-setup',
  beforeLoad: ({ context }) => requireSignInStep(context, 'needs_totp_enrolment'),
  component: lazyRouteComponent(
    () => import('./features/auth/routes/two-factor-setup-page.tsx'),
    'TwoFactorSetupPage',
  ),
});

// The signed-in app.
const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context }) => {
    await requireActiveSession(context);
  },
  component: AppLayout,
});

// Caseworkers and supervisors start at their own work; everyone else at the welcome page.
const homeRoute = createRoute({ getParentRoute: () => appLayout, path: '/', component: HomeSwitch });

const myWorkRoute = createRoute({ getParentRoute: () => appLayout, path: 'my-work', component: StaffGate });

const myWorkIndexRoute = createRoute({
  getParentRoute: () => myWorkRoute,
  path: '/',
  // Whose work (a supervisor may look at a caseworker's): an id, never a name.
  validateSearch: validateMyWorkSearch,
  component: lazyRouteComponent(() => import('./features/my-work/routes/my-work-page.tsx'), 'MyWorkPage'),
});

// "This week": the weekly digest of the caller's own due items; the week (its Monday) in the address.
const digestRoute = createRoute({ getParentRoute: () => appLayout, path: 'digest', component: StaffGate });

const digestIndexRoute = createRoute({
  getParentRoute: () => digestRoute,
  path: '/',
  validateSearch: validateDigestSearch,
  component: lazyRouteComponent(() => import('./features/digest/routes/digest-page.tsx'), 'DigestPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'account',
  component: lazyRouteComponent(() => import('./features/account/routes/account-page.tsx'), 'AccountPage'),
});

const adminRoute = createRoute({ getParentRoute: () => appLayout, path: 'admin', component: AdminGate });

const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/admin/users' });
  },
});

const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'users',
  component: lazyRouteComponent(() => import('./features/admin-users/routes/users-page.tsx'), 'UsersPage'),
});

const userRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'users/$userId',
  component: lazyRouteComponent(() => import('./features/admin-users/routes/user-page.tsx'), 'UserPage'),
});

const teamsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'teams',
  component: lazyRouteComponent(() => import('./features/admin-teams/routes/teams-page.tsx'), 'TeamsPage'),
});

const teamRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'teams/$teamId',
  component: lazyRouteComponent(() => import('./features/admin-teams/routes/team-page.tsx'), 'TeamPage'),
});

// When cases are flagged as stalled: the organisation's thresholds.
const adminSupervisionRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'supervision',
  component: lazyRouteComponent(
    () => import('./features/admin-supervision/routes/stall-settings-page.tsx'),
    'StallSettingsPage',
  ),
});

// How long closed cases are kept before they are due for anonymisation.
const adminRetentionRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'retention',
  component: lazyRouteComponent(
    () => import('./features/retention/routes/retention-policy-page.tsx'),
    'RetentionPolicyPage',
  ),
});

// Client records and the agency directory: caseworkers and supervisors only.
const clientsRoute = createRoute({ getParentRoute: () => appLayout, path: 'clients', component: StaffGate });

const clientsIndexRoute = createRoute({
  getParentRoute: () => clientsRoute,
  path: '/',
  // Filters (ids and fixed values) live in the address; the free-text search never does.
  validateSearch: validateClientListSearch,
  component: lazyRouteComponent(() => import('./features/clients/routes/clients-page.tsx'), 'ClientsPage'),
});

const newClientRoute = createRoute({
  getParentRoute: () => clientsRoute,
  path: 'new',
  component: lazyRouteComponent(
    () => import('./features/clients/routes/new-client-page.tsx'),
    'NewClientPage',
  ),
});

const clientRoute = createRoute({
  getParentRoute: () => clientsRoute,
  path: '$clientId',
  // Which communication to open on the profile (from My work or the search): an id, never words.
  validateSearch: (search: Record<string, unknown>) => idSearch(search, 'communication'),
  component: lazyRouteComponent(() => import('./features/clients/routes/client-page.tsx'), 'ClientPage'),
});

const editClientRoute = createRoute({
  getParentRoute: () => clientsRoute,
  path: '$clientId/edit',
  component: lazyRouteComponent(
    () => import('./features/clients/routes/edit-client-page.tsx'),
    'EditClientPage',
  ),
});

const chronologyRoute = createRoute({
  getParentRoute: () => clientsRoute,
  path: '$clientId/chronology',
  // One matter's chronology, or (without it) the whole case's.
  validateSearch: (search: Record<string, unknown>) => idSearch(search, 'matter'),
  component: lazyRouteComponent(
    () => import('./features/chronology/routes/chronology-page.tsx'),
    'ChronologyPage',
  ),
});

// Full-text search of communications across the clients the caller may open (the words stay in the page).
const communicationsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'communications',
  component: StaffGate,
});

const communicationSearchRoute = createRoute({
  getParentRoute: () => communicationsRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('./features/communication-search/routes/communication-search-page.tsx'),
    'CommunicationSearchPage',
  ),
});

// The caseworkers' agenda of appointments and one appointment; filters (dates, fixed values) in the address.
const appointmentsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'appointments',
  component: StaffGate,
});

const agendaRoute = createRoute({
  getParentRoute: () => appointmentsRoute,
  path: '/',
  validateSearch: validateAgendaSearch,
  component: lazyRouteComponent(() => import('./features/appointments/routes/agenda-page.tsx'), 'AgendaPage'),
});

const appointmentRoute = createRoute({
  getParentRoute: () => appointmentsRoute,
  path: '$appointmentId',
  component: lazyRouteComponent(
    () => import('./features/appointments/routes/appointment-page.tsx'),
    'AppointmentPage',
  ),
});

// A volunteer's accompaniments (their home page lists them): only those they were asked to accompany.
const accompanimentsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'accompaniments',
  component: VolunteerGate,
});

const accompanimentsIndexRoute = createRoute({
  getParentRoute: () => accompanimentsRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('./features/accompaniments/routes/accompaniments-page.tsx'),
    'AccompanimentsPage',
  ),
});

const accompanimentRoute = createRoute({
  getParentRoute: () => accompanimentsRoute,
  path: '$appointmentId',
  component: lazyRouteComponent(
    () => import('./features/accompaniments/routes/accompaniment-page.tsx'),
    'AccompanimentPage',
  ),
});

const agenciesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'agencies',
  component: StaffGate,
});

const agenciesIndexRoute = createRoute({
  getParentRoute: () => agenciesRoute,
  path: '/',
  validateSearch: validateAgencyListSearch,
  component: lazyRouteComponent(() => import('./features/agencies/routes/agencies-page.tsx'), 'AgenciesPage'),
});

const newAgencyRoute = createRoute({
  getParentRoute: () => agenciesRoute,
  path: 'new',
  component: lazyRouteComponent(
    () => import('./features/agencies/routes/new-agency-page.tsx'),
    'NewAgencyPage',
  ),
});

const agencyRoute = createRoute({
  getParentRoute: () => agenciesRoute,
  path: '$agencyId',
  component: lazyRouteComponent(() => import('./features/agencies/routes/agency-page.tsx'), 'AgencyPage'),
});

// The supervisors' dashboard: stalled cases (filters, fixed values and ids, in the address), caseloads, charts.
const supervisionRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'supervision',
  component: SupervisorGate,
});

const supervisionIndexRoute = createRoute({
  getParentRoute: () => supervisionRoute,
  path: '/',
  validateSearch: validateSupervisionSearch,
  component: lazyRouteComponent(
    () => import('./features/supervision/routes/supervision-page.tsx'),
    'SupervisionPage',
  ),
});

// Who viewed or changed what: supervisors and administrators; filters (ids, days, fixed values) in the address.
const auditRoute = createRoute({ getParentRoute: () => appLayout, path: 'audit', component: AuditGate });

const auditIndexRoute = createRoute({
  getParentRoute: () => auditRoute,
  path: '/',
  validateSearch: validateAuditSearch,
  component: lazyRouteComponent(() => import('./features/audit/routes/audit-page.tsx'), 'AuditPage'),
});

// Retention: the dry run and the two-person requests to anonymise; supervisors and administrators.
const retentionRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'retention',
  component: RetentionGate,
});

const retentionIndexRoute = createRoute({
  getParentRoute: () => retentionRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('./features/retention/routes/retention-page.tsx'),
    'RetentionPage',
  ),
});

const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([setupRoute, signInRoute, totpCodeRoute, newPasswordRoute, twoFactorSetupRoute]),
  appLayout.addChildren([
    homeRoute,
    myWorkRoute.addChildren([myWorkIndexRoute]),
    digestRoute.addChildren([digestIndexRoute]),
    accountRoute,
    adminRoute.addChildren([
      adminIndexRoute,
      usersRoute,
      userRoute,
      teamsRoute,
      teamRoute,
      adminSupervisionRoute,
      adminRetentionRoute,
    ]),
    clientsRoute.addChildren([
      clientsIndexRoute,
      newClientRoute,
      clientRoute,
      editClientRoute,
      chronologyRoute,
    ]),
    communicationsRoute.addChildren([communicationSearchRoute]),
    agenciesRoute.addChildren([agenciesIndexRoute, newAgencyRoute, agencyRoute]),
    appointmentsRoute.addChildren([agendaRoute, appointmentRoute]),
    accompanimentsRoute.addChildren([accompanimentsIndexRoute, accompanimentRoute]),
    supervisionRoute.addChildren([supervisionIndexRoute]),
    auditRoute.addChildren([auditIndexRoute]),
    retentionRoute.addChildren([retentionIndexRoute]),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient, trpc },
  // Data comes from TanStack Query; the router should not cache loader results of its own.
  defaultPreloadStaleTime: 0,
  defaultPendingComponent: () => <Pending />,
  defaultErrorComponent: RouteError,
  notFoundMode: 'root',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
