import { useQuery } from '@tanstack/react-query';
import { RISK_FLAG_LABELS, RISK_FLAGS } from '@umbrella/domain';
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import {
  CheckboxField,
  Fieldset,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/field.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { todayInLondon } from '../../../lib/dates.ts';
import { useTRPC } from '../../../trpc.ts';
import type { ClientFormOutput, ClientFormValues } from '../lib/client-form.ts';
import { AliasFields } from './alias-fields.tsx';

type ClientForm = UseFormReturn<ClientFormValues, unknown, ClientFormOutput>;

interface ClientFormProps {
  form: ClientForm;
  onSubmit: (values: ClientFormOutput) => void;
  submitLabel: string;
  busy: boolean;
  /** The mutation's error, a conflict notice…: shown above the fields. */
  messages?: ReactNode;
  /** The current key worker and team, offered even if they are no longer in the lists (e.g. deactivated). */
  current?: {
    keyWorker: { id: string; displayName: string } | null;
    team: { id: string; name: string } | null;
  };
  cancel?: ReactNode;
  /** Editing as a caseworker: the key worker is shown, not offered (only a supervisor reassigns). */
  keyWorkerLocked?: boolean;
}

/** Everything about a client, for adding and for editing. */
export function ClientForm({
  form,
  onSubmit,
  submitLabel,
  busy,
  messages,
  current,
  cancel,
  keyWorkerLocked = false,
}: ClientFormProps) {
  const trpc = useTRPC();
  const staff = useQuery(trpc.staff.list.queryOptions());
  const teams = useQuery(trpc.teams.list.queryOptions());
  const { errors } = form.formState;
  const precision = form.watch('dateOfBirthPrecision');
  const interpreterNeeded = form.watch('interpreterNeeded');

  // The selects need their options before they can show the saved choice.
  if (staff.isPending || teams.isPending) return <Pending label="Loading the form…" />;
  if (staff.isError || teams.isError) {
    return (
      <QueryError
        title="The form could not be loaded"
        error={staff.error ?? teams.error}
        onRetry={() => {
          void staff.refetch();
          void teams.refetch();
        }}
      />
    );
  }

  const staffOptions = [...staff.data.items];
  if (current?.keyWorker && !staffOptions.some((s) => s.id === current.keyWorker?.id)) {
    staffOptions.push({ ...current.keyWorker, role: 'caseworker' as const });
  }
  const teamOptions: { id: string; name: string }[] = [...teams.data.items];
  if (current?.team && !teamOptions.some((t) => t.id === current.team?.id)) teamOptions.push(current.team);

  return (
    <form noValidate className="client-form" onSubmit={form.handleSubmit(onSubmit)}>
      {messages}
      <Fieldset legend="Name" className="fieldset--group">
        <TextField
          label="Display name"
          autoComplete="off"
          hint="What your organisation calls them, and what Umbrella shows everywhere. It need not be their legal name: record that below."
          error={errors.displayName?.message}
          {...form.register('displayName')}
        />
        <TextField
          label="Pronouns (optional)"
          autoComplete="off"
          hint="For example she/her, they/them."
          className="field--medium"
          error={errors.pronouns?.message}
          {...form.register('pronouns')}
        />
      </Fieldset>

      <AliasFields form={form} />

      <Fieldset
        legend="Safe contact"
        hint="How it is safe to contact them. Leave a box unticked if it is not safe, or if you do not know yet."
        error={errors.safeContact?.message ?? errors.safeContact?.root?.message}
        className="fieldset--group fieldset--safe"
      >
        <div className="checkbox-grid">
          <CheckboxField label="Safe to call" {...form.register('safeContact.call')} />
          <CheckboxField label="Safe to text" {...form.register('safeContact.text')} />
          <CheckboxField label="Safe to leave a voicemail" {...form.register('safeContact.voicemail')} />
          <CheckboxField label="Safe to send post" {...form.register('safeContact.post')} />
        </div>
        <TextField
          label="Code word (optional)"
          autoComplete="off"
          hint="A word to check it is them, or that they can talk."
          className="field--medium"
          error={errors.safeContact?.codeWord?.message}
          {...form.register('safeContact.codeWord')}
        />
        <TextField
          label="Safe times (optional)"
          autoComplete="off"
          hint="For example: weekdays 10:00 to 14:00, never at weekends."
          error={errors.safeContact?.safeTimes?.message}
          {...form.register('safeContact.safeTimes')}
        />
        <TextAreaField
          label="Contact notes (optional)"
          rows={2}
          hint="For example: the phone is shared; ask for them by name only."
          error={errors.safeContact?.notes?.message}
          {...form.register('safeContact.notes')}
        />
      </Fieldset>

      <Fieldset legend="About them" className="fieldset--group">
        <SelectField
          label="Date of birth"
          hint="How sure are you of it?"
          error={errors.dateOfBirthPrecision?.message}
          className="field--medium"
          {...form.register('dateOfBirthPrecision')}
        >
          <option value="unknown">Not known</option>
          <option value="exact">Exact date known</option>
          <option value="approximate">Approximate (year or month known)</option>
        </SelectField>
        {precision !== 'unknown' ? (
          <TextField
            label={precision === 'approximate' ? 'Approximate date of birth' : 'Exact date of birth'}
            type="date"
            max={todayInLondon()}
            className="field--medium"
            hint={
              precision === 'approximate'
                ? 'Pick a date close to it, such as 1 January of the year.'
                : undefined
            }
            error={errors.dateOfBirth?.message}
            {...form.register('dateOfBirth')}
          />
        ) : null}
        <TextField
          label="Nationality (optional)"
          autoComplete="off"
          className="field--medium"
          error={errors.nationality?.message}
          {...form.register('nationality')}
        />
        <TextField
          label="Languages (optional)"
          autoComplete="off"
          hint="The languages they speak, separated by commas, the one they prefer first."
          error={errors.languages?.message}
          {...form.register('languages')}
        />
        <CheckboxField
          label="Needs an interpreter"
          error={errors.interpreterNeeded?.message}
          {...form.register('interpreterNeeded')}
        />
        {interpreterNeeded ? (
          <TextField
            label="Interpreter language"
            autoComplete="off"
            className="field--medium"
            error={errors.interpreterLanguage?.message}
            {...form.register('interpreterLanguage')}
          />
        ) : null}
      </Fieldset>

      <Fieldset
        legend="Risk flags"
        hint="Shown at the top of their record, so anyone working with them sees them first."
        error={errors.riskFlags?.message ?? errors.riskFlags?.root?.message}
        className="fieldset--group"
      >
        <div className="checkbox-grid">
          {RISK_FLAGS.map((flag) => (
            <CheckboxField
              key={flag}
              label={RISK_FLAG_LABELS[flag]}
              value={flag}
              {...form.register('riskFlags')}
            />
          ))}
        </div>
      </Fieldset>

      <Fieldset legend="Who works with them" className="fieldset--group">
        {keyWorkerLocked ? (
          // Left unregistered, the field keeps its saved value.
          <p className="field">
            Key worker: {current?.keyWorker?.displayName ?? 'none yet'}.{' '}
            <span className="muted">Only a supervisor can change the key worker.</span>
          </p>
        ) : (
          <SelectField
            label="Key worker"
            error={errors.keyWorkerId?.message}
            {...form.register('keyWorkerId')}
          >
            <option value="">No key worker yet</option>
            {staffOptions.map((person) => (
              <option key={person.id} value={person.id}>
                {person.displayName}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label="Team" error={errors.teamId?.message} {...form.register('teamId')}>
          <option value="">No team</option>
          {teamOptions.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          label="Restricted record"
          hint="Only caseworkers in their team, and supervisors, can open it. Use it for someone at particular risk, or known to staff or volunteers personally."
          error={errors.restricted?.message}
          {...form.register('restricted')}
        />
      </Fieldset>

      <TextAreaField
        label="Notes (optional)"
        rows={5}
        hint="Background that everyone working with them should know. Dated notes about what happened belong on the timeline."
        error={errors.notes?.message}
        {...form.register('notes')}
      />

      <div className="button-row">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {cancel}
      </div>
    </form>
  );
}
