import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { TextAreaField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { errorCode } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import type { AppointmentView } from '../lib/types.ts';
import { APPOINTMENT_CONFLICT_MESSAGE, useRefreshAppointments } from '../lib/use-appointment-cache.ts';

const schema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why it is cancelled')
    .max(500, 'Keep the reason to 500 characters or fewer'),
});
const FIELDS = ['reason'] as const;

/** Cancelling needs a reason; the volunteers asked see that it is cancelled (and why). */
export function CancelAppointmentForm({
  appointment,
  onDone,
  onCancel,
}: {
  appointment: AppointmentView;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshAppointments();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const cancel = useMutation(
    trpc.appointments.cancel.mutationOptions({
      onSuccess: async () => {
        await refresh(appointment.personId);
        onDone('The appointment is cancelled.');
      },
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') void refresh(appointment.personId);
        applyFieldErrors(error, form.setError, FIELDS);
      },
    }),
  );
  return (
    <form
      noValidate
      className="inline-form confirm"
      aria-label="Cancel the appointment"
      onSubmit={form.handleSubmit(({ reason }) =>
        cancel.mutate({ id: appointment.id, version: appointment.version, reason }),
      )}
    >
      <FormError error={cancel.error} fields={FIELDS} messages={{ CONFLICT: APPOINTMENT_CONFLICT_MESSAGE }} />
      <TextAreaField
        label="Why is it cancelled?"
        hint="The volunteers asked see this reason. For example: the Home Office moved the interview."
        rows={3}
        error={form.formState.errors.reason?.message}
        {...form.register('reason')}
      />
      <div className="button-row">
        <Button type="submit" variant="danger" busy={cancel.isPending} busyLabel="Cancelling…">
          Cancel appointment
        </Button>
        {/* Not "Cancel": beside "Cancel appointment" it would be ambiguous. */}
        <Button variant="secondary" onClick={onCancel} disabled={cancel.isPending}>
          Keep it
        </Button>
      </div>
    </form>
  );
}
