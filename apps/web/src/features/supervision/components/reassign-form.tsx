import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { SelectField, TextAreaField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useRefreshAfterReassign } from '../lib/reassign-cache.ts';
import {
  REASSIGN_FIELDS,
  REASSIGN_REASON_MAX,
  reassignButtonText,
  reassignFormSchema,
  toReassignInput,
} from '../lib/reassign-form.ts';
import { reassignResultText } from '../lib/reassign-result.ts';

interface ReassignFormProps {
  /** The clients to move: one from their profile, or several chosen on the dashboard. */
  personIds: string[];
  /**
   * Called when the form is closed: after a change, with the sentence saying what happened (also shown in
   * the form until then); when cancelled, without one.
   */
  onDone: (message?: string) => void;
  /**
   * On the dashboard the moved cases may leave the list (and the form with them): the form then hands its
   * sentence over at once instead of showing it itself.
   */
  handOverResult?: boolean;
  /** When known (one client): who the key worker is now, to say so and to leave them out of the choice. */
  currentKeyWorker?: { id: string; displayName: string } | null;
}

const ERROR_MESSAGES = {
  FORBIDDEN: 'Only supervisors can change key workers.',
  NOT_FOUND:
    'One of these clients could not be found: they may have been archived. Reload the page and try again.',
};

/**
 * Changes the key worker of one client or many at once, to an active caseworker or supervisor. All of them
 * move or none do; each change goes on the client's timeline with the reason, if one is given.
 */
export function ReassignForm({
  personIds,
  onDone,
  currentKeyWorker,
  handOverResult = false,
}: ReassignFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterReassign();
  const staff = useQuery(trpc.staff.list.queryOptions());
  const form = useForm({
    resolver: zodResolver(reassignFormSchema),
    defaultValues: { keyWorkerId: '', reason: '' },
  });
  const { errors } = form.formState;
  const [result, setResult] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const reassign = useMutation(
    trpc.supervision.reassign.mutationOptions({
      onSuccess: async (outcome, input) => {
        const name =
          staff.data?.items.find((person) => person.id === input.keyWorkerId)?.displayName ??
          'the new key worker';
        const text = reassignResultText(outcome, name);
        if (handOverResult) onDone(text);
        else setResult(text);
        await refresh();
      },
      onError: (error) => applyFieldErrors(error, form.setError, REASSIGN_FIELDS),
    }),
  );

  // The outcome takes the place of the form: move the focus to it, so it is read out.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  if (result) {
    return (
      <div className="inline-form" ref={resultRef} tabIndex={-1}>
        <Alert tone="success">{result}</Alert>
        <Button variant="secondary" onClick={() => onDone(result)}>
          Close
        </Button>
      </div>
    );
  }

  const choices = (staff.data?.items ?? []).filter((person) => person.id !== currentKeyWorker?.id);
  const count = personIds.length;

  return (
    <form
      noValidate
      className="inline-form"
      aria-label={count === 1 ? 'Change the key worker' : `Change the key worker of ${count} clients`}
      onSubmit={form.handleSubmit((values) => reassign.mutate(toReassignInput(values, personIds)))}
    >
      <FormError error={reassign.error} fields={REASSIGN_FIELDS} messages={ERROR_MESSAGES} />
      {count === 0 ? <p>Choose the clients to move first.</p> : null}
      {staff.isError ? (
        <Alert>The list of caseworkers could not be loaded. Close this and try again.</Alert>
      ) : null}
      <SelectField
        label="New key worker"
        hint={
          currentKeyWorker === undefined
            ? `Active caseworkers and supervisors. ${count === 1 ? 'The client' : `All ${count} clients`} will move to them.`
            : currentKeyWorker
              ? `Now: ${currentKeyWorker.displayName}.`
              : 'They have no key worker now.'
        }
        error={errors.keyWorkerId?.message}
        disabled={staff.isPending}
        {...form.register('keyWorkerId')}
      >
        <option value="">{staff.isPending ? 'Loading the caseworkers…' : 'Choose a caseworker'}</option>
        {choices.map((person) => (
          <option key={person.id} value={person.id}>
            {person.displayName}
            {person.role === 'supervisor' ? ' (supervisor)' : ''}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Reason (optional)"
        hint="Shown on each client’s timeline, for example: Joanna is on leave until March."
        rows={2}
        maxLength={REASSIGN_REASON_MAX}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
      <div className="button-row">
        <Button type="submit" busy={reassign.isPending} disabled={count === 0}>
          {reassignButtonText(count)}
        </Button>
        <Button variant="secondary" onClick={() => onDone()} disabled={reassign.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
