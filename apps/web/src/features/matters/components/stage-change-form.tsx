import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { todayInLondon } from '../../../lib/dates.ts';
import { errorCode } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useRefreshClient } from '../../clients/lib/use-client-cache.ts';
import { MATTER_CONFLICT_MESSAGE, stageChangeFormSchema } from '../lib/stage-form.ts';
import type { MatterView } from '../lib/types.ts';

const FIELDS = ['toStage', 'occurredOn', 'note'] as const;

interface StageChangeFormProps {
  matter: MatterView;
  clientId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Records that a matter has moved on: only to the stages its machine allows from where it is now. */
export function StageChangeForm({ matter, clientId, onDone, onCancel }: StageChangeFormProps) {
  const trpc = useTRPC();
  const refreshClient = useRefreshClient();
  const stages = matter.nextStages.filter((s) => s.stage !== 'closed');
  const form = useForm({
    resolver: zodResolver(stageChangeFormSchema),
    defaultValues: { toStage: '', occurredOn: todayInLondon(), note: '' },
  });
  const { errors } = form.formState;
  const change = useMutation(
    trpc.matters.changeStage.mutationOptions({
      onSuccess: async (updated) => {
        await refreshClient(clientId);
        onDone(`The stage is now “${updated.stageLabel}”.`);
      },
      onError: (error) => {
        // Someone else moved it meanwhile: show the matter as it is now; what was typed stays in the form.
        if (errorCode(error) === 'CONFLICT') void refreshClient(clientId);
        applyFieldErrors(error, form.setError, FIELDS);
      },
    }),
  );

  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Record a stage change"
      onSubmit={form.handleSubmit((values) =>
        change.mutate({ matterId: matter.id, version: matter.version, ...values }),
      )}
    >
      <FormError error={change.error} fields={FIELDS} messages={{ CONFLICT: MATTER_CONFLICT_MESSAGE }} />
      <SelectField
        label="New stage"
        hint={`Now at “${matter.stageLabel}”. Only the stages it can move to from here are listed.`}
        error={errors.toStage?.message}
        {...form.register('toStage')}
      >
        <option value="">Choose a stage</option>
        {stages.map((s) => (
          <option key={s.stage} value={s.stage}>
            {s.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Date it happened"
        type="date"
        max={todayInLondon()}
        className="field--medium"
        hint="The date of the decision or event, not the date you are recording it."
        error={errors.occurredOn?.message}
        {...form.register('occurredOn')}
      />
      <TextAreaField
        label="Note (optional)"
        rows={3}
        error={errors.note?.message}
        {...form.register('note')}
      />
      <div className="button-row">
        <Button type="submit" busy={change.isPending}>
          Record stage change
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={change.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
