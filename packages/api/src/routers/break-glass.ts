import {
  breakGlassListInput,
  myBreakGlassInput,
  openBreakGlassInput,
  reviewBreakGlassInput,
} from '@umbrella/domain';
import { listBreakGlass } from '../services/break-glass/list-break-glass.ts';
import { myBreakGlass } from '../services/break-glass/my-break-glass.ts';
import { openBreakGlass } from '../services/break-glass/open-break-glass.ts';
import { reviewBreakGlass } from '../services/break-glass/review-break-glass.ts';
import { roleProcedure, router } from '../trpc.ts';

/** Breaking glass: caseworkers only (supervisors open every record already; volunteers none). */
const caseworkerProcedure = roleProcedure('caseworker');
/** The dashboard's list and the review: supervisors only. */
const supervisorProcedure = roleProcedure('supervisor');
/** The client page asks for any staff member: null for anyone holding no running grant. */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

/** Break-glass access to restricted clients outside the caseworker's teams (ARCHITECTURE.md §5). */
export const breakGlassRouter = router({
  open: caseworkerProcedure
    .input(openBreakGlassInput)
    .mutation(({ ctx, input }) => openBreakGlass(ctx, input)),
  mine: staffProcedure.input(myBreakGlassInput).query(({ ctx, input }) => myBreakGlass(ctx, input)),
  list: supervisorProcedure.input(breakGlassListInput).query(({ ctx, input }) => listBreakGlass(ctx, input)),
  review: supervisorProcedure
    .input(reviewBreakGlassInput)
    .mutation(({ ctx, input }) => reviewBreakGlass(ctx, input)),
});
