import { accompanimentsRouter } from './routers/accompaniments.ts';
import { accountRouter } from './routers/account.ts';
import { agenciesRouter } from './routers/agencies.ts';
import { appointmentsRouter } from './routers/appointments.ts';
import { auditRouter } from './routers/audit.ts';
import { authRouter } from './routers/auth.ts';
import { breakGlassRouter } from './routers/break-glass.ts';
import { calendarFeedRouter } from './routers/calendar-feed.ts';
import { casesRouter } from './routers/cases.ts';
import { clientsRouter } from './routers/clients.ts';
import { communicationsRouter } from './routers/communications.ts';
import { consentsRouter } from './routers/consents.ts';
import { deadlinesRouter } from './routers/deadlines.ts';
import { mattersRouter } from './routers/matters.ts';
import { myWorkRouter } from './routers/my-work.ts';
import { sarRouter } from './routers/sar.ts';
import { retentionRouter } from './routers/retention.ts';
import { setupRouter } from './routers/setup.ts';
import { staffRouter } from './routers/staff.ts';
import { supervisionRouter } from './routers/supervision.ts';
import { digestRouter } from './routers/digest.ts';
import { disclosuresRouter } from './routers/disclosures.ts';
import { teamsRouter } from './routers/teams.ts';
import { usersRouter } from './routers/users.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  setup: setupRouter,
  auth: authRouter,
  account: accountRouter,
  users: usersRouter,
  teams: teamsRouter,
  staff: staffRouter,
  agencies: agenciesRouter,
  clients: clientsRouter,
  cases: casesRouter,
  matters: mattersRouter,
  deadlines: deadlinesRouter,
  communications: communicationsRouter,
  myWork: myWorkRouter,
  appointments: appointmentsRouter,
  accompaniments: accompanimentsRouter,
  calendarFeed: calendarFeedRouter,
  supervision: supervisionRouter,
  digest: digestRouter,
  consents: consentsRouter,
  disclosures: disclosuresRouter,
  breakGlass: breakGlassRouter,
  audit: auditRouter,
  sar: sarRouter,
  retention: retentionRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
