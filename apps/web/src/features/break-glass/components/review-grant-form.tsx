import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BREAK_GLASS_NOTE_MAX } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { TextAreaField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import type { BreakGlassGrant } from '../lib/types.ts';

const schema = z.object({
  note: z
    .string()
    .trim()
    .max(
      BREAK_GLASS_NOTE_MAX,
      `The note must be at most ${BREAK_GLASS_NOTE_MAX.toLocaleString('en-GB')} characters`,
    ),
});
const FIELDS = ['note'] as const;

const ERROR_MESSAGES = {
  CONFLICT:
    'Someone else changed this break-glass access meanwhile. The list has been read again: look again.',
  FORBIDDEN: 'Only supervisors can review break-glass access.',
};

interface ReviewGrantFormProps {
  grant: BreakGlassGrant;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A supervisor marks a grant reviewed, with a note if there is something to say; it then leaves the list. */
export function ReviewGrantForm({ grant, onDone, onCancel }: ReviewGrantFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { note: '' } });
  const { errors } = form.formState;
  const refresh = () => queryClient.invalidateQueries(trpc.breakGlass.list.pathFilter());
  const review = useMutation(
    trpc.breakGlass.review.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone(`${grant.user.displayName}’s break-glass access has been marked reviewed.`);
      },
      onError: (error) => {
        applyFieldErrors(error, form.setError, FIELDS);
        // Reviewed or changed by someone else: show the list as it is now.
        void refresh();
      },
    }),
  );

  return (
    <form
      noValidate
      className="inline-form"
      aria-label={`Review ${grant.user.displayName}’s break-glass access`}
      onSubmit={form.handleSubmit((values) =>
        review.mutate({ id: grant.id, version: grant.version, note: values.note || null }),
      )}
    >
      <FormError error={review.error} fields={FIELDS} messages={ERROR_MESSAGES} />
      <TextAreaField
        label="Note (optional)"
        hint="What you found or did, for the record. Kept with the access, not in the audit log."
        rows={3}
        maxLength={BREAK_GLASS_NOTE_MAX}
        error={errors.note?.message}
        {...form.register('note')}
      />
      <div className="button-row">
        <Button type="submit" busy={review.isPending}>
          Mark reviewed
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={review.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
