import {
  changeInitialPasswordInput,
  confirmTotpEnrolmentInput,
  signInInput,
  verifyTotpInput,
} from '@umbrella/domain';
import { changeInitialPassword } from '../services/auth/change-initial-password.ts';
import { beginTotpEnrolment, confirmTotpEnrolment } from '../services/auth/enrol-totp.ts';
import { toSessionInfo } from '../services/auth/session-store.ts';
import { signIn } from '../services/auth/sign-in.ts';
import { signOut } from '../services/auth/sign-out.ts';
import { verifyTotp } from '../services/auth/verify-totp.ts';
import { publicProcedure, router, signingInProcedure } from '../trpc.ts';

export const authRouter = router({
  /** The current session, or null when signed out. */
  session: publicProcedure.query(({ ctx }) => (ctx.session ? toSessionInfo(ctx.config, ctx.session) : null)),

  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    const { token, info } = await signIn(ctx, input);
    ctx.cookies.write(token);
    return info;
  }),

  verifyTotp: signingInProcedure.input(verifyTotpInput).mutation(async ({ ctx, input }) => {
    const { token, info } = await verifyTotp(ctx, input);
    ctx.cookies.write(token);
    return info;
  }),

  changeInitialPassword: signingInProcedure
    .input(changeInitialPasswordInput)
    .mutation(async ({ ctx, input }) => {
      const { token, info } = await changeInitialPassword(ctx, input);
      ctx.cookies.write(token);
      return info;
    }),

  beginTotpEnrolment: signingInProcedure.mutation(({ ctx }) => beginTotpEnrolment(ctx)),

  confirmTotpEnrolment: signingInProcedure
    .input(confirmTotpEnrolmentInput)
    .mutation(async ({ ctx, input }) => {
      const { token, info } = await confirmTotpEnrolment(ctx, input);
      ctx.cookies.write(token);
      return info;
    }),

  signOut: signingInProcedure.mutation(async ({ ctx }) => {
    await signOut(ctx);
    ctx.cookies.clear({ clearSiteData: true });
    return { ok: true as const };
  }),
});
