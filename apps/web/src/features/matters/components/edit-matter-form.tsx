import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MATTER_KIND_LABELS, updateMatterInput } from '@umbrella/domain';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { Fieldset } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { errorCode } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useRefreshClient } from '../../clients/lib/use-client-cache.ts';
import { matterValues, toMatterCommon, validateInto, type MatterFormValues } from '../lib/matter-form.ts';
import { MATTER_CONFLICT_MESSAGE } from '../lib/stage-form.ts';
import type { MatterView } from '../lib/types.ts';
import { CounterpartFields } from './counterpart-fields.tsx';
import { DetailsFields } from './details-fields.tsx';

const FIELDS = ['contactId', 'details'] as const;

interface EditMatterFormProps {
  matter: MatterView;
  clientId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The matter's references, counterparts and typed details. Sends the version it was filled from. */
export function EditMatterForm({ matter, clientId, onDone, onCancel }: EditMatterFormProps) {
  const trpc = useTRPC();
  const refreshClient = useRefreshClient();
  const queryClient = useQueryClient();
  const baseVersion = useRef(matter.version);
  const form = useForm<MatterFormValues>({ defaultValues: matterValues(matter) });
  const update = useMutation(
    trpc.matters.update.mutationOptions({
      onSuccess: async () => {
        await refreshClient(clientId);
        onDone('The details have been saved.');
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );
  const conflict = errorCode(update.error) === 'CONFLICT';

  // Their version is shown above the form (the matter's details); the form keeps what this user typed.
  const reload = async () => {
    const latest = await queryClient.fetchQuery(
      trpc.clients.get.queryOptions({ id: clientId }, { staleTime: 0 }),
    );
    const current = latest.matters.find((m) => m.id === matter.id);
    if (current) baseVersion.current = current.version;
    await refreshClient(clientId);
    update.reset();
  };

  return (
    <form
      noValidate
      className="inline-form"
      aria-label={`Edit the ${MATTER_KIND_LABELS[matter.kind].toLowerCase()} details`}
      onSubmit={form.handleSubmit((values) => {
        const input = validateInto(
          updateMatterInput,
          { id: matter.id, version: baseVersion.current, ...toMatterCommon(values) },
          form.setError,
          { agencyId: 'agency' },
        );
        if (input) update.mutate(input);
      })}
    >
      {conflict ? (
        <div className="alert alert--error" role="alert">
          <p>{MATTER_CONFLICT_MESSAGE}</p>
          <p>Your changes are still in the form. Reload the matter to check theirs, then save again.</p>
          <Button variant="secondary" onClick={() => void reload()}>
            Reload the matter
          </Button>
        </div>
      ) : (
        <FormError error={update.error} fields={FIELDS} />
      )}
      <CounterpartFields form={form} />
      <Fieldset legend={`${MATTER_KIND_LABELS[matter.kind]} details`} small>
        <DetailsFields kind={matter.kind} form={form} />
      </Fieldset>
      <div className="button-row">
        <Button type="submit" busy={update.isPending}>
          Save details
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={update.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
