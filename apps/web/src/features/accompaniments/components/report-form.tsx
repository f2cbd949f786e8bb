import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ACCOMPANIMENT_CONCERN_LABELS,
  ACCOMPANIMENT_CONCERNS,
  ACCOMPANIMENT_OUTCOME_LABELS,
  ACCOMPANIMENT_OUTCOMES,
  APPOINTMENT_TEXT_MAX,
  MAX_FOLLOW_UPS,
  MAX_PROMISED_DATES,
  PRESENT_ROLE_LABELS,
  PRESENT_ROLES,
  type AccompanimentReport,
} from '@umbrella/domain';
import { useEffect, useRef, type ComponentProps, type ReactNode } from 'react';
import { useFieldArray, useForm, type FieldErrors } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { DraftStatus } from '../../../components/draft-status.tsx';
import { Fieldset, TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { todayInLondon } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import {
  draftToValues,
  REPORT_FIELDS,
  reportFormSchema,
  valuesToDraft,
  type ReportFormValues,
} from '../lib/report-form.ts';
import type { VolunteerCardDetail } from '../lib/types.ts';
import { useDraftAutosave } from '../lib/use-draft-autosave.ts';

interface ReportFormProps {
  card: VolunteerCardDetail;
  onFiled: (result: { filedAt: string; followUps: number }) => void;
}

/** A checkbox or radio whose whole row is the label: easy to hit with a thumb. */
function Choice({ label, ...input }: { label: ReactNode } & ComponentProps<'input'>) {
  return (
    <label className="choice">
      <input className="choice__input" {...input} />
      <span>{label}</span>
    </label>
  );
}

/** After a failed check, the keyboard goes to the first answer needing attention, top to bottom. */
function focusFirstError(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"], .fieldset--error input')?.focus();
  });
}

/**
 * The accompaniment report, written on a phone after the appointment. Every change is autosaved to the
 * server as a draft (never kept in the browser); "File report" checks it with the report's own rules, then
 * sends it to the caseworker.
 */
export function ReportForm({ card, onFiled }: ReportFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = todayInLondon();
  const formRef = useRef<HTMLFormElement>(null);
  const addDateRef = useRef<HTMLButtonElement>(null);
  const addFollowUpRef = useRef<HTMLButtonElement>(null);
  const { autosaver, status } = useDraftAutosave(card);

  const form = useForm<ReportFormValues, unknown, AccompanimentReport>({
    resolver: zodResolver(reportFormSchema),
    defaultValues: draftToValues(card.draft),
    shouldFocusError: false,
  });
  const { errors } = form.formState;
  const dates = useFieldArray({ control: form.control, name: 'promisedDates' });
  const followUps = useFieldArray({ control: form.control, name: 'followUps' });
  const [present, concerns] = form.watch(['present', 'concerns']);

  // Every change, typed, ticked, added or removed, goes to the autosave.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: () => autosaver.change(valuesToDraft(form.getValues())),
    });
  }, [form, autosaver]);

  const file = useMutation(
    trpc.accompaniments.fileReport.mutationOptions({
      onSuccess: async (result) => {
        autosaver.stop();
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.accompaniments.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.accompaniments.counts.queryKey() }),
          queryClient.invalidateQueries({
            queryKey: trpc.accompaniments.get.queryKey({ id: card.appointmentId }),
          }),
        ]);
        onFiled(result);
      },
      onError: (error) => {
        autosaver.release();
        applyFieldErrors(error, form.setError, REPORT_FIELDS);
      },
    }),
  );

  const rowError = (
    list: 'promisedDates' | 'followUps',
    index: number,
    key: 'date' | 'what' | 'description' | 'suggestedDue',
  ) => {
    const rows = errors[list] as (FieldErrors<Record<string, string>> | undefined)[] | undefined;
    return rows?.[index]?.[key]?.message;
  };

  return (
    <form
      ref={formRef}
      noValidate
      className="report-form"
      aria-label="Accompaniment report"
      onSubmit={form.handleSubmit(
        (report) => {
          autosaver.hold();
          file.mutate({ appointmentId: card.appointmentId, report });
        },
        () => focusFirstError(formRef.current),
      )}
    >
      <p className="muted">
        Write what you saw and heard, in your own words. It goes to your caseworker when you file it; until
        then only you can see it.
      </p>

      <Fieldset legend="What happened?" error={errors.outcome?.message}>
        <div className="choices">
          {ACCOMPANIMENT_OUTCOMES.map((outcome) => (
            <Choice
              key={outcome}
              type="radio"
              value={outcome}
              label={ACCOMPANIMENT_OUTCOME_LABELS[outcome]}
              aria-invalid={errors.outcome ? true : undefined}
              {...form.register('outcome')}
            />
          ))}
        </div>
      </Fieldset>

      <Fieldset
        legend="Who was there?"
        hint="Tick everyone who took part. Their roles are enough."
        error={errors.present?.message}
      >
        <div className="choices">
          {PRESENT_ROLES.map((role) => (
            <Choice
              key={role}
              type="checkbox"
              value={role}
              label={PRESENT_ROLE_LABELS[role]}
              {...form.register('present')}
            />
          ))}
        </div>
        {present.includes('other') ? (
          <TextField
            label="Who else was there?"
            maxLength={300}
            error={errors.presentOther?.message}
            {...form.register('presentOther')}
          />
        ) : null}
      </Fieldset>

      <TextAreaField
        label="How was the client treated?"
        hint="What was said and done, by whom, and how the client seemed."
        rows={5}
        maxLength={APPOINTMENT_TEXT_MAX}
        error={errors.treatment?.message}
        {...form.register('treatment')}
      />

      <Fieldset
        legend="Any concerns?"
        hint="Each one you tick is flagged to your caseworker."
        error={errors.concerns?.message}
      >
        <div className="choices">
          {ACCOMPANIMENT_CONCERNS.map((concern) => (
            <Choice
              key={concern}
              type="checkbox"
              value={concern}
              label={ACCOMPANIMENT_CONCERN_LABELS[concern]}
              {...form.register('concerns')}
            />
          ))}
        </div>
        {concerns.length > 0 ? (
          <TextAreaField
            label="What happened?"
            hint={
              concerns.includes('other_concern')
                ? 'Say what the other concern was.'
                : 'Who said or did what, as exactly as you can remember.'
            }
            rows={4}
            maxLength={APPOINTMENT_TEXT_MAX}
            error={errors.concernDetails?.message}
            {...form.register('concernDetails')}
          />
        ) : null}
      </Fieldset>

      <TextAreaField
        label="What was promised or decided?"
        hint="For example a decision, a next interview, papers to send."
        rows={4}
        maxLength={APPOINTMENT_TEXT_MAX}
        error={errors.promised?.message}
        {...form.register('promised')}
      />

      <Fieldset
        legend="Dates given"
        small
        hint="Any date someone gave for what happens next: when a decision is due, the next interview."
      >
        {dates.fields.map((row, index) => (
          <fieldset key={row.id} className="repeat-row report-row">
            <legend className="visually-hidden">Date given {index + 1}</legend>
            <TextField
              label="Date"
              type="date"
              className="field--medium"
              error={rowError('promisedDates', index, 'date')}
              {...form.register(`promisedDates.${index}.date`)}
            />
            <TextField
              label="What is due then"
              maxLength={300}
              error={rowError('promisedDates', index, 'what')}
              {...form.register(`promisedDates.${index}.what`)}
            />
            <Button
              variant="secondary"
              className="button--small"
              onClick={() => {
                dates.remove(index);
                addDateRef.current?.focus();
              }}
            >
              Remove date given {index + 1}
            </Button>
          </fieldset>
        ))}
        {dates.fields.length < MAX_PROMISED_DATES ? (
          <Button ref={addDateRef} variant="secondary" onClick={() => dates.append({ date: '', what: '' })}>
            {dates.fields.length === 0 ? 'Add a date' : 'Add another date'}
          </Button>
        ) : null}
      </Fieldset>

      <Fieldset
        legend="Follow-ups needed"
        small
        hint="What should happen next, for example “ask for the interview record”. Your caseworker decides each one."
      >
        {followUps.fields.map((row, index) => (
          <fieldset key={row.id} className="repeat-row report-row">
            <legend className="visually-hidden">Follow-up {index + 1}</legend>
            <TextAreaField
              label="What needs doing"
              rows={2}
              maxLength={500}
              error={rowError('followUps', index, 'description')}
              {...form.register(`followUps.${index}.description`)}
            />
            <TextField
              label="By when (optional)"
              type="date"
              className="field--medium"
              error={rowError('followUps', index, 'suggestedDue')}
              {...form.register(`followUps.${index}.suggestedDue`)}
            />
            <Button
              variant="secondary"
              className="button--small"
              onClick={() => {
                followUps.remove(index);
                addFollowUpRef.current?.focus();
              }}
            >
              Remove follow-up {index + 1}
            </Button>
          </fieldset>
        ))}
        {followUps.fields.length < MAX_FOLLOW_UPS ? (
          <Button
            ref={addFollowUpRef}
            variant="secondary"
            onClick={() => followUps.append({ description: '', suggestedDue: '' })}
          >
            {followUps.fields.length === 0 ? 'Add a follow-up' : 'Add another follow-up'}
          </Button>
        ) : null}
      </Fieldset>

      <Fieldset legend="Time you spent" small hint="Including travel and waiting.">
        <div className="time-spent">
          <TextField
            label="Hours"
            inputMode="decimal"
            autoComplete="off"
            maxLength={4}
            className="field--age"
            error={errors.hours?.message}
            {...form.register('hours')}
          />
          <TextField
            label="Minutes"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            className="field--age"
            error={errors.minutes?.message}
            {...form.register('minutes')}
          />
        </div>
      </Fieldset>

      <FormError error={file.error} fields={REPORT_FIELDS} />
      <p>When you file it, the report goes to your caseworker and can no longer be changed.</p>
      <Button type="submit" className="report-form__file" busy={file.isPending} busyLabel="Filing…">
        File report
      </Button>
      <DraftStatus status={status} today={today} />
    </form>
  );
}
