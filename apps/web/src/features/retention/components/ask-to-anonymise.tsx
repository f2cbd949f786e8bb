import { useMutation } from '@tanstack/react-query';
import { Reveal } from '../../../components/reveal.tsx';
import { useTRPC } from '../../../trpc.ts';
import { REASON_HINT } from '../lib/format.ts';
import { ReasonForm } from './reason-form.tsx';
import { useRetentionInvalidate } from './use-retention-invalidate.ts';

/** "Ask to anonymise": a request with its reason, which a second person must approve before anything goes. */
export function AskToAnonymise({
  personId,
  onDone,
}: {
  personId: string;
  onDone: (message: string) => void;
}) {
  const trpc = useTRPC();
  const invalidate = useRetentionInvalidate();
  const ask = useMutation(trpc.retention.request.mutationOptions({ onSuccess: () => invalidate() }));
  return (
    <Reveal label="Ask to anonymise">
      {(close) => (
        <ReasonForm
          formLabel="Ask to anonymise"
          label="Why should this record be anonymised?"
          fieldName="The reason"
          hint={REASON_HINT}
          submitLabel="Ask for approval"
          busy={ask.isPending}
          error={ask.error}
          onCancel={close}
          onSubmit={async (reason) => {
            const asked = await ask.mutateAsync({ personId, reason });
            onDone(`Asked. Nothing is removed until ${asked.approverNeeded} approves the request.`);
            close();
          }}
        />
      )}
    </Reveal>
  );
}
