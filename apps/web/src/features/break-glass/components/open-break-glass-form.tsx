import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BREAK_GLASS_REASON_MAX } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { TextAreaField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';

const schema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why you need to open this record')
    .max(
      BREAK_GLASS_REASON_MAX,
      `The reason must be at most ${BREAK_GLASS_REASON_MAX.toLocaleString('en-GB')} characters`,
    ),
});
const FIELDS = ['reason'] as const;

/**
 * The reason, then the record opens for the time the organisation allows: the grant is recorded, the record
 * loads, and supervisors see the reason on their dashboard.
 */
export function OpenBreakGlassForm({ personId, headingId }: { personId: string; headingId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const { errors } = form.formState;
  const open = useMutation(
    trpc.breakGlass.open.mutationOptions({
      onSuccess: async () => {
        // The refused record (and the lists, which now show it) are read again: the record loads.
        await Promise.all([
          queryClient.invalidateQueries(trpc.breakGlass.mine.queryFilter({ personId })),
          queryClient.invalidateQueries(trpc.clients.pathFilter()),
        ]);
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <form
      noValidate
      className="inline-form"
      aria-labelledby={headingId}
      onSubmit={form.handleSubmit((values) => open.mutate({ personId, reason: values.reason }))}
    >
      <FormError error={open.error} fields={FIELDS} />
      <TextAreaField
        label="Why do you need this record now?"
        hint={`Supervisors read this. At most ${BREAK_GLASS_REASON_MAX.toLocaleString('en-GB')} characters.`}
        rows={4}
        maxLength={BREAK_GLASS_REASON_MAX}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
      <div className="button-row">
        <Button type="submit" busy={open.isPending} busyLabel="Opening…">
          Open the record
        </Button>
      </div>
    </form>
  );
}
