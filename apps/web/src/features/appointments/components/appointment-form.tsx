import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { APPOINTMENT_TYPE_LABELS, APPOINTMENT_TYPES } from '@umbrella/domain';
import { useEffect, useRef } from 'react';
import { useForm, type UseFormSetError } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import {
  CheckboxField,
  Fieldset,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { errorCode } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { FormButtons } from '../../communications/components/form-buttons.tsx';
import { MatterOptions } from '../../communications/components/matter-options.tsx';
import type { MatterView } from '../../matters/lib/types.ts';
import {
  APPOINTMENT_SERVER_FIELDS,
  appointmentFormSchema,
  appointmentValues,
  blankAppointment,
  matterDateOffers,
  serverFieldErrors,
  toCreateInput,
  toUpdateInput,
  type AppointmentFormValues,
} from '../lib/appointment-form.ts';
import type { AppointmentView } from '../lib/types.ts';
import { APPOINTMENT_CONFLICT_MESSAGE, useRefreshAppointments } from '../lib/use-appointment-cache.ts';

function placeServerErrors(error: unknown, setError: UseFormSetError<AppointmentFormValues>) {
  let focus = true;
  for (const [field, message] of Object.entries(serverFieldErrors(error))) {
    setError(field as keyof AppointmentFormValues, { type: 'server', message }, { shouldFocus: focus });
    focus = false;
  }
}

type AppointmentFormProps = {
  matters: readonly MatterView[];
  onDone: (saved: AppointmentView) => void;
  onCancel: () => void;
} & (
  | {
      /** A new appointment for this client; the interpreter starts as the client's. */
      client: { id: string; interpreterNeeded: boolean; interpreterLanguage: string | null };
      appointment?: undefined;
    }
  | { appointment: AppointmentView; client?: undefined }
);

/**
 * Books an appointment for a client, or changes one: what, on which matter, when (London time), where, the
 * interpreter, whether a volunteer should go, and what the volunteer needs to know.
 */
export function AppointmentForm({ matters, client, appointment, onDone, onCancel }: AppointmentFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshAppointments();
  const form = useForm({
    resolver: zodResolver(appointmentFormSchema),
    defaultValues: appointment ? appointmentValues(appointment) : blankAppointment(client),
  });
  const { errors } = form.formState;
  const [type, matterId, interpreterNeeded] = form.watch(['type', 'matterId', 'interpreterNeeded']);
  const offers = matterDateOffers(
    type,
    matters.find((m) => m.id === matterId),
  );
  const personId = appointment ? appointment.personId : client.id;

  const callbacks = {
    onSuccess: async (saved: AppointmentView) => {
      await refresh(personId);
      onDone(saved);
    },
    onError: (error: unknown) => {
      if (errorCode(error) === 'CONFLICT') void refresh(personId);
      placeServerErrors(error, form.setError);
    },
  };
  const create = useMutation(trpc.appointments.create.mutationOptions(callbacks));
  const update = useMutation(trpc.appointments.update.mutationOptions(callbacks));
  const save = appointment ? update : create;

  // The form may open after the client's matters load: put the caseworker at its first field.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);

  return (
    <form
      ref={formRef}
      noValidate
      className="inline-form appointment-form"
      aria-label={appointment ? 'Change the appointment' : 'Add an appointment'}
      onSubmit={form.handleSubmit((values) => {
        if (appointment) update.mutate(toUpdateInput(values, appointment));
        else create.mutate(toCreateInput(values, client.id));
      })}
    >
      <FormError
        error={save.error}
        fields={APPOINTMENT_SERVER_FIELDS}
        messages={{ CONFLICT: APPOINTMENT_CONFLICT_MESSAGE }}
      />
      <SelectField label="Kind of appointment" error={errors.type?.message} {...form.register('type')}>
        <option value="">Choose…</option>
        {APPOINTMENT_TYPES.map((value) => (
          <option key={value} value={value}>
            {APPOINTMENT_TYPE_LABELS[value]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Matter (optional)" error={errors.matterId?.message} {...form.register('matterId')}>
        <MatterOptions matters={matters} emptyLabel="Not about one matter" />
      </SelectField>

      <Fieldset
        legend="When"
        small
        hint="London time, 24-hour clock. Enter each day of a longer hearing separately."
      >
        {offers.length > 0 ? (
          <div className="button-row appointment-form__offers">
            {offers.map((offer) => (
              <Button
                key={offer.label}
                variant="secondary"
                className="button--small"
                onClick={() => form.setValue('date', offer.date, { shouldValidate: true, shouldDirty: true })}
              >
                {offer.label}
              </Button>
            ))}
          </div>
        ) : null}
        <div className="appointment-form__when">
          <TextField
            label="Date"
            type="date"
            className="field--medium"
            error={errors.date?.message}
            {...form.register('date')}
          />
          <TextField
            label="Starts at"
            type="time"
            className="field--time"
            error={errors.startTime?.message}
            {...form.register('startTime')}
          />
          <TextField
            label="Ends at"
            type="time"
            className="field--time"
            error={errors.endTime?.message}
            {...form.register('endTime')}
          />
        </div>
      </Fieldset>

      <TextField
        label="Place"
        hint="The building and address, e.g. Lunar House, 40 Wellesley Road."
        autoComplete="off"
        error={errors.place?.message}
        {...form.register('place')}
      />
      <TextField
        label="Area (optional)"
        hint="Town or district only, shown in calendar feeds, e.g. Croydon."
        className="field--medium"
        autoComplete="off"
        error={errors.area?.message}
        {...form.register('area')}
      />
      <TextField
        label="Meeting point (optional)"
        hint="Where the volunteer meets the client, e.g. outside East Croydon station, 30 minutes before."
        autoComplete="off"
        error={errors.meetingPoint?.message}
        {...form.register('meetingPoint')}
      />

      <Fieldset legend="Interpreter" small>
        <CheckboxField
          label="An interpreter is needed"
          error={errors.interpreterNeeded?.message}
          {...form.register('interpreterNeeded')}
        />
        {interpreterNeeded ? (
          <>
            <TextField
              label="Language"
              className="field--medium"
              autoComplete="off"
              error={errors.interpreterLanguage?.message}
              {...form.register('interpreterLanguage')}
            />
            <CheckboxField
              label="The interpreter is booked"
              error={errors.interpreterBooked?.message}
              {...form.register('interpreterBooked')}
            />
          </>
        ) : null}
      </Fieldset>

      <CheckboxField
        label="A volunteer should go with the client"
        hint={
          appointment
            ? 'Volunteers are asked in the Volunteers part of this page.'
            : 'Once it is saved, its page ranks volunteers by language and availability, to ask one.'
        }
        error={errors.accompanimentNeeded?.message}
        {...form.register('accompanimentNeeded')}
      />
      <TextAreaField
        label="Notes for the volunteer (optional)"
        hint="The volunteer sees these with the time and place. Only what they need for the day: nothing else of the case."
        rows={3}
        error={errors.notesForVolunteer?.message}
        {...form.register('notesForVolunteer')}
      />
      <FormButtons busy={save.isPending} onCancel={onCancel}>
        {appointment ? 'Save changes' : 'Add appointment'}
      </FormButtons>
    </form>
  );
}
