import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MATTER_KIND_LABELS, MATTER_KINDS } from '@umbrella/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { errorCode } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { policyFormSchema, toPolicyForm, toUpdateInput, type PolicyFormValues } from '../lib/policy-form.ts';
import type { RetentionPolicySetting } from '../lib/types.ts';

const CONFLICT_MESSAGE =
  'Someone else saved the policy while you were editing it. Their version is shown now: make your change again.';

const ERROR_MESSAGES = {
  FORBIDDEN: 'Only administrators can change the retention policy.',
  CONFLICT: CONFLICT_MESSAGE,
};

/** The organisation's retention policy (administrators): years kept after closing, by default and per kind. */
export function RetentionPolicyForm() {
  const trpc = useTRPC();
  const query = useQuery(trpc.retention.policy.queryOptions());
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  if (query.isPending) return <Pending label="Loading the policy…" />;
  if (query.isError) {
    return (
      <QueryError
        title="The policy could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return (
    <>
      {notice ? (
        <p role="status" className="success-text">
          {notice}
        </p>
      ) : null}
      {conflict ? <Alert>{CONFLICT_MESSAGE}</Alert> : null}
      <PolicyEditor
        // A new version (saved here or by someone else) starts the form again from it.
        key={query.data.version ?? 'defaults'}
        setting={query.data}
        onStart={() => {
          setNotice(null);
          setConflict(false);
        }}
        onSaved={() => setNotice('The policy has been saved. The dry run uses it from now on.')}
        onConflict={async () => {
          setConflict(true);
          await query.refetch();
        }}
      />
    </>
  );
}

function PolicyEditor({
  setting,
  onStart,
  onSaved,
  onConflict,
}: {
  setting: RetentionPolicySetting;
  onStart: () => void;
  onSaved: () => void;
  onConflict: () => Promise<void>;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<PolicyFormValues>({
    resolver: zodResolver(policyFormSchema),
    defaultValues: toPolicyForm(setting.policy),
  });
  const { errors } = form.formState;
  const save = useMutation(
    trpc.retention.updatePolicy.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.retention.policy.queryKey(), saved);
        await queryClient.invalidateQueries(trpc.retention.pathFilter());
        onSaved();
      },
      onError: async (error) => {
        if (errorCode(error) === 'CONFLICT') await onConflict();
      },
    }),
  );
  return (
    <form
      noValidate
      className="retention-policy"
      aria-label="Retention policy"
      onSubmit={form.handleSubmit((values) => {
        onStart();
        save.mutate(toUpdateInput(policyFormSchema.parse(values), setting));
      })}
    >
      <FormError error={errorCode(save.error) === 'CONFLICT' ? null : save.error} messages={ERROR_MESSAGES} />
      {setting.version === null ? (
        <p className="muted">The default applies: nothing has been changed here yet.</p>
      ) : null}
      <TextField
        label="Anonymise a client’s record this many years after their case file closes"
        hint="Whole years from 1 to 100."
        inputMode="numeric"
        className="field--short"
        error={errors.defaultYears?.message}
        {...form.register('defaultYears')}
      />
      <h2>Kinds of matter kept for a different time</h2>
      <p className="muted">
        Leave a kind empty to use the number above. A client with matters of several kinds is kept for the
        longest of them.
      </p>
      {MATTER_KINDS.map((kind) => (
        <TextField
          key={kind}
          label={`${MATTER_KIND_LABELS[kind]} (years)`}
          inputMode="numeric"
          className="field--short"
          error={errors.byMatterKind?.[kind]?.message}
          {...form.register(`byMatterKind.${kind}`)}
        />
      ))}
      <div className="button-row">
        <Button type="submit" busy={save.isPending}>
          Save the policy
        </Button>
        <Button
          variant="secondary"
          disabled={save.isPending || !form.formState.isDirty}
          onClick={() => form.reset(toPolicyForm(setting.policy))}
        >
          Undo my changes
        </Button>
      </div>
    </form>
  );
}
