import { Button } from '../../../components/button.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { useSignOut } from '../use-sign-out.ts';

/** A way out of a half-finished sign-in (wrong account, no phone to hand). */
export function CancelSignIn() {
  const signOut = useSignOut();
  return (
    <div className="cancel-sign-in">
      <FormError error={signOut.error} />
      <Button
        variant="link"
        busy={signOut.isPending}
        busyLabel="Signing out…"
        onClick={() => signOut.mutate()}
      >
        Cancel and sign out
      </Button>
    </div>
  );
}
