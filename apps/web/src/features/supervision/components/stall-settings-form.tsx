import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { STAGE_PERIOD_UNITS } from '@umbrella/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { errorCode } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import {
  maxAfter,
  SETTINGS_CONFLICT_MESSAGE,
  settingsFormSchema,
  stageRowLabels,
  toSettingsForm,
  toUpdateInput,
  UNIT_LABELS,
  type StallSettings,
} from '../lib/settings-form.ts';
import './supervision-section.css';

const FIELDS = ['inactivityDays', 'replyOverdueDays', 'reviewIntervalDays'] as const;

const ERROR_MESSAGES = {
  FORBIDDEN: 'Only administrators can change the stall thresholds.',
  CONFLICT: SETTINGS_CONFLICT_MESSAGE,
};

/**
 * The organisation's stall thresholds (administrators): after how long without activity, how late a reply
 * and how long since the last review a case is flagged, and how long each stage may usually take.
 */
export function StallSettingsForm({ onSaved }: { onSaved?: () => void }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.supervision.settings.queryOptions());
  const [notice, setNotice] = useState<string | null>(null);
  // Kept here: the form starts again from the newer version, and the message must outlive it.
  const [conflict, setConflict] = useState(false);

  if (query.isPending) return <Pending label="Loading the thresholds…" />;
  if (query.isError) {
    if (errorCode(query.error) === 'FORBIDDEN') {
      return (
        <Alert title="You cannot see the thresholds">
          <p>The stall thresholds are read by supervisors and changed by administrators.</p>
        </Alert>
      );
    }
    return (
      <QueryError
        title="The thresholds could not be loaded"
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
      {conflict ? <Alert>{SETTINGS_CONFLICT_MESSAGE}</Alert> : null}
      <SettingsEditor
        // A new version (saved here or by someone else) starts the form again from it.
        key={query.data.version ?? 'defaults'}
        settings={query.data}
        onSaved={() => {
          setNotice('The thresholds have been saved. The dashboard uses them from now on.');
          onSaved?.();
        }}
        onStart={() => {
          setNotice(null);
          setConflict(false);
        }}
        onConflict={async () => {
          setConflict(true);
          await query.refetch();
        }}
      />
    </>
  );
}

function SettingsEditor({
  settings,
  onSaved,
  onStart,
  onConflict,
}: {
  settings: StallSettings;
  onSaved: () => void;
  /** Called as the admin starts saving: earlier messages no longer apply. */
  onStart: () => void;
  /** Someone else saved first: say so and load their version (which starts the form again). */
  onConflict: () => Promise<void>;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm({
    resolver: zodResolver(settingsFormSchema),
    defaultValues: toSettingsForm(settings.thresholds),
  });
  const { errors } = form.formState;
  const save = useMutation(
    trpc.supervision.updateSettings.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.supervision.settings.queryKey(), saved);
        // Flags, counts and the review suggestion all depend on the thresholds.
        await queryClient.invalidateQueries(trpc.supervision.pathFilter());
        await queryClient.invalidateQueries(trpc.digest.pathFilter());
        onSaved();
      },
      onError: async (error) => {
        if (errorCode(error) === 'CONFLICT') {
          await onConflict();
          return;
        }
        applyFieldErrors(error, form.setError, FIELDS);
      },
    }),
  );

  return (
    <form
      noValidate
      className="stall-settings"
      aria-label="Stall thresholds"
      onSubmit={form.handleSubmit((values) => {
        onStart();
        save.mutate(toUpdateInput(values, settings));
      })}
    >
      <FormError
        error={errorCode(save.error) === 'CONFLICT' ? null : save.error}
        fields={FIELDS}
        messages={ERROR_MESSAGES}
      />
      {settings.version === null ? (
        <p className="muted">The defaults apply: nothing has been changed here yet.</p>
      ) : null}
      <TextField
        label="No activity: flag an open case after (days)"
        hint="Days without a communication, note, stage change, appointment held or deadline met."
        type="number"
        inputMode="numeric"
        min={1}
        error={errors.inactivityDays?.message}
        {...form.register('inactivityDays', { valueAsNumber: true })}
      />
      <TextField
        label="Reply overdue: flag a reply late by more than (days)"
        hint="Days after the date the reply was due."
        type="number"
        inputMode="numeric"
        min={1}
        error={errors.replyOverdueDays?.message}
        {...form.register('replyOverdueDays', { valueAsNumber: true })}
      />
      <TextField
        label="Supervision review due every (days)"
        hint="Days after the last review (or the opening of the case) when no next review date was set."
        type="number"
        inputMode="numeric"
        min={1}
        error={errors.reviewIntervalDays?.message}
        {...form.register('reviewIntervalDays', { valueAsNumber: true })}
      />

      <h3>Longer than usual in a stage</h3>
      <p className="muted">
        A matter is flagged once it has been in one of these stages for longer than this. Other stages are not
        flagged.
      </p>
      <div className="table-scroll">
        <table className="table stall-settings__stages">
          <caption className="visually-hidden">Stage thresholds</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Flag after</th>
              <th scope="col">Unit</th>
            </tr>
          </thead>
          <tbody>
            {settings.thresholds.stages.map((stage, index) => {
              const labels = stageRowLabels(stage);
              const rowErrors = errors.stages?.[index];
              const unit = form.watch(`stages.${index}.unit`);
              const name = `${labels.kind}, ${labels.stage}`;
              return (
                <tr key={`${stage.kind}.${stage.stage}`}>
                  <th scope="row">
                    {labels.kind}: {labels.stage}
                    <p className="muted stall-settings__waiting">
                      {stage.waiting}
                      {stage.usual ? ` — ${stage.usual}` : ''}
                    </p>
                  </th>
                  <td data-label="Flag after">
                    <label className="visually-hidden" htmlFor={`stage-after-${index}`}>
                      {name}: flag after
                    </label>
                    <input
                      id={`stage-after-${index}`}
                      className="field__input"
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={maxAfter(unit)}
                      aria-invalid={rowErrors?.after ? true : undefined}
                      aria-describedby={rowErrors?.after ? `stage-after-${index}-error` : undefined}
                      {...form.register(`stages.${index}.after`, { valueAsNumber: true })}
                    />
                    {rowErrors?.after ? (
                      <p id={`stage-after-${index}-error`} className="field__error" role="alert">
                        {rowErrors.after.message}
                      </p>
                    ) : null}
                  </td>
                  <td data-label="Unit">
                    <label className="visually-hidden" htmlFor={`stage-unit-${index}`}>
                      {name}: unit
                    </label>
                    <select
                      id={`stage-unit-${index}`}
                      className="field__select"
                      {...form.register(`stages.${index}.unit`)}
                    >
                      {STAGE_PERIOD_UNITS.map((u) => (
                        <option key={u} value={u}>
                          {UNIT_LABELS[u]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <Button type="submit" busy={save.isPending}>
          Save the thresholds
        </Button>
        <Button
          variant="secondary"
          disabled={save.isPending || !form.formState.isDirty}
          onClick={() => form.reset(toSettingsForm(settings.thresholds))}
        >
          Undo my changes
        </Button>
      </div>
    </form>
  );
}
