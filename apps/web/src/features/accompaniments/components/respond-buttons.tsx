import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { TextAreaField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { fieldErrors } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import type { VolunteerCard } from '../lib/types.ts';

export type Answer = 'accept' | 'decline';

interface RespondButtonsProps {
  appointmentId: string;
  /** The id of what the buttons are about (the card's heading), so "Accept" is never heard alone. */
  describedBy?: string;
  onDone: (answer: Answer, card: VolunteerCard) => void;
  /** Already accepted: only the way out ("I can no longer go") is offered. */
  accepted?: boolean;
}

/** Accept, or decline with an optional reason for the caseworker, an accompaniment the volunteer was asked to. */
export function RespondButtons({
  appointmentId,
  describedBy,
  onDone,
  accepted = false,
}: RespondButtonsProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const respond = useMutation(
    trpc.accompaniments.respond.mutationOptions({
      onSuccess: async (card, { answer }) => {
        const one = trpc.accompaniments.get.queryKey({ id: appointmentId });
        // Once declined it is no longer theirs to open: drop it rather than ask for it again.
        if (answer === 'decline') queryClient.removeQueries({ queryKey: one });
        else await queryClient.invalidateQueries({ queryKey: one });
        await queryClient.invalidateQueries({ queryKey: trpc.accompaniments.list.queryKey() });
        onDone(answer, card);
      },
    }),
  );
  const accepting = respond.isPending && respond.variables.answer === 'accept';
  const declining = respond.isPending && respond.variables.answer === 'decline';

  return (
    <div className="respond">
      {respond.variables?.answer === 'accept' ? <FormError error={respond.error} /> : null}
      <div className="respond__buttons">
        {accepted ? null : (
          <Button
            busy={accepting}
            busyLabel="Accepting…"
            disabled={declining}
            aria-describedby={describedBy}
            onClick={() => respond.mutate({ appointmentId, answer: 'accept' })}
          >
            Accept
          </Button>
        )}
        <Reveal label={accepted ? 'I can no longer go' : 'Decline'} className="respond__decline">
          {(close) => (
            <form
              noValidate
              className="inline-form"
              aria-label="Decline this accompaniment"
              onSubmit={(event) => {
                event.preventDefault();
                respond.mutate({ appointmentId, answer: 'decline', reason: reason.trim() || null });
              }}
            >
              {respond.variables?.answer === 'decline' ? (
                <FormError error={respond.error} fields={['reason']} />
              ) : null}
              <TextAreaField
                id={reasonId}
                label="Why you cannot go (optional)"
                hint="Your caseworker sees this, so they can ask someone else."
                rows={3}
                maxLength={500}
                value={reason}
                error={
                  respond.variables?.answer === 'decline' ? fieldErrors(respond.error).reason?.[0] : undefined
                }
                onChange={(event) => setReason(event.target.value)}
              />
              <div className="button-row">
                <Button type="submit" variant="danger" busy={declining} busyLabel="Declining…">
                  Decline this accompaniment
                </Button>
                <Button variant="secondary" disabled={declining} onClick={close}>
                  Cancel
                </Button>
              </div>
            </form>
          )}
        </Reveal>
      </div>
    </div>
  );
}
