import { useQuery } from '@tanstack/react-query';
import { Page } from '../../../components/page.tsx';
import { useTRPC } from '../../../trpc.ts';
import { CancelSignIn } from '../components/cancel-sign-in.tsx';
import { TotpEnrolment } from '../components/totp-enrolment.tsx';
import { useContinueWithSession } from '../use-continue-with-session.ts';

function reasonFor(user: { isAdmin: boolean; role: string } | undefined): string {
  if (user?.isAdmin) return 'Administrators manage everyone’s accounts';
  if (user?.role === 'supervisor') return 'Supervisors can see every client’s records';
  return 'Your account can see sensitive records';
}

export function TwoFactorSetupPage() {
  const trpc = useTRPC();
  const { data: session } = useQuery(trpc.auth.session.queryOptions());
  const continueWith = useContinueWithSession();

  return (
    <Page title="Set up two-factor authentication">
      <p>
        {reasonFor(session?.user)}, so Umbrella asks for a second step when you sign in: a 6-digit code from
        an app on your phone. Someone who learns your password still cannot get in without your phone.
      </p>
      <p>This takes about two minutes. You only need to do it once.</p>
      <TotpEnrolment onEnrolled={continueWith} submitLabel="Turn on and continue" />
      <CancelSignIn />
    </Page>
  );
}
