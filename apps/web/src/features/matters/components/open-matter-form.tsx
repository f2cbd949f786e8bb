import { useMutation } from '@tanstack/react-query';
import {
  MATTER_KIND_LABELS,
  MATTER_KINDS,
  openMatterInput,
  STAGE_MACHINES,
  type MatterKind,
} from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { Fieldset, SelectField, TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { todayInLondon } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useRefreshClient } from '../../clients/lib/use-client-cache.ts';
import { newMatterValues, toMatterCommon, validateInto, type MatterFormValues } from '../lib/matter-form.ts';
import { occurredOnSchema } from '../lib/stage-form.ts';
import { CounterpartFields } from './counterpart-fields.tsx';
import { DetailsFields } from './details-fields.tsx';

const FIELDS = ['kind', 'stage', 'openedOn', 'note', 'contactId', 'details'] as const;

interface OpenMatterFormProps {
  caseId: string;
  clientId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A new track on the case: its kind, the stage it starts at (it may already be under way), and its details. */
export function OpenMatterForm({ caseId, clientId, onDone, onCancel }: OpenMatterFormProps) {
  const trpc = useTRPC();
  const refreshClient = useRefreshClient();
  const form = useForm<MatterFormValues>({ defaultValues: newMatterValues('asylum_claim') });
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const machine = STAGE_MACHINES[kind];
  const open = useMutation(
    trpc.matters.open.mutationOptions({
      onSuccess: async (matter) => {
        await refreshClient(clientId);
        onDone(
          `The ${MATTER_KIND_LABELS[matter.kind].toLowerCase()} has been opened at “${matter.stageLabel}”.`,
        );
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Open a matter"
      onSubmit={form.handleSubmit((values) => {
        const dateOk = occurredOnSchema.safeParse(values.openedOn);
        if (!dateOk.success) {
          form.setError(
            'openedOn',
            { type: 'validate', message: dateOk.error.issues[0]?.message ?? 'Enter a date' },
            { shouldFocus: true },
          );
          return;
        }
        const input = validateInto(
          openMatterInput,
          {
            caseId,
            stage: values.stage,
            openedOn: values.openedOn,
            note: values.note,
            ...toMatterCommon(values),
          },
          form.setError,
          { agencyId: 'agency' },
        );
        if (input) open.mutate(input);
      })}
    >
      <FormError error={open.error} fields={FIELDS} />
      <SelectField
        label="Kind of matter"
        error={errors.kind?.message}
        {...form.register('kind', {
          onChange: (event: { target: { value: string } }) => {
            const next = event.target.value as MatterKind;
            form.setValue('stage', STAGE_MACHINES[next].initial[0] ?? '');
          },
        })}
      >
        {MATTER_KINDS.map((k) => (
          <option key={k} value={k}>
            {MATTER_KIND_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Stage it is at now"
        hint="If it is already under way, choose where it has got to. Later stages are recorded as stage changes."
        error={errors.stage?.message}
        {...form.register('stage')}
      >
        {machine.initial.map((stage) => (
          <option key={stage} value={stage}>
            {machine.labels[stage]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Opened on"
        type="date"
        max={todayInLondon()}
        className="field--medium"
        hint="When your work on it began."
        error={errors.openedOn?.message}
        {...form.register('openedOn')}
      />
      <CounterpartFields form={form} />
      <Fieldset legend={`${MATTER_KIND_LABELS[kind]} details`} small>
        <DetailsFields kind={kind} form={form} />
      </Fieldset>
      <TextAreaField
        label="Note (optional)"
        rows={2}
        error={errors.note?.message}
        {...form.register('note')}
      />
      <div className="button-row">
        <Button type="submit" busy={open.isPending}>
          Open matter
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={open.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
