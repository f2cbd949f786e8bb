import { changeEmailInput, changePasswordInput, disableTotpInput, workProfileInput } from '@umbrella/domain';
import { changeEmail } from '../services/account/change-email.ts';
import { changePassword } from '../services/account/change-password.ts';
import { disableTotp } from '../services/account/disable-totp.ts';
import { getWorkProfile, updateWorkProfile } from '../services/account/work-profile.ts';
import { authedProcedure, router } from '../trpc.ts';

export const accountRouter = router({
  changePassword: authedProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
  changeEmail: authedProcedure.input(changeEmailInput).mutation(({ ctx, input }) => changeEmail(ctx, input)),
  disableTotp: authedProcedure.input(disableTotpInput).mutation(({ ctx, input }) => disableTotp(ctx, input)),
  /** Phone number; for volunteers also languages and usual availability (used to find who can accompany). */
  workProfile: authedProcedure.query(({ ctx }) => getWorkProfile(ctx)),
  updateWorkProfile: authedProcedure
    .input(workProfileInput)
    .mutation(({ ctx, input }) => updateWorkProfile(ctx, input)),
});
