import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { TextAreaField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { useTRPC } from '../../../trpc.ts';
import type { CommunicationView } from '../lib/types.ts';
import { COMMUNICATION_CONFLICT_MESSAGE, useChangeCallbacks } from '../lib/use-communication-cache.ts';
import { FormButtons } from './form-buttons.tsx';

const schema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why it need not be confirmed in writing')
    .max(500, 'Keep the reason to 500 characters or fewer'),
});
const FIELDS = ['reason'] as const;

/** A call or meeting that need not be confirmed in writing, and why; it leaves My work. */
export function DismissConfirmationForm({
  communication,
  onDone,
  onCancel,
}: {
  communication: CommunicationView;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const callbacks = useChangeCallbacks(communication, form, FIELDS, () =>
    onDone('Noted: it need not be confirmed in writing.'),
  );
  const dismiss = useMutation(trpc.communications.dismissConfirmation.mutationOptions(callbacks));
  return (
    <form
      noValidate
      className="inline-form"
      aria-label="No need to confirm in writing"
      onSubmit={form.handleSubmit(({ reason }) =>
        dismiss.mutate({ id: communication.id, version: communication.version, reason }),
      )}
    >
      <FormError
        error={dismiss.error}
        fields={FIELDS}
        messages={{ CONFLICT: COMMUNICATION_CONFLICT_MESSAGE }}
      />
      <TextAreaField
        label="Why is there no need to confirm it?"
        hint="For example: the officer confirmed it by e-mail the same day."
        rows={3}
        error={form.formState.errors.reason?.message}
        {...form.register('reason')}
      />
      <FormButtons busy={dismiss.isPending} onCancel={onCancel}>
        Save the reason
      </FormButtons>
    </form>
  );
}
